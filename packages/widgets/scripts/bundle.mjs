#!/usr/bin/env node
// Builds the single-file bundles for pages without a bundler: the default entry (registers every tag) with lit,
// @allot/sdk and ky inside, the lazily loaded parts and locales inlined, minified, no eval (strict CSP safe).
//   dist/allot-widgets.iife.js    <script src="…/allot-widgets.iife.js"></script>, exposes `window.AllotWidgets`
//   dist/allot-widgets.bundle.js  <script type="module" src="…/allot-widgets.bundle.js"></script>, or import it
// Runs in `build` after tsc, from dist/index.js (the compiled, decorator-free code that npm users get too).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: fileURLToPath(root),
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  target: 'es2022',
  platform: 'browser',
  // Lit's production build: no dev-mode warnings, no dev-only code.
  conditions: ['production'],
  legalComments: 'eof',
  banner: { js: `/* @allot/widgets ${version} | MIT */` },
  logLevel: 'warning',
};

const outputs = ['dist/allot-widgets.iife.js', 'dist/allot-widgets.bundle.js'];
await Promise.all([
  build({ ...common, format: 'iife', globalName: 'AllotWidgets', outfile: outputs[0] }),
  build({ ...common, format: 'esm', outfile: outputs[1] }),
]);

// ASCII only: a classic <script> is decoded in the page's charset, so on a page that declares none a `·` shows as
// "Â·". esbuild escapes strings (its default `charset: 'ascii'`), scripts/minify-templates.mjs the templates; the
// legal comments it collects at the end (after the last mapped line) are copied as written: `©` becomes `(c)`.
const LEGAL = '\n/*! Bundled license information:';
for (const outfile of outputs) {
  const file = new URL(outfile, root);
  let code = readFileSync(file, 'utf8');
  const legal = code.indexOf(LEGAL);
  if (legal !== -1) {
    const notices = code
      .slice(legal)
      .replace(/©/g, '(c)')
      .replace(
        /[\u0080-\uffff]/g,
        (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      );
    code = code.slice(0, legal) + notices;
    writeFileSync(file, code);
  }
  const at = code.search(/[\u0080-\uffff]/);
  if (at !== -1) {
    throw new Error(`${outfile} is not ASCII at ${at}: …${code.slice(Math.max(0, at - 60), at + 20)}…`);
  }
}
console.log('Bundles: dist/allot-widgets.iife.js, dist/allot-widgets.bundle.js');
