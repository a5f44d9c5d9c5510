import { describe, expect, it, vi } from 'vitest';
import { tokens } from '../src/scenarios/index.js';
import { minuteAccounts } from '../src/scenarios/minutes.js';
import { createMockService } from '../src/service.js';
import { canonicalJson, requestHash } from '../src/http/idempotency.js';
import { ContractViolationError } from '../src/http/response-check.js';
import { callOperation, operationPath, operationRequest } from './support/operations.js';
import { call, createTestService, TEST_NOW } from './support/service.js';

const YEAR = 365 * 24 * 3600 * 1000;
const widgetRequest = { portalId: 'prt_a', userId: 'usr_member', permissions: ['minutes:read'] };

describe('routing', () => {
  it('answers an unknown path with a 404 problem', async () => {
    const service = createTestService();
    // Raw: a path the operation table does not have.
    const { status, body, headers } = await call(service, tokens.a.admin, 'GET', '/no-such-thing');
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
    expect(headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers a known path with an unsupported method with a 404 naming the methods it has', async () => {
    // Raw: a method the path of getMe does not take.
    const { status, body } = await call(
      createTestService(),
      tokens.a.admin,
      'DELETE',
      operationPath('getMe'),
    );
    expect(status).toBe(404);
    expect(body.detail).toContain('GET');
  });

  it('ignores requests outside the base path', async () => {
    const service = createTestService();
    // Raw: the path of getMe, but under another base path.
    const response = await service.handle(new Request(`http://localhost:4010/v2${operationPath('getMe')}`));
    expect(response.status).toBe(404);
  });

  it('dates every response by its own clock, and lets browsers read the Date cross-origin', async () => {
    const service = createTestService();
    const ok = await callOperation(service, tokens.a.admin, 'getMe');
    expect(ok.headers.get('date')).toBe(new Date(TEST_NOW).toUTCString());
    service.advance(YEAR);
    const failed = await callOperation(service, undefined, 'getMe');
    expect(failed.status).toBe(401);
    expect(failed.headers.get('date')).toBe(new Date(TEST_NOW + YEAR).toUTCString());
    expect(ok.headers.get('access-control-expose-headers')).toMatch(/\bDate\b/);
  });

  it('gives every response an X-Request-Id, counting up', async () => {
    const service = createTestService();
    const first = await callOperation(service, tokens.a.admin, 'getMe');
    const second = await callOperation(service, undefined, 'getMe');
    expect(first.headers.get('x-request-id')).toBe('req_1');
    expect(second.headers.get('x-request-id')).toBe('req_2');
    expect(second.body.requestId).toBe('req_2');
  });

  it('answers a CORS preflight with 204 and the headers a browser needs', async () => {
    // Raw: OPTIONS is no operation of the table; the preflight comes before the transfer.
    const response = await createTestService().handle(
      new Request(`http://localhost:4010/v1${operationPath('transferMinutes')}`, { method: 'OPTIONS' }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    expect(response.headers.get('access-control-allow-headers')).toContain('If-Match');
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('serves any base URL it is given', async () => {
    const service = createMockService({ baseUrl: 'https://api.example.test/allot/v1/' });
    const response = await service.handle(
      operationRequest('https://api.example.test/allot/v1', tokens.a.admin, 'getMe'),
    );
    expect(response.status).toBe(200);
  });
});

describe('request validation', () => {
  it('reports a body field out of bounds with its JSON pointer', async () => {
    const { status, body } = await callOperation(createTestService(), 'sk_test_a', 'createWidgetToken', {
      body: { ...widgetRequest, ttlSeconds: 7200 },
    });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toContainEqual(expect.objectContaining({ pointer: '/ttlSeconds', code: 'maximum' }));
  });

  it('reports a missing required field and an unknown one', async () => {
    const { body } = await callOperation(createTestService(), 'sk_test_a', 'createWidgetToken', {
      body: { portalId: 'prt_a', permissions: ['minutes:read'], colour: 'blue' },
    });
    const pointers = body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/userId', '/colour']));
  });

  it('reports malformed JSON at the root pointer', async () => {
    const { status, body } = await callOperation(createTestService(), 'sk_test_a', 'createWidgetToken', {
      body: '{"portalId": ',
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ pointer: '/', code: 'json', message: 'is not valid JSON' }]);
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], [null]])(
    'refuses a JSON body sent as %s (400 at the root pointer) and creates nothing',
    async (type) => {
      const service = createTestService();
      const before = service.state.identity.tokens.size;
      const { status, body } = await callOperation(service, 'sk_test_a', 'createWidgetToken', {
        body: JSON.stringify({ portalId: 'prt_a', userId: 'usr_admin', permissions: ['minutes:read'] }),
        headers: type === null ? { 'Content-Type': '' } : { 'Content-Type': type },
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ pointer: '/', code: 'contentMediaType' })]);
      expect(service.state.identity.tokens.size).toBe(before);
    },
  );

  it('accepts a JSON body whose type has a charset or a +json suffix', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const { status } = await callOperation(createTestService(), 'sk_test_a', 'createWidgetToken', {
        body: JSON.stringify({ portalId: 'prt_a', userId: 'usr_admin', permissions: ['minutes:read'] }),
        headers: { 'Content-Type': type },
      });
      expect(status, type).toBe(201);
    }
  });

  it('reports a missing required body at the root pointer', async () => {
    const { status, body } = await callOperation(
      createTestService(),
      tokens.a.super_admin,
      'updateUserRole',
      { path: { userId: 'usr_admin' } },
    );
    expect(status).toBe(400);
    expect(body.errors[0].pointer).toBe('/');
  });

  it('coerces integer query parameters and reports what is not one under /query', async () => {
    const service = createTestService();
    expect((await callOperation(service, tokens.a.admin, 'listUsers', { query: { limit: 2 } })).status).toBe(
      200,
    );
    const { status, body } = await callOperation(service, tokens.a.admin, 'listUsers', {
      query: { limit: 'ten' },
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ pointer: '/query/limit', code: 'type', message: 'must be integer' }]);
    const tooBig = await callOperation(service, tokens.a.admin, 'listUsers', { query: { limit: 500 } });
    expect(tooBig.body.errors[0]).toMatchObject({ pointer: '/query/limit', code: 'maximum' });
  });

  it('reads exploded array query parameters and points at the bad item', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'listOutgoingShares', {
      query: { status: ['pending', 'lost'] },
    });
    expect(status).toBe(400);
    expect(body.errors[0].pointer).toBe('/query/status/1');
  });

  it('coerces boolean query parameters and rejects other words', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'removeUserProduct', {
      path: { userId: 'usr_member', productId: 'prd_connect' },
      query: { notify: 'maybe' },
    });
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ pointer: '/query/notify', code: 'type' });
  });

  it('reports a missing required query parameter', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'quoteMinutePurchase');
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ pointer: '/query/minutes', code: 'required' });
  });

  it('reports a bad header under /header', async () => {
    const { status, body } = await callOperation(createTestService(), 'sk_test_a', 'createWidgetToken', {
      body: widgetRequest,
      headers: { 'Idempotency-Key': 'short' },
    });
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ pointer: '/header/Idempotency-Key', code: 'minLength' });
  });

  it('reports a missing required Idempotency-Key under /header', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'transferMinutes', {
      body: { fromAccountId: 'acc_x', toAccountId: 'acc_y', minutes: 10 },
    });
    expect(status).toBe(400);
    expect(body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/header/Idempotency-Key', code: 'required' }),
    );
  });

  it('reports a path parameter that cannot be an id under /path', async () => {
    const { status, body } = await callOperation(
      createTestService(),
      tokens.a.super_admin,
      'updateUserRole',
      { path: { userId: 'u'.repeat(65) }, body: { role: 'admin' } },
    );
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ pointer: '/path/userId', code: 'maxLength' });
  });

  it('reports every invalid part of a request at once', async () => {
    const { body } = await callOperation(createTestService(), tokens.a.super_admin, 'updateUserRole', {
      path: { userId: 'u'.repeat(65) },
      body: { role: 'owner' },
    });
    expect(body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/path/userId', '/role']);
    expect(body.detail).toBe('2 fields are not valid.');
  });
});

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate when the token is missing', async () => {
    const { status, body, headers } = await callOperation(createTestService(), undefined, 'getMe');
    expect(status).toBe(401);
    expect(body.code).toBe('unauthenticated');
    expect(headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 401 for an unknown token', async () => {
    const { status, body } = await callOperation(createTestService(), 'tok_nobody', 'getMe');
    expect(status).toBe(401);
    expect(body.detail).toBe('The token is not valid.');
  });

  it('answers 401 once a ready-made token has expired', async () => {
    const service = createTestService();
    service.advance(YEAR + 1);
    const { status, body } = await callOperation(service, tokens.a.admin, 'getMe');
    expect(status).toBe(401);
    expect(body.detail).toBe('The token has expired.');
  });

  it('does not accept a secret key as a bearer token for the API', async () => {
    expect((await callOperation(createTestService(), 'sk_test_a', 'getMe')).status).toBe(401);
  });

  it('does not accept a user token where the secret key is required', async () => {
    const { status } = await callOperation(createTestService(), tokens.a.super_admin, 'createWidgetToken', {
      body: widgetRequest,
    });
    expect(status).toBe(401);
  });

  it('checks the token before the request body', async () => {
    const { status } = await callOperation(createTestService(), undefined, 'transferMinutes', {
      body: '{bad',
    });
    expect(status).toBe(401);
  });
});

