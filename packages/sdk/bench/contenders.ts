/**
 * The clients of the real-use benchmark, each doing the same two calls, and the interleaved rounds that
 * time them. Runs unchanged in Node and, bundled by esbuild, in Chromium: no Node built-ins here.
 *
 * The SDK is taken only through its public API (`createClient` from `@allot/sdk`, the package's own built
 * `dist`), so this keeps measuring whatever transport the SDK has inside.
 */
import type { paths } from '@allot/contract';
import { createClient } from '@allot/sdk';
import ky from 'ky';
import createOpenApiClient from 'openapi-fetch';

/** The mock's ready-made token for Ada Martin, admin of portal A: she may read licenses and move minutes. */
export const TOKEN = 'tok_a_admin';

/**
 * Raw fetch comes first: every other figure is a ratio to it. ky alone (its defaults, the same headers) is the
 * floor of the SDK, which is built on it: the SDK's own cost is its distance from that row.
 */
export const CLIENTS = ['raw fetch', 'openapi-fetch', 'ky alone', '@allot/sdk'] as const;
export type ClientName = (typeof CLIENTS)[number];

export const OPERATIONS = ['GET /licenses?limit=50', 'POST /minute-transfers'] as const;
export type OperationName = (typeof OPERATIONS)[number];

/** One call of one operation; `i` is the call's index in its round (the transfer alternates its direction). */
export type Call = (i: number) => Promise<unknown>;
export type Contenders = Record<ClientName, Record<OperationName, Call>>;

/**
 * One minute from portal A's pool to the EMEA project on even calls, and back on odd ones: the balances never
 * run out however many rounds run, and every call is a real write (two ledger entries, a stored key).
 */
export const transferBody = (i: number) =>
  i % 2 === 0
    ? { fromAccountId: 'acc_pool_a', toAccountId: 'acc_proj_emea', minutes: 1 }
    : { fromAccountId: 'acc_proj_emea', toAccountId: 'acc_pool_a', minutes: 1 };

/**
 * The clients against `baseUrl` (the mock's `/v1` root). With no `fetchImpl` every client uses the
 * runtime's global `fetch`, as an app would; the in-process figure passes the mock's handler instead.
 * Every call reads the whole JSON body and fails loudly on an error status, so no client can skip work.
 */
export function contenders(baseUrl: string, fetchImpl?: typeof fetch): Contenders {
  const send: typeof fetch = fetchImpl ?? ((input, init) => fetch(input, init));
  const authorization = `Bearer ${TOKEN}`;
  const json = async (response: Response): Promise<unknown> => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  const openapi = createOpenApiClient<paths>({
    baseUrl,
    headers: { authorization },
    ...(fetchImpl && { fetch: fetchImpl }),
  });
  const unwrap = <T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): T => {
    if (error !== undefined || data === undefined) {
      throw new Error(`${response.url}: ${response.status} ${JSON.stringify(error)}`);
    }
    return data;
  };

  const kyAlone = ky.create({
    prefixUrl: baseUrl,
    headers: { authorization },
    ...(fetchImpl && { fetch: fetchImpl }),
  });

  // The SDK with its defaults (retries, timeout, its own idempotency keys), as an app creates it.
  const sdk = createClient({ baseUrl, token: TOKEN, ...(fetchImpl && { fetch: fetchImpl }) });

  return {
    'raw fetch': {
      'GET /licenses?limit=50': async () =>
        json(await send(`${baseUrl}/licenses?limit=50`, { headers: { authorization } })),
      'POST /minute-transfers': async (i) =>
        json(
          await send(`${baseUrl}/minute-transfers`, {
            method: 'POST',
            headers: {
              authorization,
              'content-type': 'application/json',
              'idempotency-key': crypto.randomUUID(),
            },
            body: JSON.stringify(transferBody(i)),
          }),
        ),
    },
    'openapi-fetch': {
      'GET /licenses?limit=50': async () =>
        unwrap(await openapi.GET('/licenses', { params: { query: { limit: 50 } } })),
      'POST /minute-transfers': async (i) =>
        unwrap(
          await openapi.POST('/minute-transfers', {
            params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
            body: transferBody(i),
          }),
        ),
    },
    'ky alone': {
      'GET /licenses?limit=50': () => kyAlone.get('licenses?limit=50').json(),
      'POST /minute-transfers': (i) =>
        kyAlone
          .post('minute-transfers', {
            json: transferBody(i),
            headers: { 'idempotency-key': crypto.randomUUID() },
          })
          .json(),
    },
    '@allot/sdk': {
      'GET /licenses?limit=50': () => sdk.licenses.list({ limit: 50 }),
      'POST /minute-transfers': (i) => sdk.minutes.transfer(transferBody(i)),
    },
  };
}

/** Rebuilds the mock's data through its control API (no token, never faulted), as `POST __mock/reset` does. */
export const resetOverHttp = (baseUrl: string) => async (): Promise<void> => {
  const response = await fetch(`${baseUrl}/__mock/reset`, { method: 'POST', body: '{}' });
  if (!response.ok) throw new Error(`__mock/reset: ${response.status}`);
  await response.arrayBuffer();
};

/** Checks once that every client really got what the operation returns, before anything is timed. */
export async function checkAnswers(clients: Contenders): Promise<void> {
  for (const client of CLIENTS) {
    const page = (await clients[client]['GET /licenses?limit=50'](0)) as { items?: unknown[] };
    if (page.items?.length !== 50)
      throw new Error(`${client}: expected 50 licenses, got ${page.items?.length}`);
    const transfer = (await clients[client]['POST /minute-transfers'](0)) as { entries?: unknown[] };
    if (transfer.entries?.length !== 2) throw new Error(`${client}: the transfer has no ledger entries`);
    await clients[client]['POST /minute-transfers'](1); // and back
  }
}

export interface RoundOptions {
  /** Measured rounds. */
  rounds: number;
  /** Sequential calls per client, operation and round. */
  requests: number;
  /** Unmeasured calls per client and operation before the first round. */
  warmup: number;
  /** Puts the mock back to its initial data; called before every client's round of writes. */
  reset: () => Promise<void>;
}

/** Per operation and client: one figure per round, the round's time divided by its calls (ms per call). */
export type Samples = Record<OperationName, Record<ClientName, number[]>>;

/**
 * Warms every client up, then runs the rounds: in each round and for each operation, every client in turn
 * (A, B, C; the next round starts one further on: B, C, A), so a slow patch of the machine hits them alike
 * and none is always first or always last. Writes start from freshly reset data each time.
 */
export async function measure(clients: Contenders, options: RoundOptions): Promise<Samples> {
  const run = async (call: Call, n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) await call(i);
    return (performance.now() - start) / n;
  };
  const writes = (operation: OperationName) => operation.startsWith('POST');

  for (const operation of OPERATIONS) {
    for (const client of CLIENTS) {
      if (writes(operation)) await options.reset();
      await run(clients[client][operation], options.warmup);
    }
  }

  const samples = Object.fromEntries(
    OPERATIONS.map((operation) => [operation, Object.fromEntries(CLIENTS.map((client) => [client, []]))]),
  ) as unknown as Samples;
  for (let round = 0; round < options.rounds; round++) {
    for (const operation of OPERATIONS) {
      for (let k = 0; k < CLIENTS.length; k++) {
        const client = CLIENTS[(round + k) % CLIENTS.length]!;
        if (writes(operation)) await options.reset();
        samples[operation][client].push(await run(clients[client][operation], options.requests));
      }
    }
  }
  return samples;
}
