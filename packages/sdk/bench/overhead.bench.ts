/**
 * Per-request overhead of @allot/sdk against raw fetch and openapi-fetch, on one in-process handler: a fetch
 * function that returns a canned JSON Response, so no network and no server time is measured. Each client
 * sends the same request (GET /licenses?limit=50 with a bearer token) and parses the same JSON body.
 *
 *   pnpm --filter @allot/sdk bench:overhead   (10,000 requests per client and round, 5 rounds)
 *
 * `pnpm --filter @allot/sdk bench` runs this, then real-use.bench.ts (the same clients over loopback HTTP
 * against the mock, in Node and in Chromium).
 *
 * Not a test: numbers depend on the machine. Record them in BENCHMARKS.md.
 */
import { cpus } from 'node:os';
import type { paths } from '@allot/contract';
import ky from 'ky';
import createOpenApiClient from 'openapi-fetch';
import { createClient } from '../src/index.js';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 10_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const BASE = 'https://api.allot.test/v1';
const TOKEN = 'tok_a_admin';

const license = (n: number) => ({
  id: `lic_${n}`,
  productId: 'prd_connect',
  productCode: 'connect_standard',
  productName: 'Connect Standard',
  assignee: { id: `usr_${n}`, name: `User ${n}`, email: `user${n}@portal-a.test`, extension: `${100 + n}` },
  costCenter: { id: 'cc_sales_fr', code: 'SALES-FR', name: 'Sales France' },
  addedAt: '2026-10-20T14:12:00Z',
  etag: '"v1"',
});
const BODY = JSON.stringify({
  items: Array.from({ length: 10 }, (_, i) => license(i)),
  nextCursor: 'eyJvZmZzZXQiOjEwfQ',
  total: 60,
  facets: {},
});
const HEADERS = { 'content-type': 'application/json' };

/** The in-process "server": every client gets this exact function as its fetch. */
const handler: typeof fetch = async () => new Response(BODY, { status: 200, headers: HEADERS });

const sdk = createClient({ baseUrl: BASE, token: TOKEN, fetch: handler });
const openapi = createOpenApiClient<paths>({
  baseUrl: BASE,
  fetch: handler,
  headers: { authorization: `Bearer ${TOKEN}` },
});

// ky as the SDK configures it, with nothing of the SDK on top: what the transport itself costs.
const bareKy = ky.create({
  prefixUrl: BASE,
  fetch: handler,
  retry: 0,
  throwHttpErrors: false,
  timeout: 30_000,
});

const contenders: [name: string, run: () => Promise<unknown>][] = [
  [
    'raw fetch',
    async () =>
      (await handler(`${BASE}/licenses?limit=50`, { headers: { authorization: `Bearer ${TOKEN}` } })).json(),
  ],
  [
    'raw fetch + new Request',
    async () =>
      (
        await handler(
          new Request(`${BASE}/licenses?limit=50`, { headers: { authorization: `Bearer ${TOKEN}` } }),
        )
      ).json(),
  ],
  ['openapi-fetch', async () => (await openapi.GET('/licenses', { params: { query: { limit: 50 } } })).data],
  [
    'ky alone (context)',
    async () => (await bareKy('licenses?limit=50', { headers: { authorization: `Bearer ${TOKEN}` } })).json(),
  ],
  ['@allot/sdk', () => sdk.licenses.list({ limit: 50 })],
];

const timeRound = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  for (let i = 0; i < REQUESTS; i++) await run();
  return ((performance.now() - start) * 1000) / REQUESTS; // µs per request
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Warm-up: let the JIT settle on every path before measuring.
for (const [, run] of contenders) for (let i = 0; i < 2_000; i++) await run();

// Rounds interleave the contenders, so a slow patch of the machine hits them all alike.
const samples = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of contenders) samples.get(name)!.push(await timeRound(run));
}

const raw = median(samples.get('raw fetch')!);
console.log(
  `\n${REQUESTS.toLocaleString('en')} requests per client and round, ${ROUNDS} rounds, median round shown`,
);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}\n`);
console.log('| client | ops/s | mean µs/request | × raw fetch |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name] of contenders) {
  const mean = median(samples.get(name)!);
  console.log(
    `| ${name} | ${Math.round(1e6 / mean).toLocaleString('en')} | ${mean.toFixed(2)} | ${(mean / raw).toFixed(2)}× |`,
  );
}