describe('permissions', () => {
  it('answers 403 naming the permission the operation needs', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'updateUserRole', {
      path: { userId: 'usr_member' },
      body: { role: 'admin' },
    });
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: 'forbidden', detail: 'This needs the permission roles:manage.' });
  });

  it('names every permission that would do when the operation accepts several', async () => {
    const { body } = await callOperation(createTestService(), tokens.a.member, 'listUsers');
    expect(body.detail).toBe('This needs the permission members:read or licenses:assign.');
  });

  it('checks permissions before validating the request', async () => {
    const { status } = await callOperation(createTestService(), tokens.a.member, 'transferMinutes', {
      body: '{bad',
    });
    expect(status).toBe(403);
  });
});

describe('If-Match', () => {
  it('answers 428 when a write that needs If-Match comes without it', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'assignLicense', {
      path: { licenseId: 'lic_0001' },
      body: { userId: 'usr_member' },
    });
    expect(status).toBe(428);
    expect(body.code).toBe('precondition_required');
  });

  it('answers 428 before looking at the body', async () => {
    const { status } = await callOperation(createTestService(), tokens.a.admin, 'updateProject', {
      path: { accountId: 'acc_x' },
      body: '{bad',
    });
    expect(status).toBe(428);
  });

  it('still answers 403 first to a role that may not write at all', async () => {
    const { status } = await callOperation(createTestService(), tokens.a.member, 'assignLicense', {
      path: { licenseId: 'lic_0001' },
      body: { userId: 'usr_member' },
    });
    expect(status).toBe(403);
  });
});

