import type { OperationId } from '@allot/contract';
import { table } from './spec.js';

/** One request and its response, as a failure shows them. */
export interface Exchange {
  operationId?: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

export interface CallOptions {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | readonly string[]>;
  headers?: Record<string, string>;
  /** A JSON body (serialised with `Content-Type: application/json`). */
  body?: unknown;
  /** A raw body, sent as is (with `headers['Content-Type']` or none). */
  rawBody?: string;
}

const secretHeader = /^authorization$/i;

/** Shortens long bodies and hides credentials, so a report can be shared. */
function redact(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    out[k] = secretHeader.test(k) ? v.replace(/(\S{6})\S+$/, '$1…') : v;
  return out;
}

function clip(text: string | undefined, max = 2000): string | undefined {
  return text !== undefined && text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

export class Client {
  requestCount = 0;
  /** Every problem an operation answered with in this run, as `status code` (e.g. `409 same_account`). */
  readonly problemsSeen = new Map<OperationId, Set<string>>();
  constructor(
    readonly baseUrl: string,
    private readonly onRequest: () => void = () => undefined,
  ) {}

  /** Calls one operation by id: its method and path come from the operation table. */
  call(token: string | undefined, operationId: OperationId, options: CallOptions = {}): Promise<Exchange> {
    const entry = table[operationId];
    const path = entry.path.replace(/\{([^}]+)\}/g, (_t, name: string) => {
      const value = options.path?.[name];
      if (value === undefined) throw new Error(`${operationId} needs the path parameter ${name}`);
      return encodeURIComponent(value);
    });
    return this.raw(token, entry.method, path, options).then((x) => {
      const code = (x.response.body as { code?: unknown } | null)?.code;
      if (x.response.status >= 400 && typeof code === 'string') {
        const seen = this.problemsSeen.get(operationId) ?? new Set<string>();
        seen.add(`${x.response.status} ${code}`);
        this.problemsSeen.set(operationId, seen);
      }
      return { ...x, operationId };
    });
  }

  /** A request the table does not describe (a fixture route, a broken request). */
  async raw(
    token: string | undefined,
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Exchange> {
    const url = new URL(this.baseUrl.replace(/\/+$/, '') + path);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (Array.isArray(value)) for (const v of value as readonly string[]) url.searchParams.append(name, v);
      else url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json, */*' };
    if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    Object.assign(headers, options.headers);
    this.requestCount += 1;
    this.onRequest();
    const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    let parsed: unknown = text;
    if (/json/.test(type) && text !== '') {
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        parsed = text;
      }
    } else if (!/^text\//.test(type) && text !== '')
      parsed = `(${text.length} bytes of ${type || 'no type'})`;
    return {
      request: {
        method,
        url: url.toString(),
        headers: redact(headers),
        ...(body === undefined ? {} : { body: clip(body) ?? '' }),
      },
      response: { status: response.status, headers: responseHeaders, body: parsed },
    };
  }
}

/** The body of a JSON response as an object (empty when it is not one). */
export function json(exchange: Exchange): Record<string, unknown> {
  const body = exchange.response.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

export function items(exchange: Exchange): Record<string, unknown>[] {
  const list = json(exchange)['items'];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

let keyCounter = 0;
/** A fresh Idempotency-Key. */
export function newKey(prefix = 'conf'): string {
  keyCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${keyCounter}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The ids of the latest ledger entries of each listed account: a cheap fingerprint of the minutes' state. */
export async function ledgerIds(client: Client, token: string, accounts: Exchange): Promise<unknown[]> {
  const ledgers: unknown[] = [];
  for (const account of items(accounts)) {
    const ledger = await client.call(token, 'listLedgerEntries', {
      path: { accountId: String(account['id']) },
      query: { limit: 5 },
    });
    ledgers.push(items(ledger).map((e) => e['id']));
  }
  return ledgers;
}
