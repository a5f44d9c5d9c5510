#!/usr/bin/env node
// The Subresource Integrity of the single-file bundles, for pages that load them from a CDN: written to
// dist/integrity.json (shipped), and into the README's snippets between the `<!-- cdn-snippets -->` marks, so
// they run as written for the version they pin.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const files = ['allot-widgets.iife.js', 'allot-widgets.bundle.js'];
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(new URL(`dist/${file}`, root)))
    .digest('base64')}`;
const integrity = Object.fromEntries(files.map((file) => [file, sri(file)]));
writeFileSync(
  new URL('dist/integrity.json', root),
  `${JSON.stringify({ version, ...integrity }, null, 2)}\n`,
);

const cdn = `https://cdn.jsdelivr.net/npm/@allot/widgets@${version}/dist`;
const snippets = `<!-- cdn-snippets: written by scripts/integrity.mjs at build -->

A classic script (registers every tag, exposes \`window.AllotWidgets\`):

\`\`\`html
<script
  src="${cdn}/allot-widgets.iife.js"
  integrity="${integrity['allot-widgets.iife.js']}"
  crossorigin="anonymous"
></script>
<minutes-balance base-url="https://api.allot.dev/v1"></minutes-balance>
<script src="/assets/portal-token.js"></script>
\`\`\`

The ES module bundle, from a CDN:

\`\`\`html
<script
  type="module"
  src="${cdn}/allot-widgets.bundle.js"
  integrity="${integrity['allot-widgets.bundle.js']}"
  crossorigin="anonymous"
></script>
<minutes-balance base-url="https://api.allot.dev/v1"></minutes-balance>
<script type="module" src="/assets/portal-token.js"></script>
\`\`\`

An import map, so your own modules can \`import '@allot/widgets'\` (the map and the module are inline: allow
them in your Content-Security-Policy by their hashes, or move the module to a file):

\`\`\`html
<script type="importmap">
  {
    "imports": {
      "@allot/widgets": "${cdn}/allot-widgets.bundle.js"
    },
    "integrity": {
      "${cdn}/allot-widgets.bundle.js": "${integrity['allot-widgets.bundle.js']}"
    }
  }
</script>
<script type="module">
  import '@allot/widgets';
</script>
<minutes-balance base-url="https://api.allot.dev/v1"></minutes-balance>
<script type="module" src="/assets/portal-token.js"></script>
\`\`\`

<!-- /cdn-snippets -->`;

const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const marked = /<!-- cdn-snippets[^>]*-->[\s\S]*?<!-- \/cdn-snippets -->/;
if (!marked.test(readme))
  throw new Error('README.md has no <!-- cdn-snippets --> … <!-- /cdn-snippets --> block');
const updated = readme.replace(marked, snippets);
// Always written, CI included: the packed README (what npm users read) is the one the build just wrote, so its
// snippets match the bundles beside it. Commit it with the change that moved the bundles.
if (updated !== readme) writeFileSync(readmeUrl, updated);
console.log(`Integrity: dist/integrity.json (${version})`);