describe('idempotency', () => {
  const mint = (
    service: ReturnType<typeof createTestService>,
    key: string,
    body: unknown = widgetRequest,
    secret = 'sk_test_a',
  ) => callOperation(service, secret, 'createWidgetToken', { body, headers: { 'Idempotency-Key': key } });

  it('replays the first response for the same key and body, changing nothing', async () => {
    const service = createTestService();
    const first = await mint(service, 'key-00000001');
    const tokensBefore = service.state.identity.tokens.size;
    const second = await mint(service, 'key-00000001', {
      permissions: ['minutes:read'],
      userId: 'usr_member',
      portalId: 'prt_a',
    });
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(service.state.identity.tokens.size).toBe(tokensBefore);
  });

  it('rejects the same key with another body with 422 idempotency_key_reused', async () => {
    const service = createTestService();
    await mint(service, 'key-00000002');
    const { status, body } = await mint(service, 'key-00000002', { ...widgetRequest, ttlSeconds: 120 });
    expect(status).toBe(422);
    expect(body.code).toBe('idempotency_key_reused');
  });

  it('keeps keys apart per portal', async () => {
    const service = createTestService();
    await mint(service, 'key-00000003');
    const other = await mint(
      service,
      'key-00000003',
      { portalId: 'prt_b', userId: 'usr_b_member', permissions: ['minutes:read'] },
      'sk_test_b',
    );
    expect(other.status).toBe(201);
    expect(other.body.portalId).toBe('prt_b');
  });

  it('does not store a failed request, so the key can be used again', async () => {
    const service = createTestService();
    const failed = await mint(service, 'key-00000004', { ...widgetRequest, userId: 'usr_nobody' });
    expect(failed.status).toBe(404);
    const retried = await mint(service, 'key-00000004');
    expect(retried.status).toBe(201);
  });

  it('mints a new result for every request without a key', async () => {
    const service = createTestService();
    const a = await callOperation(service, 'sk_test_a', 'createWidgetToken', { body: widgetRequest });
    const b = await callOperation(service, 'sk_test_a', 'createWidgetToken', { body: widgetRequest });
    expect(a.body.token).not.toBe(b.body.token);
  });

  it('hashes requests canonically: key order does not matter, path parameters do', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(requestHash({}, { a: 1, b: 2 })).toBe(requestHash({}, { b: 2, a: 1 }));
    expect(requestHash({ userId: 'usr_1' }, { a: 1 })).not.toBe(requestHash({ userId: 'usr_2' }, { a: 1 }));
  });
});

