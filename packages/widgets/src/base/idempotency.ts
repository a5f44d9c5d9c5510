import { createIdempotencyKey } from '@allot/sdk';

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
    const key = createIdempotencyKey();
    this.#keys.set(step, { body: json, key });
    return key;
  }

  clear(): void {
    this.#keys.clear();
  }
}
