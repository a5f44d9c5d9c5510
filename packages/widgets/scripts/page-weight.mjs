#!/usr/bin/env node
// What a page downloads to show the widgets, as a browser fetches it: each entry bundled the way an app's
// bundler would (esbuild, ESM with code splitting, minified, lit's production build), then the chunks the
// entry loads statically plus the English strings its widgets load on first render (the common module and each
// widget's own, src/locales/catalogue.ts), each gzipped on its own as it goes over the wire. Lazily loaded parts
// (dialogs, forms, other languages) are left out: they load when used.
//
//   node scripts/page-weight.mjs            the table, and exit 1 when an entry is over its limit
//   node scripts/page-weight.mjs --markdown the table as Markdown, for the README
//
// Limits are ratchets at today's figures (they may only go down) on the way to the product's budgets: 25 kB
// for one widget, 40 kB for all five (ARCHITECTURE.md, Decisions).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const TARGET_ONE = 25;
const TARGET_ALL = 40;

/** Entry (what an integrator imports), the tags it shows, its ratchet in kB. */
const ENTRIES = [
  // 2026-12-04, one file of strings for every widget: 35.8, 31.9, 37.9, 37.7, 38.7 and 53.3 kB.
  // 2026-12-04, strings split per widget and language: 30.7, 25.4, 33.4, 32.0, 33.1 and 55.1 kB. A page with one
  // widget fetches its own English strings and the common ones (2.9–4.8 kB instead of 9.5). The page with all
  // five fetches six chunks where it fetched one, each gzipped on its own: 11.0 kB of strings instead of 9.5,
  // and 0.3 kB more code for the loaders (a dynamic import per module and language), so its ratchet went up.
  // 2026-12-04, the widgets on shared controllers: 32.7, 26.3, 35.4, 33.1, 34.1 and 57.7 kB. The controllers
  // cost each first load 0.6–1.3 kB (the dialog, lazy-part, action, paged-list, state and permission modules
  // load with the widget), and the split classes talk through view objects that minify worse. The budgets stay
  // 25 and 40 kB: the next savings are the dialog controller in the lazy chunks, the shared styles (6.3 kB
  // minified), then the SDK on ky (the SDK issue). The error-message table went (a type-level check instead):
  // 32.4, 25.8, 35.0, 32.9, 33.8 and 57.8 kB (the page with all five weighs its chunks differently, +0.1).
  // 2026-12-04, the SDK reads its methods from the contract's routes (issue #20): +0.3–0.4 kB on every page (a
  // table of every operation's method, path and flags compresses worse than the paths inside the methods did):
  // 32.7, 26.3, 35.4, 33.4, 34.2 and 58.2 kB. The pruner and member-invite show the actions a role lacks
  // disabled with their reason instead of leaving them out, and member-invite counts an invitation's products
  // when it may not read their names: 33.54 and 34.44 kB (+0.1 each).
  // The same day, what an integrator needs (#16): each widget's permissions, the token's missing permission named
  // and reported once, the provider's theme and the page's theme class followed, the bundles ASCII only; and the
  // share list's new projects: 33.5, 27.0, 36.1, 34.1, 35.0 and 59.2 kB.
  // 2026-12-05, the strings only a dialog shows load with the dialog (a module per part: share-panel,
  // minutes-forms, license-flows, prune-dialogs): 32.2, 26.3, 34.2, 33.8, 35.1 and 55.5 kB (strings 3.0, 2.2, 2.9,
  // 3.3, 4.0 and 7.4 kB, from 4.5, 3.0, 4.9, 3.8, 4.0 and 11.3). member-invite has no dialog-only words (its parts
  // show what its list shows), so it pays the 0.1 kB of code that loads the others' and goes up by it.
  // 2026-12-05, languages the page adds (registerLocale) +0.15–0.2 kB on every page: 32.5, 26.48, 34.39, 33.94,
  // 35.42 and 55.79 kB.
  // 2026-12-05, the SDK's transport without an afterResponse hook (each call as fast as ky alone, issue #20):
  // +0.05 kB on every page: 32.57, 26.52 and 34.45 kB.
  // 2026-12-05, the usage chart with a scale, dates, a day read out (hover, keys) and a table for screen readers
  // (issue #18): +0.6 kB, minutes-balance 33.2 kB, all five 56.5 kB.
  // 2026-12-05, `label` names each widget's region when a page shows two of the same (issue #18): +0.02–0.04 kB,
  // license-table 34.54 and the pruner 34.04 kB.
  ['@allot/widgets/minutes-balance', 'dist/minutes-balance/minutes-balance.js', 33.3],
  ['@allot/widgets/share-dialog', 'dist/share-dialog/share-dialog.js', 26.6],
  // 2026-12-05, the narrow layouts (#17: a container query stacks the license grid's rows, the invoices fold the
  // period in): license-table 35.0, the pruner 34.14, all five 58.0 kB.
  // 2026-12-05, the grid's selection actions (#17) and the SDK's `licenses.move`: license-table 35.4 kB.
  ['@allot/widgets/license-table', 'dist/license-table/license-table.js', 35.5],
  ['@allot/widgets/inactive-members-pruner', 'dist/inactive-members-pruner/inactive-members-pruner.js', 34.2],
  // 2026-12-05, the invitee may decline (its words load with the widget's own) and an invitation of minutes says
  // what it offers: member-invite 35.2 kB, all five 55.52 kB.
  // 2026-12-05, the invitations no longer pending kept in a folded history: member-invite 36.1 kB, all five 57.1;
  // then why a pending invitee cannot accept yet: 36.3 and 57.3 kB; then the credit an accepted invitation gave
  // the portal: 36.4 and 57.5 kB.
  // 2026-12-05, the SDK's `licenses.move` (#17): member-invite 36.5 kB (+0.03).
  ['@allot/widgets/member-invite', 'dist/member-invite/member-invite.js', 36.6],
  // 2026-12-05, the users still linked to an invitee's account named: the page with all five +0.02 kB.
  // 2026-12-05, `label`, a list formatter and a row leaving the status filter (#17, #18): all five 57.62 kB.
  // 2026-12-05, the license grid's selection actions and the SDK's `licenses.move` (#17): all five 58.5 kB.
  ['@allot/widgets (all five)', 'dist/index.js', 58.6],
];

