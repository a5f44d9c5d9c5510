#!/usr/bin/env node
// License grid benchmark: <license-table> against @vaadin/grid, side by side in one run, both fed the same
// 100,000 licenses of the mock's `large` scenario through the same API (cursor pages of 100, server-side search).
// Not a test: run on demand after `pnpm build` (the page imports the built @allot/widgets):
//
//   pnpm --filter @allot/tests bench:licenses [-- --rounds 5]
//
// The mock is warmed up first (its first answer to a query is slower), then for each round and each grid, in a
// fresh page: time to first rows; scrolling 5 rows per frame for 240 frames (1,200 rows, paging in as it goes),
// with the gaps between frames and the main-thread time Chromium reports (CDP Performance metrics) per frame;
// then the time to the rows of a server-side search. Prints medians as Markdown (results: BENCHMARKS.md).
// DEBUG=1 also prints the pages' console and each grid's request timings on mount.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

// `pnpm --filter @allot/tests bench:licenses -- --rounds 15` hands the script its `--` too (pnpm passes on what
// follows the script's name): a leading `--` is dropped, anything else unknown is still an error.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: { rounds: { type: 'string', default: '5' } },
});
const ROUNDS = Number(values.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error(`--rounds must be a whole number of at least 1, not ${values.rounds}`);
  process.exit(2);
}
// ALLOT_BENCH_DRY_RUN=1: print the options it read and stop, measuring nothing (bench/commands.test.ts runs the
// commands of BENCHMARKS.md this way).
if (process.env.ALLOT_BENCH_DRY_RUN) {
  console.log(JSON.stringify({ rounds: ROUNDS }));
  process.exit(0);
}
const FRAMES = 240;
const ROWS = 5; // rows scrolled per frame (the grids' rows differ in height)
const SEARCH = ['ada martin', 'Ada Martin'];
const GRIDS = ['allot', 'vaadin'];
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, 'license-grid');

/** Starts the mock service on a free port with the `large` scenario; resolves with its base URL. */
function startMock() {
  const cli = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@allot/mock/package.json')),
    'dist/cli.js',
  );
  const child = spawn(
    process.execPath,
    [cli, '--port', '0', '--host', '127.0.0.1', '--scenario', 'large', '--seed', '1'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /on (http\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`allot-mock exited with ${code}`)));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => `${x.toFixed(1)} ms`;

const mock = await startMock();
const outDir = mkdtempSync(path.join(os.tmpdir(), 'license-grid-bench-'));
let server;
let browser;
try {
  // A production build of the page (lit and both grids in their production form), served statically.
  await build({ root, logLevel: 'warn', base: './', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls.local[0];
  browser = await chromium.launch(chromiumLaunchOptions());
  const results = Object.fromEntries(
    GRIDS.map((g) => [
      g,
      { first: [], filter: [], gaps: [], p95: [], max: [], long: [], task: [], layout: [] },
    ]),
  );
  // Warm-up: the mock answers each query once, and each grid runs once, unmeasured.
  for (const query of [
    'sort=-addedAt&limit=100',
    `q=${encodeURIComponent(SEARCH[0])}&sort=-addedAt&limit=100`,
  ]) {
    await fetch(`${mock.url}/licenses?${query}`, { headers: { authorization: 'Bearer tok_a_admin' } });
  }
  for (let round = -1; round < ROUNDS; round++) {
    // Alternate which grid goes first, so neither always meets a cold mock or a warm one.
    for (const grid of round % 2 ? [...GRIDS].reverse() : GRIDS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (error) => console.error(`${grid}: ${error.message}`));
      page.on('console', (m) => process.env.DEBUG && console.error(grid, m.text()));
      await page.goto(
        `${base}?grid=${grid}&api=${encodeURIComponent(mock.url)}${process.env.DEBUG ? '&debug=1' : ''}`,
      );
      await page.waitForFunction(() => 'bench' in window);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries(
          (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]),
        );
      const first = await page.evaluate(() => window.bench.firstRows());
      await page.waitForTimeout(300);
      const before = await metrics();
      const scroll = await page.evaluate(
        ([frames, rows]) => window.bench.scroll(frames, rows),
        [FRAMES, ROWS],
      );
      const after = await metrics();
      await page.waitForTimeout(300);
      const filter = await page.evaluate(([q, name]) => window.bench.filter(q, name), SEARCH);
      await page.close();
      const task = (after.TaskDuration - before.TaskDuration) / FRAMES;
      const layout =
        (after.LayoutDuration +
          after.RecalcStyleDuration -
          before.LayoutDuration -
          before.RecalcStyleDuration) /
        FRAMES;
      if (round < 0) continue;
      const r = results[grid];
      r.first.push(first);
      r.filter.push(filter.ms);
      r.gaps.push(median(scroll.gaps));
      r.p95.push(quantile(scroll.gaps, 0.95));
      r.max.push(Math.max(...scroll.gaps));
      r.long.push(scroll.gaps.filter((g) => g > 50).length);
      r.task.push(task);
      r.layout.push(layout);
      console.error(
        `round ${round + 1} ${grid.padEnd(6)} first ${ms(first)}  filter ${ms(filter.ms)} (${filter.total} rows)  ` +
          `scroll gaps median ${ms(median(scroll.gaps))} p95 ${ms(quantile(scroll.gaps, 0.95))} max ${ms(Math.max(...scroll.gaps))}  ` +
          `main thread/frame ${ms(task)} (style+layout ${ms(layout)})  row ${scroll.rowHeight} px, to ${Math.round(scroll.scrollTop)} px`,
      );
    }
  }
  // Both grids run back to back in each round, under the same load: count the rounds each one wins.
  const wins = (key) => results.allot[key].filter((x, i) => x < results.vaadin[key][i]).length;
  const row = (label, key, format = ms) =>
    `| ${label} | ${GRIDS.map((g) => format(median(results[g][key]))).join(' | ')} | ${wins(key)} of ${ROUNDS} |`;
  console.log(
    [
      `Median of ${ROUNDS} rounds, 100,000 licenses (mock \`large\` scenario), Chromium ${browser.version()}, ${os.cpus().length} cores.`,
      '',
      `| figure (median) | <license-table> | @vaadin/grid | rounds <license-table> is ahead |`,
      `|---|---|---|---|`,
      row('time to first rows', 'first'),
      row(`time to rows of a search ("${SEARCH[0]}")`, 'filter'),
      row(`scroll (${ROWS} rows/frame, ${FRAMES} frames): main-thread time per frame`, 'task'),
      row('scroll: style and layout time per frame', 'layout'),
      row('scroll: median gap between frames', 'gaps'),
      row('scroll: 95th percentile gap between frames', 'p95'),
      row('scroll: longest gap between frames', 'max'),
      row('scroll: frames over 50 ms', 'long', (x) => String(x)),
    ].join('\n'),
  );
} finally {
  await browser?.close();
  await server?.close();
  mock.stop();
  rmSync(outDir, { recursive: true, force: true });
}
