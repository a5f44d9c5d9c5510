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
