/**
 * HTTP-level helpers for tests: a service that checks every response against the contract, on a fixed
 * clock, and `call()` to send one raw request through it (a method and a path the operation table does
 * not describe). Calls of the contract's operations go through `callOperation()` (./operations.ts).
 *
 *   const service = createTestService();
 *   const { status, body } = await call(service, tokens.a.admin, 'GET', '/no-such-thing');
 */
import { createMockService, type MockService, type MockServiceOptions } from '../../src/service.js';

/** The scenarios' fixed "now" in tests: 2026-11-02T09:30:00Z (a Monday, mid-period). */
export const TEST_NOW = Date.UTC(2026, 10, 2, 9, 30, 0);

/** A service for tests: responses validated against the contract (a mismatch throws), time frozen at TEST_NOW. */
export function createTestService(options: MockServiceOptions = {}): MockService {
  return createMockService({ validateResponses: true, clock: () => TEST_NOW, ...options });
}

export interface CallOptions {
  /** JSON body (serialised), or a raw string sent as-is (e.g. malformed JSON). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Query parameters; arrays are sent exploded (`?a=1&a=2`). */
  query?: Record<string, string | number | boolean | readonly (string | number | boolean)[] | undefined>;
}

// Tests read into response bodies freely; the service has already validated them against the contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface CallResult<T = any> {
  status: number;
  /** Parsed JSON (problem+json included), the text for CSV, the bytes for PDF, undefined when empty. */
  body: T;
  headers: Headers;
}

/**
 * The request `call()` sends: `path` relative to `baseUrl`, `token` as a bearer token (undefined: no
 * Authorization header), a JSON body with its Content-Type. For a request that does not go through
 * `service.handle()` (a real server, MSW, a benchmark).
 */
export function buildRequest(
  baseUrl: string,
  token: string | undefined,
  method: string,
  path: string,
  options: CallOptions = {},
): Request {
  const url = new URL(`${baseUrl}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(v));
  }
  const headers = new Headers(options.headers);
  if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  return new Request(url, { method, headers, ...(body === undefined ? {} : { body }) });
}

/**
 * Sends one request to the service as `token` (undefined: no Authorization header). `path` is relative
 * to the API base (`/me`, `/licenses/lic_0001/assign`). A call of an operation of the contract goes
 * through `callOperation()` (./operations.ts) instead; `call()` is for what the table does not describe.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(
  service: MockService,
  token: string | undefined,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const response = await service.handle(buildRequest(service.baseUrl, token, method, path, options));
  const type = response.headers.get('Content-Type') ?? '';
  const text = type.includes('pdf') ? undefined : await response.text();
  let parsed: unknown;
  if (type.includes('pdf')) parsed = new Uint8Array(await response.arrayBuffer());
  else if (text === undefined || text === '') parsed = undefined;
  else if (type.includes('json')) parsed = JSON.parse(text);
  else parsed = text;
  return { status: response.status, body: parsed as T, headers: response.headers };
}
