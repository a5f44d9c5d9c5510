import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFaultEngine } from '../src/http/faults.js';
import { setupMockServer } from '../src/node.js';
import { tokens } from '../src/scenarios/index.js';
import { callOperation, operationRequest } from './support/operations.js';
import { call, createTestService } from './support/service.js';

type Service = ReturnType<typeof createTestService>;
const me = (service: Service) => callOperation(service, tokens.a.admin, 'getMe');
// Raw: the __mock/ control routes are no operations of the contract.
const control = (service: Service, method: string, route: string, body?: unknown) =>
  call(service, undefined, method, `/__mock/${route}`, body === undefined ? {} : { body });

describe('latency', () => {
  it('delays every response by a fixed latency', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const service = createTestService();
      service.faults.set({ latency: 40 });
      let answered = false;
      const answer = me(service).then((result) => ((answered = true), result));
      await vi.advanceTimersByTimeAsync(39);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await answer).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws latency from a range with the seeded PRNG, the same for the same seed', () => {
    const draws = (seed: number) => {
      const engine = createFaultEngine(seed);
      engine.set({ latency: [10, 500] });
      return Array.from({ length: 20 }, () => engine.delay());
    };
    expect(draws(4)).toEqual(draws(4));
    expect(draws(4)).not.toEqual(draws(5));
    expect(draws(4).every((ms) => ms >= 10 && ms <= 500)).toBe(true);
  });

  it('uses the service’s default latency until faults set their own', () => {
    const engine = createFaultEngine(1, 25);
    expect(engine.delay()).toBe(25);
    engine.set({ latency: 0 });
    expect(engine.delay()).toBe(0);
    engine.clear();
    expect(engine.delay()).toBe(25);
  });
});

describe('error rate', () => {
  it('answers 503 unavailable with Retry-After for the operation it targets', async () => {
    const service = createTestService();
    service.faults.set({ errorRate: { getMe: 1 } });
    const { status, body, headers } = await me(service);
    expect(status).toBe(503);
    expect(body.code).toBe('unavailable');
    expect(headers.get('retry-after')).toBe('1');
    expect((await callOperation(service, tokens.a.admin, 'listUsers')).status).toBe(200);
  });

  it('targets every operation with "*"', async () => {
    const service = createTestService();
    service.faults.set({ errorRate: { '*': 1 } });
    expect((await callOperation(service, tokens.a.admin, 'listUsers')).status).toBe(503);
  });

  it('fails about the share of requests asked for, the same ones for the same seed', async () => {
    const run = async (seed: number) => {
      const service = createTestService({ seed });
      service.faults.set({ errorRate: { getMe: 0.3 } });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i += 1) statuses.push((await me(service)).status);
      return statuses;
    };
    const first = await run(11);
    expect(first).toEqual(await run(11));
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(90);
  });

  it('changes no state when it fails a write', async () => {
    const service = createTestService();
    service.faults.set({ errorRate: { updateUserRole: 1 } });
    const { status } = await callOperation(service, tokens.a.super_admin, 'updateUserRole', {
      path: { userId: 'usr_member' },
      body: { role: 'admin' },
    });
    expect(status).toBe(503);
    expect(service.state.identity.users.get('usr_member')!.role).toBe('member');
  });
});

describe('rate limit', () => {
  it('lets a burst through, then answers 429 rate_limited with Retry-After until the window passes', async () => {
    const service = createTestService();
    service.faults.set({ rateLimit: { burst: 2, retryAfter: 10 } });
    expect((await me(service)).status).toBe(200);
    expect((await me(service)).status).toBe(200);
    const limited = await me(service);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toBe('10');
    service.advance(4_000);
    expect((await me(service)).headers.get('retry-after')).toBe('6');
    service.advance(6_000);
    expect((await me(service)).status).toBe(200);
  });
});

describe('unavailable', () => {
  it('answers 503 to everything, with the Retry-After asked for', async () => {
    const service = createTestService();
    service.faults.set({ unavailable: { retryAfter: 30 } });
    const { status, headers } = await me(service);
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('30');
  });

  it('defaults to a 5 second Retry-After', async () => {
    const service = createTestService();
    service.faults.set({ unavailable: true });
    expect((await me(service)).headers.get('retry-after')).toBe('5');
  });

  it('comes back once the faults are cleared', async () => {
    const service = createTestService();
    service.faults.set({ unavailable: true });
    service.faults.clear();
    expect((await me(service)).status).toBe(200);
  });
});

