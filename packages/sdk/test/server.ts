/** One MSW server per test file; an unmocked request fails the test loudly. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createClient, type ClientOptions } from '../src/index.js';

export const BASE = 'https://api.allot.test/v1';
export const TOKEN = 'tok_secret_value';

export const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});

/**
 * Fake timers for the rest of the test: a wait costs no real time, and the test says exactly how much time
 * passes (`await vi.advanceTimersByTimeAsync(ms)`), so a timing assertion holds on any machine under any load.
 */
export function fakeTime(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}
afterAll(() => server.close());

/** Backoff in single milliseconds, so retry tests take no time yet still go through ky's real wait. */
export const FAST = { baseDelay: 1, maxDelay: 4 };

export const makeClient = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: BASE, token: TOKEN, retry: FAST, ...options } as ClientOptions);

/** Every request a handler saw, with the headers a test asserts on. */
export interface Seen {
  method: string;
  url: string;
  key: string | null;
  auth: string | null;
  ifMatch: string | null;
  body: string;
}

export const record = async (request: Request, into: Seen[]): Promise<void> => {
  into.push({
    method: request.method,
    url: request.url,
    key: request.headers.get('idempotency-key'),
    auth: request.headers.get('authorization'),
    ifMatch: request.headers.get('if-match'),
    body: await request.clone().text(),
  });
};

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers = {}) =>
  new Response(
    JSON.stringify({
      type: `https://docs.allot.dev/problems/${code}`,
      title: code,
      status,
      code,
      detail: `${code} happened`,
      ...extra,
    }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
