import { createClient, type Client } from '@allot/sdk';

/** What a cached read depends on; a write names the topics it changed, and every widget reading them reloads. */
export type Topic =
  | 'me'
  | 'accounts'
  | 'ledger'
  | 'shares'
  | 'incoming'
  | 'licenses'
  | 'costCenters'
  | 'workspace'
  | 'invitations'
  | 'billing';

/** How a widget or the provider is configured to reach the API. */
export interface Connection {
  baseUrl?: string | undefined;
  token?: string | undefined;
  getToken?: (() => string | Promise<string>) | undefined;
  client?: Client | undefined;
}

interface Entry {
  value: Promise<unknown>;
  topics: readonly Topic[];
  at: number;
}

/** How long a read is served from the cache when no write invalidated it. */
const MAX_AGE_MS = 30_000;

/** Fired on the store when a write changed some topics. */
export class StoreChangeEvent extends Event {
  constructor(readonly topics: readonly Topic[]) {
    super('allot-store-change');
  }
}

/**
 * One SDK client and one cache of reads, shared by every widget under an `<allot-provider>` (or owned by a
 * lone widget). Two widgets asking for the same thing at once share one request; a write in one widget
 * calls {@link AllotStore.changed} and the others reload.
 */
export class AllotStore extends EventTarget {
  readonly #cache = new Map<string, Entry>();

  constructor(readonly client: Client) {
    super();
  }

  /**
   * "Now" for every widget on this store, epoch ms: the service's clock (the SDK corrects the local clock by
   * the responses' `Date`), so "this month", due dates and countdowns follow the service, not the device.
   */
  now(): number {
    return this.client.now();
  }

  /**
   * The cached value of `key`, or `read()`'s. The shared request is not cancelled when one reader aborts:
   * that reader alone stops waiting.
   */
  read<T>(key: string, topics: readonly Topic[], read: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let entry = this.#cache.get(key);
    if (!entry || Date.now() - entry.at > MAX_AGE_MS) {
      const value = read();
      entry = { value, topics, at: Date.now() };
      this.#cache.set(key, entry);
      // A failed read is not cached: the next reader tries again.
      value.catch(() => this.#cache.get(key)?.value === value && this.#cache.delete(key));
    }
    const value = entry.value as Promise<T>;
    if (!signal) return value;
    return new Promise<T>((resolve, reject) => {
      const abort = () => reject(signal.reason);
      if (signal.aborted) return abort();
      signal.addEventListener('abort', abort, { once: true });
      value.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
  }

  /** Drops the cached reads of these topics and tells every listening widget to reload them. */
  changed(...topics: Topic[]): void {
    for (const [key, entry] of this.#cache)
      if (entry.topics.some((t) => topics.includes(t))) this.#cache.delete(key);
    this.dispatchEvent(new StoreChangeEvent(topics));
  }
}

/** A store for a configuration, or undefined while it has no credentials. */
export function storeFor({ baseUrl, token, getToken, client }: Connection): AllotStore | undefined {
  if (client) return new AllotStore(client);
  if (!baseUrl || (token === undefined && !getToken)) return undefined;
  return new AllotStore(
    getToken ? createClient({ baseUrl, getToken }) : createClient({ baseUrl, token: token ?? '' }),
  );
}
