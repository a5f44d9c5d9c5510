/** A random UUID v4, also where `crypto.randomUUID` is missing (pages served over plain http). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function' && isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Idempotency keys of a user's attempts: the same step with the same body gets the same key, so trying again
 * after a failure replays instead of doing it twice; a changed body gets a new key (a reused key with another
 * body would be refused).
 */
export class IdempotencyKeys {
  readonly #keys = new Map<string, { body: string; key: string }>();

  for(step: string, body: unknown): string {
    const json = JSON.stringify(body);
    const known = this.#keys.get(step);
    if (known?.body === json) return known.key;
    const key = uuid();
    this.#keys.set(step, { body: json, key });
    return key;
  }

  clear(): void {
    this.#keys.clear();
  }
}