describe('idempotency key expiry', () => {
  // The contract keeps keys for 24 hours. Transfers show it as a client would: the pool's balance says
  // whether the minutes moved once or twice.
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const transfer = (service: ReturnType<typeof createTestService>, key: string, minutes = 100) =>
    callOperation(service, tokens.a.admin, 'transferMinutes', {
      body: { fromAccountId: minuteAccounts.poolA, toAccountId: minuteAccounts.emeaSales, minutes },
      headers: { 'Idempotency-Key': key },
    });
  const poolBalance = async (service: ReturnType<typeof createTestService>): Promise<number> => {
    const { body } = await callOperation(service, tokens.a.admin, 'getMinuteAccount', {
      path: { accountId: minuteAccounts.poolA },
    });
    return body.balance;
  };

  it('replays the first transfer within 24 hours without moving the minutes twice', async () => {
    const service = createTestService();
    const start = await poolBalance(service);
    const first = await transfer(service, 'expiry-00000001');
    service.advance(12 * HOUR);
    const replay = await transfer(service, 'expiry-00000001');
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await poolBalance(service)).toBe(start - 100);
  });

  it('moves the minutes again when the same key comes back 24 hours later', async () => {
    const service = createTestService();
    const start = await poolBalance(service);
    const first = await transfer(service, 'expiry-00000002');
    service.advance(DAY + HOUR);
    const again = await transfer(service, 'expiry-00000002');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body.id).not.toBe(first.body.id);
    expect(await poolBalance(service)).toBe(start - 200);
  });

  it('still replays a key just under 24 hours old, and forgets it at 24 hours', async () => {
    const service = createTestService();
    const start = await poolBalance(service);
    const first = await transfer(service, 'expiry-00000003');
    service.advance(DAY - 1);
    const replay = await transfer(service, 'expiry-00000003');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(await poolBalance(service)).toBe(start - 100);
    service.advance(1);
    const again = await transfer(service, 'expiry-00000003');
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await poolBalance(service)).toBe(start - 200);
  });

  it('stops answering idempotency_key_reused for another body once the key has expired', async () => {
    const service = createTestService();
    const start = await poolBalance(service);
    await transfer(service, 'expiry-00000004', 100);
    const reused = await transfer(service, 'expiry-00000004', 101);
    expect([reused.status, reused.body.code]).toEqual([422, 'idempotency_key_reused']);
    // Raw: the control route, as a client in another language would move the clock.
    const clock = await call(service, undefined, 'POST', '/__mock/clock', { body: { advanceMs: DAY } });
    expect(clock.status).toBe(200);
    const fresh = await transfer(service, 'expiry-00000004', 101);
    expect(fresh.status).toBe(201);
    expect(fresh.body.minutes).toBe(101);
    expect(await poolBalance(service)).toBe(start - 201);
  });

  it('forgets a key that expired while the clock had been set back', async () => {
    const service = createTestService();
    const start = await poolBalance(service);
    await transfer(service, 'expiry-00000005');
    service.setClock(TEST_NOW - 2 * DAY);
    await transfer(service, 'expiry-00000006');
    // The first key, stored "in the future", is still live; the second is 25 hours old.
    service.setClock(TEST_NOW - DAY + HOUR);
    const again = await transfer(service, 'expiry-00000006');
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await poolBalance(service)).toBe(start - 300);
  });

  it('drops expired keys from its store instead of keeping every key it has seen', async () => {
    const service = createTestService();
    await transfer(service, 'expiry-00000007');
    await transfer(service, 'expiry-00000008');
    service.advance(DAY);
    await transfer(service, 'expiry-00000009');
    expect([...service.state.idempotency.keys()]).toEqual([expect.stringContaining('expiry-00000009')]);
  });
});

