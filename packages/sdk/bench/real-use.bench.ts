/**
 * Real-use benchmark of @allot/sdk: raw `fetch`, openapi-fetch and the SDK, side by side in one run, each doing
 * the same two calls against the mock service, reported as ratios to raw fetch:
 *
 *   - GET /licenses?limit=50                  (`client.licenses.list({ limit: 50 })`, a 16 kB page)
 *   - POST /minute-transfers, Idempotency-Key (`client.minutes.transfer(...)`, 1 minute, alternating direction)
 *
 * in three settings:
 *
 *   1. Node, in-process: every client's `fetch` is the mock service's handler (no network, no server process);
 *   2. Node, loopback HTTP: the `allot-mock` CLI as a child process on a free port, the global `fetch`;
 *   3. Chromium (headless, Playwright), loopback HTTP: the same mock, from a page on another origin (CORS),
 *      the clients bundled by esbuild into one script.
 *
 * In each, every client and operation is warmed up, then the rounds interleave the clients (A, B, C, then
 * B, C, A, …). A round is `--requests` sequential calls; its figure is its time divided by its calls. The
 * table gives, per client, the median of the rounds, their spread (min–max), the ratio of the medians to raw
 * fetch, and, paired with raw fetch's round of the same round number (run next to it, under the same load),
 * the median of those per-round ratios and in how many rounds the client stayed within 1.10× raw fetch.
 *
 *   pnpm --filter @allot/sdk bench                          (this after overhead.bench.ts)
 *   pnpm --filter @allot/sdk bench:real-use -- --rounds 30  (this alone; also --requests N, --warmup N)
 *
 * Defaults: 40 rounds of 20 calls (short rounds, so the load of a shared machine hits every client alike),
 * 100 warm-up calls: about a minute and a half on 2 cores.
 *
 * Needs the built packages (`pnpm --filter @allot/sdk... build && pnpm --filter @allot/mock... build`): the
 * SDK is imported as `@allot/sdk`, its published form. Not a test: record the figures in BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createMockService } from '@allot/mock';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import type { BrowserRun } from './browser.js';
import { CLIENTS, OPERATIONS, checkAnswers, contenders, measure, resetOverHttp } from './contenders.js';
import type { Samples } from './contenders.js';

const BAR = 1.1; // issue #20: the SDK at most 1.10× raw fetch over loopback, in Node and in Chromium

// `pnpm bench -- --rounds 5` hands the `--` on: skip it, so the flags work with or without it.
const args = process.argv.slice(2);
const { values } = parseArgs({
  args: args[0] === '--' ? args.slice(1) : args,
  options: {
    rounds: { type: 'string', default: '40' },
    requests: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '100' },
  },
});
const count = (name: string, text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not ${text}`);
  return n;
};
const options = {
  rounds: count('rounds', values.rounds),
  requests: count('requests', values.requests),
  warmup: count('warmup', values.warmup),
};

const here = dirname(fileURLToPath(import.meta.url));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const log = (line: string) => console.error(line); // progress on stderr, the table alone on stdout

/** The `allot-mock` CLI on a free loopback port, default scenario, seed 1; resolves with its `/v1` URL. */
function startMock(): Promise<{ url: string; stop: () => void }> {
  const cli = join(
    dirname(createRequire(import.meta.url).resolve('@allot/mock/package.json')),
    'dist/cli.js',
  );
  const child = spawn(
    process.execPath,
    [cli, '--port', '0', '--host', '127.0.0.1', '--scenario', 'default', '--seed', '1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () => void child.kill('SIGTERM');
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /on (http\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop });
    });
    child.once('exit', (code) => reject(new Error(`allot-mock exited with ${code}`)));
  });
}

