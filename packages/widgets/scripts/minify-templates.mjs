#!/usr/bin/env node
// Minifies the markup inside the compiled templates (html`…`, svg`…` and css`…`) of dist/, in place, after tsc.
// JavaScript minifiers leave template literals alone, so the indentation and newlines of every template would
// otherwise reach integrators' bundles byte for byte; lit's own published files are minified the same way. Their
// non-ASCII characters become escapes on the way. The source maps keep pointing at src/: the map of this step is
// composed with tsc's.
import remapping from '@jridgewell/remapping';
import { defaultMinifyOptions, defaultStrategy, minifyHTMLLiterals } from '@literals/html-css-minifier';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

// A template's non-ASCII characters (`·`, `…`) become escapes (`\u00b7`): the cooked string that lit reads is the
// same, and the single-file bundles built from these modules stay ASCII, as a classic <script> needs on a page
// that declares no charset (esbuild escapes the other strings, not a tagged template's, whose raw text it keeps).
// An escape already there is kept; a backslash before a non-ASCII character (`\·`, the character itself) is
// folded into its escape.
const hex = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
const asciiTemplateText = (raw) =>
  raw.replace(/\\[\s\S]|[\u0080-\uffff]/g, (match) =>
    match.length === 1 ? hex(match) : match.charCodeAt(1) < 0x80 ? match : hex(match[1]),
  );

// A css`…` fragment may be a declaration list that another sheet interpolates into a rule (the theme tokens):
// lightningcss only takes whole sheets, so such a fragment is minified as the body of a rule it is then taken
// out of, keeping its last semicolon (lightningcss drops it, and the rule's next declaration would be swallowed).
const WRAP = ':host{';
const strategy = {
  ...defaultStrategy,
  minifyCSS(css, options) {
    try {
      return asciiTemplateText(defaultStrategy.minifyCSS(css, options));
    } catch {
      const wrapped = defaultStrategy.minifyCSS(`${WRAP}${css}}`, options);
      if (!wrapped.startsWith(WRAP) || !wrapped.endsWith('}')) {
        throw new Error(`Cannot minify this css\`…\` fragment: ${css.slice(0, 80)}`);
      }
      return asciiTemplateText(`${wrapped.slice(WRAP.length, -1)};`);
    }
  },
  splitHTMLByPlaceholder(html, placeholder) {
    return defaultStrategy.splitHTMLByPlaceholder(html, placeholder).map(asciiTemplateText);
  },
};

// Whitespace runs become one space but never disappear: a template may start or end with a meaningful space
// (html` <span>…</span>` after a number), and the page renders any run of whitespace as that one space anyway.
const minifyOptions = { ...defaultMinifyOptions, conservativeCollapse: true };

async function* compiledModules(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* compiledModules(path);
    // The single-file bundles are built later, from these modules.
    else if (entry.name.endsWith('.js') && !entry.name.startsWith('allot-widgets.')) yield path;
  }
}

let before = 0;
let after = 0;
for await (const file of compiledModules(dist)) {
  const code = await readFile(file, 'utf8');
  const result = await minifyHTMLLiterals(code, { fileName: file, strategy, minifyOptions });
  before += code.length;
  after += (result?.code ?? code).length;
  if (!result) continue;
  const tscMap = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  const map = remapping([result.map, tscMap], () => null);
  map.file = tscMap.file;
  delete map.sourcesContent; // tsc ships none: the sources are in the package beside dist/
  const mapLink = `//# sourceMappingURL=${tscMap.file}.map`;
  const body = result.code.includes(mapLink) ? result.code : `${result.code}\n${mapLink}\n`;
  await Promise.all([writeFile(file, body), writeFile(`${file}.map`, JSON.stringify(map))]);
}
console.log(`Templates minified: ${before} → ${after} bytes of dist/**/*.js`);
