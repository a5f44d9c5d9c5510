import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, ConnectionError, TimeoutError, isApiError } from '../src/index.js';
import { BASE, fakeTime, json, makeClient, problem, record, server, TOKEN, type Seen } from './server.js';

const transfer = { fromAccountId: 'acc_pool_a', toAccountId: 'acc_proj_emea', minutes: 500 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A handler that answers with the given faults in turn, then with `ok`. */
const sequence = (seen: Seen[], faults: (() => Response | Promise<Response>)[], ok: () => Response) => {
  return async ({ request }: { request: Request }) => {
    await record(request, seen);
    const fault = faults[seen.length - 1];
    return fault ? fault() : ok();
  };
};

const accounts = { items: [], defaultAccountId: 'acc_pool_a' };

/** A JSON answer whose body arrives in two parts, `ms` apart: the headers come at once. */
const trickle = (first: string, rest: string, ms: number) => {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(first));
      await delay(ms);
      controller.enqueue(encoder.encode(rest));
      controller.close();
    },
  });
  return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } });
};

describe('retries of reads', () => {
  it('retries a read after 503s and resolves with the answer that follows', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/minute-accounts`,
        sequence(seen, [() => problem(503, 'unavailable'), () => problem(502, 'unavailable')], () =>
          json(accounts),
        ),
      ),
    );
    await expect(makeClient().minutes.accounts.list()).resolves.toEqual(accounts);
    expect(seen).toHaveLength(3);
  });

  it('retries a connection reset', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/minute-accounts`,
        sequence(seen, [() => HttpResponse.error()], () => json(accounts)),
      ),
    );
    await expect(makeClient().minutes.accounts.list()).resolves.toEqual(accounts);
    expect(seen).toHaveLength(2);
  });

  it('retries 408 and 429 but not a domain 409', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/minute-accounts`,
        sequence(seen, [() => problem(408, 'unknown'), () => problem(429, 'rate_limited')], () =>
          json(accounts),
        ),
      ),
    );
    await expect(makeClient().minutes.accounts.list()).resolves.toEqual(accounts);
    expect(seen).toHaveLength(3);

    const conflicts: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/minute-accounts`,
        sequence(conflicts, [() => problem(409, 'share_exists')], () => json(accounts)),
      ),
    );
    await expect(makeClient().minutes.accounts.list()).rejects.toMatchObject({
      status: 409,
      code: 'share_exists',
    });
    expect(conflicts).toHaveLength(1);
  });

  it('gives up after the retry limit and throws the last error', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/minute-accounts`,
        sequence(seen, [], () => problem(503, 'unavailable')),
      ),
    );
    const error = await makeClient()
      .minutes.accounts.list()
      .catch((e: unknown) => e);
    expect(isApiError(error, 'unavailable')).toBe(true);
    expect(seen).toHaveLength(3); // the first attempt and the default 2 retries

    seen.length = 0;
    await expect(
      makeClient({ retry: { limit: 5, baseDelay: 1, maxDelay: 2 } }).minutes.accounts.list(),
    ).rejects.toThrow(ApiError);
    expect(seen).toHaveLength(6);

    seen.length = 0;
    await expect(makeClient().minutes.accounts.list({ retry: 0 })).rejects.toThrow(ApiError);
    expect(seen).toHaveLength(1);
  });

  it('waits as long as retry-after-ms asks, not the tiny backoff', async () => {
    fakeTime();
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/minute-accounts`,
        sequence(seen, [() => problem(429, 'rate_limited', {}, { 'retry-after-ms': '120' })], () =>
          json(accounts),
        ),
      ),
    );
    const listed = makeClient().minutes.accounts.list();
    await vi.advanceTimersByTimeAsync(119);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(listed).resolves.toEqual(accounts);
    expect(seen).toHaveLength(2);
  });

  it('honours Retry-After in seconds', async () => {
    fakeTime();
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/me`,
        sequence(seen, [() => problem(503, 'unavailable', {}, { 'retry-after': '1' })], () =>
          json({ user: {} }),
        ),
      ),
    );
    const me = makeClient().me();
    await vi.advanceTimersByTimeAsync(999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(me).resolves.toEqual({ user: {} });
    expect(seen).toHaveLength(2);
  });

  it('counts a Retry-After date from the response’s own Date, not from the local clock', async () => {
    fakeTime();
    // The device's clock is an hour ahead of the server's: counted from it, the wait would be over at once.
    vi.setSystemTime(Date.parse('2026-11-16T10:30:00Z'));
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/me`,
        sequence(
          seen,
          [
            () =>
              problem(
                503,
                'unavailable',
                {},
                {
                  date: 'Mon, 16 Nov 2026 09:30:00 GMT',
                  'retry-after': 'Mon, 16 Nov 2026 09:30:02 GMT',
                },
              ),
          ],
          () => json({ user: {} }),
        ),
      ),
    );
    const me = makeClient().me();
    await vi.advanceTimersByTimeAsync(1999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(me).resolves.toEqual({ user: {} });
  });

  it('throws at once, with retryAfter, when the server asks for a longer wait than maxRetryAfter', async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/shares/shr_1/resend`,
        sequence(seen, [], () => problem(429, 'resend_too_soon', {}, { 'retry-after': '45' })),
      ),
    );
    server.use(
      http.get(
        `${BASE}/me`,
        sequence(seen, [], () => problem(429, 'rate_limited', {}, { 'retry-after': '120' })),
      ),
    );
    const error = await makeClient()
      .me()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 120 });
    expect(seen).toHaveLength(1);
    const resend = await makeClient()
      .shares.resend('shr_1')
      .catch((e: unknown) => e);
    expect(isApiError<'resendShare'>(resend, 'resend_too_soon') && resend.retryAfter).toBe(45);
  });
});

describe('timeouts', () => {
  it('times out an answer that does not come, retries, then throws a TimeoutError', async () => {
    const seen: Seen[] = [];
    fakeTime();
    server.use(
      http.get(`${BASE}/minute-accounts`, async ({ request }) => {
        await record(request, seen);
        await delay(1000);
        return json(accounts);
      }),
    );
    const listed = makeClient({ timeout: 30 })
      .minutes.accounts.list()
      .catch((e: unknown) => e);
    // Three attempts of 30 ms each, with backoffs of at most 1 and 2 ms between them: well before the answer.
    await vi.advanceTimersByTimeAsync(3 * 30 + 3);
    const error = await listed;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(3);
  });

  /** The accounts answered at once, their body stalling for 300 ms after its first bytes; records each request. */
  const stallingAccounts = (seen: Seen[]) =>
    server.use(
      http.get(`${BASE}/minute-accounts`, async ({ request }) => {
        await record(request, seen);
        return trickle('{"items":[', '],"defaultAccountId":"acc_pool_a"}', 300);
      }),
    );

  it('counts a body that trickles in against the timeout', async () => {
    fakeTime();
    stallingAccounts([]);
    const listed = makeClient({ timeout: 50 })
      .minutes.accounts.list({ retry: 0 })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    const error = await listed;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('GET minute-accounts');
  });

  it('does not send a read again when its body stalls after the headers: the server did answer', async () => {
    fakeTime();
    const seen: Seen[] = [];
    stallingAccounts(seen);
    const listed = makeClient({ timeout: 50 })
      .minutes.accounts.list()
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(300);
    expect(await listed).toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(1);
  });

  it('reads a slow body in full when it arrives within the timeout', async () => {
    fakeTime();
    server.use(
      http.get(`${BASE}/minute-accounts`, () => {
        return trickle('{"items":[],', '"defaultAccountId":"acc_pool_a"}', 40);
      }),
    );
    const listed = makeClient({ timeout: 50 }).minutes.accounts.list({ retry: 0 });
    await vi.advanceTimersByTimeAsync(40);
    await expect(listed).resolves.toEqual(accounts);
  });

  it('with timeout false, waits for a body that trickles in (real timers)', async () => {
    server.use(
      http.get(`${BASE}/minute-accounts`, () => {
        return trickle('{"items":[],', '"defaultAccountId":"acc_pool_a"}', 60);
      }),
    );
    await expect(makeClient({ timeout: false }).minutes.accounts.list({ retry: 0 })).resolves.toEqual(
      accounts,
    );
  });

  it('does not count the time getToken takes against the answer’s timeout', async () => {
    fakeTime();
    server.use(http.get(`${BASE}/me`, () => json({ ok: true })));
    const getToken = () => new Promise<string>((resolve) => setTimeout(() => resolve('tok_slow'), 400));
    const me = makeClient({ token: undefined, getToken, timeout: 300 } as never).me({ retry: 0 });
    await vi.advanceTimersByTimeAsync(400);
    await expect(me).resolves.toEqual({ ok: true });
  });

  it('a per-call timeout overrides the client default', async () => {
    fakeTime();
    server.use(http.get(`${BASE}/me`, async () => (await delay(80), json({}))));
    const longer = makeClient({ timeout: 10 }).me({ timeout: 100, retry: 0 });
    const shorter = makeClient({ timeout: 100 })
      .me({ timeout: 10, retry: 0 })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(80);
    await expect(longer).resolves.toEqual({});
    expect(await shorter).toBeInstanceOf(TimeoutError);
  });
});

describe('idempotent writes', () => {
  it('generates a key for a write that takes one and keeps it across every retry', async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/minute-transfers`,
        sequence(seen, [() => problem(503, 'unavailable'), () => HttpResponse.error()], () =>
          json({ id: 'trf_1' }, 201),
        ),
      ),
    );
    await expect(makeClient().minutes.transfer(transfer)).resolves.toEqual({ id: 'trf_1' });
    expect(seen).toHaveLength(3);
    expect(seen[0]!.key).toMatch(UUID);
    expect(new Set(seen.map((s) => s.key)).size).toBe(1);
    expect(new Set(seen.map((s) => s.body))).toEqual(new Set([JSON.stringify(transfer)]));
  });

  it('retries a keyed write that timed out, with the same key', async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(`${BASE}/minute-transfers`, async ({ request }) => {
        await record(request, seen);
        if (seen.length === 1) await delay(500);
        return json({ id: 'trf_1' }, 201);
      }),
    );
    await expect(makeClient({ timeout: 40 }).minutes.transfer(transfer)).resolves.toEqual({ id: 'trf_1' });
    expect(seen.map((s) => s.key)).toEqual([seen[0]!.key, seen[0]!.key]);
  });

  it("sends the caller's key as is", async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/minute-transfers`,
        sequence(seen, [() => problem(500, 'unavailable')], () => json({ id: 'trf_1' }, 201)),
      ),
    );
    await makeClient().minutes.transfer(transfer, { idempotencyKey: 'resume-42' });
    expect(seen.map((s) => s.key)).toEqual(['resume-42', 'resume-42']);
  });

  it('uses a fresh key for each call', async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/minute-transfers`,
        sequence(seen, [], () => json({ id: 'trf_1' }, 201)),
      ),
    );
    const client = makeClient();
    await client.minutes.transfer(transfer);
    await client.minutes.transfer(transfer);
    expect(seen[0]!.key).not.toBe(seen[1]!.key);
  });

  it('generates keys on a page without crypto.randomUUID (a portal served over plain http)', async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/minute-transfers`,
        sequence(seen, [() => problem(503, 'unavailable')], () => json({ id: 'trf_1' }, 201)),
      ),
    );
    // An insecure context has no `randomUUID` member at all, only `getRandomValues`.
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    try {
      await expect(makeClient().minutes.transfer(transfer)).resolves.toEqual({ id: 'trf_1' });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(seen.map((s) => s.key)).toEqual([seen[0]!.key, seen[0]!.key]);
    expect(seen[0]!.key).toMatch(UUID);
  });

  it('never retries a write that takes no key, whatever the failure', async () => {
    const seen: Seen[] = [];
    server.use(
      http.put(
        `${BASE}/default-account`,
        sequence(seen, [() => problem(503, 'unavailable')], () => json({})),
      ),
      http.post(
        `${BASE}/shares/shr_1/cancel`,
        sequence(seen, [() => HttpResponse.error(), () => HttpResponse.error()], () => json({})),
      ),
      http.delete(
        `${BASE}/minute-accounts/acc_1`,
        async ({ request }) => (await record(request, seen), await delay(500), json({})),
      ),
    );
    const client = makeClient({ retry: { limit: 5, baseDelay: 1, maxDelay: 1 } });
    await expect(client.minutes.setDefaultAccount({ accountId: 'acc_1' })).rejects.toMatchObject({
      status: 503,
    });
    await expect(client.shares.cancel('shr_1')).rejects.toThrow(ConnectionError);
    await expect(client.minutes.projects.delete('acc_1', { timeout: 20 })).rejects.toThrow(TimeoutError);
    expect(seen.map((s) => `${s.method} ${new URL(s.url).pathname}`)).toEqual([
      'PUT /v1/default-account',
      'POST /v1/shares/shr_1/cancel',
      'DELETE /v1/minute-accounts/acc_1',
    ]);
    expect(seen.every((s) => s.key === null)).toBe(true);
  });
});

describe('aborting', () => {
  it('stops a retry loop while it waits, with the signal’s reason', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/minute-accounts`,
        sequence(seen, [], () => problem(503, 'unavailable', {}, { 'retry-after-ms': '5000' })),
      ),
    );
    fakeTime();
    const controller = new AbortController();
    const pending = makeClient()
      .minutes.accounts.list({ signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toHaveLength(1);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(10_000); // past the 5 s the server asked to wait
    expect(seen).toHaveLength(1); // nothing sent after the abort
  });

  it('aborts a request in flight with the given reason, without retrying', async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/minute-transfers`,
        async ({ request }) => (await record(request, seen), await delay(1000), json({})),
      ),
    );
    fakeTime();
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const sent = makeClient().minutes.transfer(transfer, { signal: controller.signal });
    sent.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(20);
    controller.abort(reason);
    await expect(sent).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/me`,
        sequence(seen, [], () => json({})),
      ),
    );
    await expect(makeClient().me({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(seen).toHaveLength(0);
  });
});

