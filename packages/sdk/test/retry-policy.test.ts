import { describe, expect, it } from 'vitest';
import { backoff, retryable, retryAfter, retryPolicy } from '../src/core/retry.js';

describe('backoff', () => {
  const policy = retryPolicy();

  it('defaults to 2 retries, 0.5 s base, 8 s cap, 60 s longest Retry-After', () => {
    expect(policy).toEqual({ limit: 2, baseDelay: 500, maxDelay: 8000, maxRetryAfter: 60_000 });
    expect(retryPolicy(0).limit).toBe(0);
    expect(retryPolicy({ baseDelay: 1 })).toMatchObject({ limit: 2, baseDelay: 1 });
  });

  it('doubles the ceiling on each attempt, up to the cap', () => {
    const ceiling = (attempt: number) => backoff(attempt, policy, () => 1);
    expect([0, 1, 2, 3, 4, 5, 9].map(ceiling)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('draws the wait uniformly below the ceiling (full jitter)', () => {
    expect(backoff(2, policy, () => 0)).toBe(0);
    expect(backoff(2, policy, () => 0.25)).toBe(500);
    for (let i = 0; i < 200; i++) {
      const wait = backoff(1, policy);
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(1000);
    }
  });
});

describe('Retry-After', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('reads seconds, fractions included', () => {
    expect(retryAfter(headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfter(headers({ 'retry-after': '0.5' }))).toBe(500);
  });

  it('reads an HTTP date, counted from the response’s Date', () => {
    const sent = 'Mon, 16 Nov 2026 09:30:00 GMT';
    expect(retryAfter(headers({ date: sent, 'retry-after': 'Mon, 16 Nov 2026 09:30:10 GMT' }))).toBe(10_000);
    expect(retryAfter(headers({ date: sent, 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }))).toBe(0);
  });

  it('prefers retry-after-ms', () => {
    expect(retryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfter(headers({}))).toBeUndefined();
    expect(retryAfter(headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfter(headers({ 'retry-after-ms': 'x', 'retry-after': '1' }))).toBe(1000);
  });
});

describe('what is worth retrying', () => {
  it('retries 408, 429 and 5xx, nothing else', () => {
    expect([408, 429, 500, 502, 503, 504].every(retryable)).toBe(true);
    expect([400, 401, 403, 404, 409, 412, 422, 428].some(retryable)).toBe(false);
  });
});