describe('problems', () => {
  it('turns a DomainError into problem+json with type, title, instance and requestId', async () => {
    const { status, body, headers } = await callOperation(
      createTestService(),
      tokens.a.super_admin,
      'updateUserRole',
      { path: { userId: 'usr_nobody' }, body: { role: 'admin' } },
    );
    expect(status).toBe(404);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body).toEqual({
      type: 'https://docs.allot.dev/problems/not_found',
      title: 'Not found',
      status: 404,
      code: 'not_found',
      detail: 'No such user.',
      instance: '/v1/users/usr_nobody/role',
      requestId: 'req_1',
    });
  });

  it('answers an unexpected exception with a logged 500 unavailable problem', async () => {
    const logger = { error: vi.fn() };
    const service = createMockService({ logger, clock: () => TEST_NOW });
    Object.defineProperty(service.state.identity.users, 'values', {
      value: () => {
        throw new Error('disk on fire');
      },
    });
    const { status, body } = await callOperation(service, tokens.a.admin, 'listUsers');
    expect(status).toBe(500);
    expect(body.code).toBe('unavailable');
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('listUsers'), expect.any(Error));
  });

  it('rethrows an unexpected exception when validating responses, so the test fails loudly', async () => {
    const service = createTestService({ logger: { error: vi.fn() } });
    Object.defineProperty(service.state.identity.users, 'values', {
      value: () => {
        throw new Error('disk on fire');
      },
    });
    await expect(callOperation(service, tokens.a.admin, 'listUsers')).rejects.toThrow('disk on fire');
  });

  it('answers 501 unavailable for an operation the mock does not implement', async () => {
    const service = createMockService({ clock: () => TEST_NOW });
    const handlers = await import('../src/http/operations/index.js');
    const missing = (await import('../src/http/contract.js')).operationSpecs.find(
      (s) =>
        handlers.allOperations[s.operationId] === undefined &&
        s.method === 'GET' &&
        s.pathParamNames.length === 0,
    );
    if (!missing) return; // every operation is implemented: nothing left to answer 501
    // Raw: whichever operation that is; its method and path come from the specs, built from the table.
    const { status, body } = await call(service, tokens.a.super_admin, missing.method, missing.path, {
      query: Object.fromEntries(
        missing.params
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => [p.name, p.example as string]),
      ),
    });
    expect(status).toBe(501);
    expect(body.code).toBe('unavailable');
  });
});

describe('response validation', () => {
  it('throws on a response that breaks the contract', async () => {
    const service = createTestService({ logger: { error: vi.fn() } });
    service.state.identity.users.get('usr_admin')!.email = 'not an e-mail';
    await expect(callOperation(service, tokens.a.admin, 'getMe')).rejects.toThrow(ContractViolationError);
  });

  it('lets the same response through when validation is off', async () => {
    const service = createMockService({ clock: () => TEST_NOW });
    service.state.identity.users.get('usr_admin')!.email = 'not an e-mail';
    expect((await callOperation(service, tokens.a.admin, 'getMe')).status).toBe(200);
  });
});

describe('clock and reset', () => {
  it('starts the clock at `now` and lets tests move it', () => {
    const service = createMockService({ now: Date.UTC(2030, 0, 1), clock: () => 1000 });
    expect(service.now()).toBe(Date.UTC(2030, 0, 1));
    service.advance(5000);
    expect(service.now()).toBe(Date.UTC(2030, 0, 1) + 5000);
    service.setClock(Date.UTC(2031, 0, 1));
    expect(service.now()).toBe(Date.UTC(2031, 0, 1));
  });

  it('reset rebuilds the scenario and forgets idempotency keys', async () => {
    const service = createTestService();
    await callOperation(service, 'sk_test_a', 'createWidgetToken', {
      body: widgetRequest,
      headers: { 'Idempotency-Key': 'key-00000009' },
    });
    expect(service.state.idempotency.size).toBe(1);
    service.reset({ scenario: 'empty', seed: 7 });
    expect(service.scenario).toBe('empty');
    expect(service.seed).toBe(7);
    expect(service.state.idempotency.size).toBe(0);
  });

  it('builds the same state for the same scenario and seed', () => {
    const a = createTestService({ seed: 3 });
    const b = createTestService({ seed: 3 });
    expect([...a.state.identity.users.values()]).toEqual([...b.state.identity.users.values()]);
  });
});

describe('packaging', () => {
  it('keeps MSW and Node built-ins out of the engine and the service: the main entry runs anywhere', async () => {
    const { readFile } = await import('node:fs/promises');
    const { dirname, resolve } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = await readFile(file, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (specifier!.startsWith('.'))
          await visit(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
        else external.add(specifier!);
      }
    };
    await visit(root);
    expect([...external].filter((s) => s === 'msw' || s.startsWith('msw/'))).toEqual([]);
    // The browser worker runs the same code: no Node built-ins either.
    expect([...external].filter((s) => s.startsWith('node:'))).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });
});