describe('tokens', () => {
  it('asks getToken again after a 401 and repeats the request once, with the same key', async () => {
    const seen: Seen[] = [];
    const getToken = vi.fn().mockResolvedValueOnce('tok_expired').mockResolvedValueOnce('tok_fresh');
    server.use(
      http.post(`${BASE}/minute-transfers`, async ({ request }) => {
        await record(request, seen);
        return request.headers.get('authorization') === 'Bearer tok_fresh'
          ? json({ id: 'trf_1' }, 201)
          : problem(401, 'unauthenticated');
      }),
    );
    const client = makeClient({ token: undefined, getToken } as never);
    await expect(client.minutes.transfer(transfer)).resolves.toEqual({ id: 'trf_1' });
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer tok_expired', 'Bearer tok_fresh']);
    expect(seen[0]!.key).toBe(seen[1]!.key);
  });

  it('repeats a write without key support once after a 401 too: the server did nothing', async () => {
    const seen: Seen[] = [];
    const getToken = vi.fn().mockResolvedValueOnce('tok_expired').mockResolvedValueOnce('tok_fresh');
    server.use(
      http.post(`${BASE}/shares/shr_1/cancel`, async ({ request }) => {
        await record(request, seen);
        return request.headers.get('authorization') === 'Bearer tok_fresh'
          ? json({ status: 'cancelled' })
          : problem(401, 'unauthenticated');
      }),
    );
    await expect(makeClient({ token: undefined, getToken } as never).shares.cancel('shr_1')).resolves.toEqual(
      { status: 'cancelled' },
    );
    expect(seen).toHaveLength(2);
  });

  it('throws the second 401', async () => {
    const seen: Seen[] = [];
    const getToken = vi.fn(() => 'tok_rejected');
    server.use(
      http.get(
        `${BASE}/me`,
        sequence(seen, [], () => problem(401, 'unauthenticated')),
      ),
    );
    const error = await makeClient({ token: undefined, getToken } as never)
      .me()
      .catch((e: unknown) => e);
    expect(isApiError(error, 'unauthenticated')).toBe(true);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen).toHaveLength(2);
  });

  it('treats a 401 as final with a fixed token', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/me`,
        sequence(seen, [], () => problem(401, 'unauthenticated')),
      ),
    );
    await expect(makeClient().me()).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(seen).toHaveLength(1);
  });

  it('shares one getToken call between concurrent requests, and one refresh between their 401s', async () => {
    let current = 'tok_1';
    const getToken = vi.fn(async () => current);
    server.use(
      http.get(`${BASE}/me`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${current}`
          ? json({})
          : problem(401, 'unauthenticated'),
      ),
    );
    const client = makeClient({ token: undefined, getToken } as never);
    await Promise.all([client.me(), client.me(), client.me()]);
    expect(getToken).toHaveBeenCalledTimes(1);
    current = 'tok_2';
    await Promise.all([client.me(), client.me(), client.me()]);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('asks again next time when getToken failed', async () => {
    const getToken = vi.fn().mockRejectedValueOnce(new Error('login needed')).mockResolvedValueOnce('tok_1');
    server.use(http.get(`${BASE}/me`, () => json({})));
    const client = makeClient({ token: undefined, getToken } as never);
    await expect(client.me()).rejects.toThrow('login needed');
    await expect(client.me()).resolves.toEqual({});
  });

  it('never retries a getToken that rejects, even with something that is not an Error', async () => {
    const getToken = vi.fn().mockRejectedValue('nope');
    server.use(http.get(`${BASE}/me`, () => json({})));
    const client = makeClient({ token: undefined, getToken, retry: 2 } as never);
    await expect(client.me()).rejects.toBe('nope');
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('keeps the token out of URLs and error messages', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/licenses`,
        sequence(seen, [], () => problem(503, 'unavailable')),
      ),
      http.get(`${BASE}/me`, () => HttpResponse.error()),
    );
    const errors = [
      await makeClient()
        .licenses.list({ q: 'ada' })
        .catch((e: unknown) => e),
      await makeClient()
        .me()
        .catch((e: unknown) => e),
      await makeClient({ timeout: 1 })
        .licenses.list({}, { retry: 0 })
        .catch((e: unknown) => e),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expect(
        `${(error as Error).message} ${JSON.stringify(error)} ${String((error as Error).stack)}`,
      ).not.toContain(TOKEN);
    }
    expect(seen.every((s) => !s.url.includes(TOKEN) && s.auth === `Bearer ${TOKEN}`)).toBe(true);
  });
});