const kB = (bytes) => bytes / 1000;

/** Bundles one entry with splitting and returns the gzipped bytes of its static graph and of its English strings. */
async function weigh(entry) {
  const outdir = mkdtempSync(join(tmpdir(), 'allot-weight-'));
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      platform: 'browser',
      conditions: ['production'],
      outdir,
      metafile: true,
      logLevel: 'error',
    });
    const outputs = result.metafile.outputs;
    const gz = (file) => gzipSync(readFileSync(join(root, file))).length;
    const entryOut = Object.keys(outputs).find((file) => outputs[file].entryPoint === entry);
    // The entry and every chunk it imports statically: what loads before the widget can render.
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of outputs[file].imports)
        if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(entryOut);
    const code = [...seen].reduce((sum, file) => sum + gz(file), 0);
    // The English strings the entry's widgets load on first render: the chunks of the English modules
    // (locales/en/*) that its static graph imports dynamically, i.e. the modules its classes list in
    // `strings` (and the common one); a module no class of the entry lists is tree-shaken out of its graph.
    const isEnglish = (file) =>
      Object.keys(outputs[file].inputs).some((input) => /locales\/en\//.test(input));
    const english = new Set();
    for (const file of seen)
      for (const imported of outputs[file].imports)
        if (imported.kind === 'dynamic-import' && isEnglish(imported.path)) english.add(imported.path);
    const strings = [...english].reduce((sum, file) => sum + gz(file), 0);
    const modules = [...english].map((file) => {
      const input = Object.keys(outputs[file].inputs).find((i) => /locales\/en\//.test(i));
      return input.replace(/^.*locales\/en\/(.*)\.js$/, '$1');
    });
    return { code, strings, chunks: seen.size + english.size, modules: modules.sort() };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const rows = [];
for (const [name, entry, limit] of ENTRIES) {
  const { code, strings, chunks, modules } = await weigh(entry);
  const total = kB(code + strings);
  const target = name.includes('all five') ? TARGET_ALL : TARGET_ONE;
  rows.push({
    name,
    code: kB(code),
    strings: kB(strings),
    total,
    chunks,
    modules,
    limit,
    target,
    over: total > limit,
  });
}

// What every page pays before a widget's own code and words (scripts/page-weight-floor.js): the budgets are
// measured against it, so it is printed with them rather than estimated.
const floor = await weigh('scripts/page-weight-floor.js');
const floorTotal = kB(floor.code + floor.strings);

const markdown = process.argv.includes('--markdown');
const fmt = (n) => n.toFixed(1);
if (markdown) {
  console.log('| entry | code kB | English strings kB | page total kB | ratchet kB | target kB |');
  console.log('| --- | --: | --: | --: | --: | --: |');
  for (const r of rows)
    console.log(
      `| \`${r.name}\` | ${fmt(r.code)} | ${fmt(r.strings)} | ${fmt(r.total)} | ${fmt(r.limit)} | ${r.target}${r.total <= r.target ? ' ✓' : ' (not met)'} |`,
    );
  console.log(
    `| floor: the provider and an empty widget | ${fmt(kB(floor.code))} | ${fmt(kB(floor.strings))} | ${fmt(floorTotal)} | | |`,
  );
} else {
  console.log(
    'What a page downloads (gzipped chunks, static imports + the English strings its widgets load):',
  );
  for (const r of rows)
    console.log(
      `  ${r.over ? '✗' : '✓'} ${r.name.padEnd(42)} ${fmt(r.total).padStart(5)} kB ` +
        `(code ${fmt(r.code)}, strings ${fmt(r.strings)}, ${r.chunks} chunks; ratchet ${fmt(r.limit)}, target ${r.target})` +
        `\n      English strings: ${r.modules.join(', ')}`,
    );
  console.log(
    `  floor: the provider and an empty widget         ${fmt(floorTotal).padStart(5)} kB ` +
      `(code ${fmt(kB(floor.code))}, strings ${fmt(kB(floor.strings))}: lit, ky, the SDK, the base class, common strings)`,
  );
}
const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(
    `${over.length} entr${over.length === 1 ? 'y is' : 'ies are'} over the ratchet: ${over.map((r) => r.name).join(', ')}`,
  );
  process.exit(1);
}
