#!/usr/bin/env node
// Builds the single-file bundles for pages without a bundler: the default entry (registers every tag) with lit,
// @allot/sdk and ky inside, the lazily loaded parts and locales inlined, minified, no eval (strict CSP safe).
//   dist/allot-widgets.iife.js    <script src="…/allot-widgets.iife.js"></script>, exposes `window.AllotWidgets`
//   dist/allot-widgets.bundle.js  <script type="module" src="…/allot-widgets.bundle.js"></script>, or import it
// Runs in `build` after tsc, from dist/index.js (the compiled, decorator-free code that npm users get too).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
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

await Promise.all([
  build({ ...common, format: 'iife', globalName: 'AllotWidgets', outfile: 'dist/allot-widgets.iife.js' }),
  build({ ...common, format: 'esm', outfile: 'dist/allot-widgets.bundle.js' }),
]);
console.log('Bundles: dist/allot-widgets.iife.js, dist/allot-widgets.bundle.js');
