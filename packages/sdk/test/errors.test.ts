import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, ConnectionError, TimeoutError, isApiError } from '../src/index.js';
import { BASE, fakeTime, json, makeClient, problem, server } from './server.js';

const transfer = { fromAccountId: 'acc_pool_a', toAccountId: 'acc_proj_emea', minutes: 5000 };
const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('API errors', () => {
  it('carries the problem document with its typed code', async () => {
    server.use(
      http.post(`${BASE}/minute-transfers`, () =>
        problem(422, 'insufficient_minutes', {
          detail: 'The account has 120 minutes; 5000 were asked for.',
          requestId: 'req_8c1d2e',
          instance: '/v1/minute-transfers',
        }),
      ),
    );
    const error = await caught(makeClient().minutes.transfer(transfer));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(isApiError(error, 'insufficient_minutes')).toBe(true);
    expect(isApiError(error, 'same_account')).toBe(false);
    expect(isApiError<'transferMinutes'>(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 422,
      code: 'insufficient_minutes',
      type: 'https://docs.allot.dev/problems/insufficient_minutes',
      title: 'insufficient_minutes',
      detail: 'The account has 120 minutes; 5000 were asked for.',
      requestId: 'req_8c1d2e',
      retryAfter: undefined,
      errors: [],
      message: '422 insufficient_minutes: The account has 120 minutes; 5000 were asked for.',
    });
  });

  it('lists the invalid fields of a validation error', async () => {
    const errors = [{ pointer: '/minutes', code: 'minimum', message: 'must be >= 1' }];
    server.use(http.post(`${BASE}/minute-transfers`, () => problem(400, 'validation_failed', { errors })));
    const error = await caught(makeClient().minutes.transfer({ ...transfer, minutes: 0 }));
    expect(isApiError(error, 'validation_failed') && error.errors).toEqual(errors);
  });

  it('takes the request id from the header when the body has none', async () => {
    server.use(
      http.get(`${BASE}/me`, () => problem(403, 'forbidden', {}, { 'x-request-id': 'req_from_header' })),
    );
    expect(await caught(makeClient().me())).toMatchObject({
      code: 'forbidden',
      requestId: 'req_from_header',
    });
  });

  it('gives an HTML error page a status-derived code', async () => {
    server.use(
      http.get(
        `${BASE}/me`,
        () =>
          new HttpResponse('<html><body>Bad gateway</body></html>', {
            status: 502,
            headers: { 'content-type': 'text/html' },
          }),
      ),
      http.get(`${BASE}/licenses/lic_1`, () => new HttpResponse('Not Found', { status: 404 })),
    );
    const gateway = await caught(makeClient().me({ retry: 0 }));
    expect(gateway).toMatchObject({
      status: 502,
      code: 'unavailable',
      type: 'about:blank',
      detail: 'The server answered 502.',
    });
    expect(await caught(makeClient().licenses.get('lic_1'))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('survives malformed JSON, a JSON that is no object, and an empty body', async () => {
    server.use(
      http.post(
        `${BASE}/shares`,
        () =>
          new HttpResponse('{"code": "share_ex', {
            status: 409,
            headers: { 'content-type': 'application/problem+json' },
          }),
      ),
      http.get(
        `${BASE}/me`,
        () => new HttpResponse('"oops"', { status: 429, headers: { 'retry-after': '99' } }),
      ),
      http.get(`${BASE}/products`, () => new HttpResponse(null, { status: 418 })),
    );
    expect(
      await caught(makeClient().shares.create({ accountId: 'acc_1', recipientEmail: 'owner@portal-b.test' })),
    ).toMatchObject({
      status: 409,
      code: 'unknown',
    });
    expect(await caught(makeClient().me())).toMatchObject({
      status: 429,
      code: 'rate_limited',
      retryAfter: 99,
    });
    expect(await caught(makeClient().products.list())).toMatchObject({
      status: 418,
      code: 'unknown',
      errors: [],
    });
  });

  it('rejects with the SyntaxError, unretried, when a success body is not JSON', async () => {
    let calls = 0;
    server.use(
      http.get(
        `${BASE}/me`,
        () => (
          calls++,
          new HttpResponse('{"user":', { status: 200, headers: { 'content-type': 'application/json' } })
        ),
      ),
    );
    expect(await caught(makeClient().me())).toBeInstanceOf(SyntaxError);
    expect(calls).toBe(1);
  });
});

describe('errors without an answer', () => {
  it('tells a connection failure apart from an API error, with the cause', async () => {
    server.use(http.get(`${BASE}/me`, () => HttpResponse.error()));
    const error = await caught(makeClient().me());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(isApiError(error)).toBe(false);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^GET me: /);
  });

  it('tells a timeout apart from both', async () => {
    server.use(http.get(`${BASE}/me`, () => new Promise<Response>(() => undefined)));
    const error = await caught(makeClient({ timeout: 5, retry: 0 }).me());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('disables the timeout with false', async () => {
    fakeTime();
    server.use(
      http.get(
        `${BASE}/me`,
        async () => (await new Promise((r) => setTimeout(r, 3_600_000)), json({ ok: true })),
      ),
    );
    const me = makeClient({ timeout: false }).me();
    await vi.advanceTimersByTimeAsync(3_600_000); // an hour: no timeout gave up on it
    await expect(me).resolves.toEqual({ ok: true });
  });
});