describe('network errors', () => {
  it('returns Response.error() from handle()', async () => {
    const service = createTestService();
    service.faults.set({ networkErrorRate: 1 });
    const response = await service.handle(operationRequest(service.baseUrl, tokens.a.admin, 'getMe'));
    expect(response.type).toBe('error');
  });

  describe('through MSW', () => {
    const mock = setupMockServer({ baseUrl: 'http://faults.test/v1' });
    afterEach(() => mock.close());

    it('makes fetch reject as a failed network would', async () => {
      mock.listen();
      mock.service.faults.set({ networkErrorRate: 1 });
      await expect(fetch(operationRequest('http://faults.test/v1', tokens.a.admin, 'getMe'))).rejects.toThrow(
        TypeError,
      );
    });
  });
});

describe('settings', () => {
  it('rejects settings that make no sense', () => {
    const service = createTestService();
    expect(() => service.faults.set({ errorRate: { getMe: 2 } })).toThrow(RangeError);
    expect(() => service.faults.set({ latency: [300, 100] })).toThrow(RangeError);
    expect(() => service.faults.set({ rateLimit: { burst: -1, retryAfter: 1 } })).toThrow(RangeError);
  });

  it('is cleared by reset', async () => {
    const service = createTestService();
    service.faults.set({ unavailable: true });
    service.reset();
    expect(service.faults.get()).toEqual({});
  });
});

describe('control API', () => {
  it('sets, shows and clears faults under __mock/faults', async () => {
    const service = createTestService();
    const put = await control(service, 'PUT', 'faults', { errorRate: { getMe: 1 } });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ errorRate: { getMe: 1 } });
    expect((await me(service)).status).toBe(503);
    expect((await control(service, 'GET', 'faults')).body).toEqual({ errorRate: { getMe: 1 } });
    expect((await control(service, 'DELETE', 'faults')).status).toBe(204);
    expect((await me(service)).status).toBe(200);
  });

  it('refuses invalid fault settings with 400', async () => {
    const { status, body } = await control(createTestService(), 'PUT', 'faults', { networkErrorRate: 7 });
    expect(status).toBe(400);
    expect(body.detail).toContain('networkErrorRate');
  });

  it('resets to another scenario and seed under __mock/reset', async () => {
    const service = createTestService();
    const { status, body } = await control(service, 'POST', 'reset', { scenario: 'empty', seed: 9 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ scenario: 'empty', seed: 9 });
    expect(service.scenario).toBe('empty');
    expect((await control(service, 'POST', 'reset', { scenario: 'huge' })).status).toBe(400);
  });

  it('lists the ready-made tokens per role under __mock/tokens', async () => {
    const { status, body } = await control(createTestService(), 'GET', 'tokens');
    expect(status).toBe(200);
    expect(body.tokens).toContainEqual(
      expect.objectContaining({
        token: tokens.a.member,
        role: 'member',
        portalId: 'prt_a',
        userId: 'usr_member',
      }),
    );
    expect(body.tokens.map((t: { token: string }) => t.token)).toEqual(
      expect.arrayContaining([...Object.values(tokens.a), ...Object.values(tokens.b)]),
    );
    expect(body.secretKeys).toContainEqual({ portalId: 'prt_a', secretKey: 'sk_test_a' });
  });

  it('moves the clock under __mock/clock', async () => {
    const service = createTestService();
    const before = service.now();
    const { status, body } = await control(service, 'POST', 'clock', { advanceMs: 60_000 });
    expect(status).toBe(200);
    expect(Date.parse(body.now)).toBe(before + 60_000);
    expect((await control(service, 'POST', 'clock', { advanceMs: 'soon' })).status).toBe(400);
  });

  it('is not subject to faults, so a test can always turn them off', async () => {
    const service = createTestService();
    service.faults.set({ unavailable: true, networkErrorRate: 1 });
    expect((await control(service, 'DELETE', 'faults')).status).toBe(204);
  });

  it('answers 404 for an unknown control route', async () => {
    expect((await control(createTestService(), 'GET', 'nothing')).status).toBe(404);
  });
});
