/** How the client retries a failed attempt. Every field is optional; the defaults follow Stainless SDKs. */
export interface RetryOptions {
  /** Retries after the first attempt; `0` turns retries off. Default 2. */
  limit?: number;
  /** First step of the exponential backoff, in ms. Default 500. */
  baseDelay?: number;
  /** Longest backoff step, in ms. Default 8000. */
  maxDelay?: number;
  /** Longest `Retry-After` the client waits for, in ms; a longer one is thrown to the caller. Default 60000. */
  maxRetryAfter?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const retryPolicy = (retry: number | RetryOptions = {}): RetryPolicy => ({
  limit: 2,
  baseDelay: 500,
  maxDelay: 8000,
  maxRetryAfter: 60_000,
  ...(typeof retry == 'number' ? { limit: retry } : retry),
});

/**
 * Full jitter: a uniform wait in [0, min(cap, base · 2^attempt)). Clients that failed together then spread out
 * instead of hitting the recovering server in lockstep.
 */
export const backoff = (attempt: number, policy: RetryPolicy, random: () => number = Math.random): number =>
  random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);

const wait = (value: string | null, unit: number, sent: number): number | undefined => {
  if (!value) return undefined;
  const number = Number(value);
  const ms = Number.isNaN(number) ? Date.parse(value) - sent : number * unit;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
};

/**
 * The wait the server asked for, in ms: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date. A
 * date counts from the response's own `Date` (both on the server's clock), so a skewed local clock does not
 * change the wait; from the local clock only when the response has no `Date`.
 */
export const retryAfter = (headers: Headers): number | undefined => {
  const sent = Date.parse(headers.get('date') ?? '');
  return (
    wait(headers.get('retry-after-ms'), 1, 0) ??
    wait(headers.get('retry-after'), 1000, Number.isNaN(sent) ? Date.now() : sent)
  );
};

/**
 * Statuses a repeat may cure: timeout, rate limit, server trouble. Not 409: every 409 of this contract is a
 * domain conflict (`share_exists`, `already_member`…) that the same request meets again.
 */
export const retryable = (status: number): boolean => status == 408 || status == 429 || status >= 500;
