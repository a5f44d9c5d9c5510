import type { IdempotencyRecord } from '../engine/state.js';

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** cyrb53: a fast, stable 53-bit string hash (no crypto needed: it only tells two bodies apart). */
function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What makes two requests "the same" for an idempotency key: the path parameters and the body. */
export function requestHash(pathParams: Record<string, unknown>, body: unknown): string {
  const canonical = canonicalJson({ path: pathParams, body });
  return `${cyrb53(canonical)}.${canonical.length.toString(36)}`;
}

/**
 * Keys are scoped to the user who sent them (like an API key's scope): an operation such as accepting an
 * invitation moves the caller to another portal, and its replay must still find the first result.
 */
export function idempotencyKey(userId: string, operationId: string, key: string): string {
  return `${userId} ${operationId} ${key}`;
}

/** The contract: "Keys are kept for 24 hours." Measured on the service clock, so `advance()` expires keys. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

const expired = (record: IdempotencyRecord, now: number) => now - record.storedAt >= IDEMPOTENCY_KEY_TTL_MS;

/**
 * The stored result for `storeKey`, or undefined when there is none or it has expired (the request is then a
 * new one). Drops expired keys on the way so a long-running server does not keep every key it ever saw.
 */
export function findIdempotencyRecord(
  store: Map<string, IdempotencyRecord>,
  storeKey: string,
  now: number,
): IdempotencyRecord | undefined {
  // A Map iterates in insertion order, which is storedAt order while the clock only moves forward: the
  // expired keys are at the front, and the first live one ends the sweep, so a lookup costs O(1) amortised.
  for (const [k, record] of store) {
    if (!expired(record, now)) break;
    store.delete(k);
  }
  const record = store.get(storeKey);
  if (record === undefined || !expired(record, now)) return record;
  // Only reached when setClock() moved the clock back and left an expired key behind a live one. Deleting it
  // lets the new result be stored at the end, where the sweep expects the newest keys.
  store.delete(storeKey);
  return undefined;
}