/** Setting 1: the mock's handler as every client's fetch, in this process. */
async function inProcess(): Promise<Samples> {
  const service = createMockService({ scenario: 'default', seed: 1 });
  // What a real fetch does: build a Request from a URL and init; a Request (openapi-fetch's, ky's) goes as is.
  const handle: typeof fetch = (input, init) =>
    service.handle(input instanceof Request ? input : new Request(input, init));
  const clients = contenders(service.baseUrl, handle);
  await checkAnswers(clients);
  return measure(clients, { ...options, reset: async () => service.reset() });
}

/** Setting 2: Node's global fetch over loopback HTTP. */
async function nodeLoopback(baseUrl: string): Promise<Samples> {
  const clients = contenders(baseUrl);
  const reset = resetOverHttp(baseUrl);
  await reset();
  await checkAnswers(clients);
  return measure(clients, { ...options, reset });
}

/** Setting 3: headless Chromium over loopback HTTP, from a page on its own origin. */
async function chromiumLoopback(baseUrl: string): Promise<{ samples: Samples; version: string }> {
  const bundle = await build({
    entryPoints: [join(here, 'browser.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]!.text;
  const page = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>sdk bench</title><script type="module" src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => log(`chromium: ${error.message}`));
    await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
    await tab.waitForFunction(() => typeof window.runBench === 'function');
    const run: BrowserRun = { baseUrl, ...options };
    const samples = await tab.evaluate((run) => window.runBench(run), run);
    return { samples, version: browser.version() };
  } finally {
    await browser.close();
    page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => x.toFixed(3);

/** One Markdown table for every setting, its columns padded so it reads as is in a terminal. */
function table(results: [setting: string, samples: Samples][]): string {
  const rows: string[][] = [];
  for (const [setting, samples] of results) {
    for (const operation of OPERATIONS) {
      const raw = samples[operation]['raw fetch'];
      for (const client of CLIENTS) {
        const rounds = samples[operation][client];
        const paired = rounds.map((x, i) => x / raw[i]!); // against raw fetch's round next to it
        const within = paired.filter((ratio) => ratio <= BAR).length;
        rows.push([
          setting,
          operation,
          client,
          ms(median(rounds)),
          `${ms(Math.min(...rounds))}–${ms(Math.max(...rounds))}`,
          `${(median(rounds) / median(raw)).toFixed(2)}×`,
          client === 'raw fetch' ? '' : `${median(paired).toFixed(2)}×`,
          client === 'raw fetch' ? '' : `${within} of ${rounds.length}`,
        ]);
      }
    }
  }
  const head = [
    'setting',
    'call',
    'client',
    'ms/call (median)',
    'spread (min–max)',
    '× raw fetch',
    'per round × raw',
    `rounds ≤ ${BAR.toFixed(2)}× raw`,
  ];
  const right = [false, false, false, true, true, true, true, true];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => (right[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (right[c] ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const started = performance.now();
const loadBefore = load();
log(
  `${options.rounds} rounds × ${options.requests} calls per client and call, ${options.warmup} warm-up calls; ` +
    `load average ${loadBefore}`,
);
const results: [string, Samples][] = [];
let chromiumVersion = '';
const mock = await startMock();
try {
  log('1/3 Node, in-process mock …');
  results.push(['Node, in-process', await inProcess()]);
  log('2/3 Node, loopback HTTP …');
  results.push(['Node, loopback', await nodeLoopback(mock.url)]);
  log('3/3 Chromium, loopback HTTP …');
  const chromiumRun = await chromiumLoopback(mock.url);
  chromiumVersion = chromiumRun.version;
  results.push(['Chromium, loopback', chromiumRun.samples]);
} finally {
  mock.stop();
}

const cpu = cpus();
console.log(
  `\n${options.rounds} rounds of ${options.requests} sequential calls per client and call, interleaved; ` +
    `${options.warmup} warm-up calls each`,
);
console.log(
  `Node ${process.version}, Chromium ${chromiumVersion}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
);
console.log(
  `Load average (1, 5, 15 min): ${loadBefore} before, ${load()} after; ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
console.log(table(results));
