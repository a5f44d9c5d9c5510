import { describe, expect, it } from 'vitest';
import { tokens } from '../src/scenarios/index.js';
import { minuteAccounts as acc, minuteShares } from '../src/scenarios/minutes.js';
import { minutesViolations, snapshotMinutes } from './support/minutes.js';
import { call, createTestService } from './support/service.js';

// HTTP-level: the contract's routes, headers, validation and idempotency around the minutes engine. Every
// response is validated against the contract by the test service.

const key = (n: number) => ({ 'Idempotency-Key': `minutes-test-${String(n).padStart(4, '0')}` });

describe('minute accounts over HTTP', () => {
  it('lists the accounts with the default account', async () => {
    const service = createTestService();
    const { status, body } = await call(service, tokens.a.admin, 'GET', '/minute-accounts');
    expect(status).toBe(200);
    expect(body.items.map((a: { id: string }) => a.id)).toEqual([acc.poolA, acc.emeaSales, acc.teamBerlin]);
    expect(body.defaultAccountId).toBe(acc.poolA);
  });

  it('answers 401 without a token', async () => {
    const service = createTestService();
    expect((await call(service, undefined, 'GET', '/minute-accounts')).body.code).toBe('unauthenticated');
  });

  it('creates a project with 201, Location and ETag', async () => {
    const service = createTestService();
    const { status, body, headers } = await call(service, tokens.a.admin, 'POST', '/minute-accounts', {
      body: { title: 'Lisbon summit' },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind: 'project', balance: 0, access: 'owned' });
    expect(headers.get('Location')).toBe(`/v1/minute-accounts/${body.id}`);
    expect(headers.get('ETag')).toBe('"v1"');
  });

  it('answers 400 with a pointer for a title over 80 characters', async () => {
    const service = createTestService();
    const { status, body } = await call(service, tokens.a.admin, 'POST', '/minute-accounts', {
      body: { title: 'x'.repeat(81) },
    });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.errors[0].pointer).toBe('/title');
  });

  it('replays a project creation with the same optional Idempotency-Key', async () => {
    const service = createTestService();
    const first = await call(service, tokens.a.admin, 'POST', '/minute-accounts', {
      body: { title: 'Once' },
      headers: key(1),
    });
    const again = await call(service, tokens.a.admin, 'POST', '/minute-accounts', {
      body: { title: 'Once' },
      headers: key(1),
    });
    expect(again.body.id).toBe(first.body.id);
    const other = await call(service, tokens.a.admin, 'POST', '/minute-accounts', {
      body: { title: 'Twice' },
      headers: key(1),
    });
    expect(other).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('reads an account with its ETag and edits it with If-Match', async () => {
    const service = createTestService();
    const read = await call(service, tokens.a.admin, 'GET', `/minute-accounts/${acc.teamBerlin}`);
    expect(read.headers.get('ETag')).toBe('"v1"');
    const edit = await call(service, tokens.a.admin, 'PATCH', `/minute-accounts/${acc.teamBerlin}`, {
      body: { title: 'Berlin office' },
      headers: { 'If-Match': read.headers.get('ETag') ?? '' },
    });
    expect(edit).toMatchObject({ status: 200, body: { title: 'Berlin office' } });
    expect(edit.headers.get('ETag')).toBe('"v2"');
  });

  it('answers 412 for a stale If-Match and 428 without one', async () => {
    const service = createTestService();
    const path = `/minute-accounts/${acc.teamBerlin}`;
    const stale = await call(service, tokens.a.admin, 'PATCH', path, {
      body: { title: 'x' },
      headers: { 'If-Match': '"v0"' },
    });
    expect(stale).toMatchObject({ status: 412, body: { code: 'precondition_failed' } });
    const missing = await call(service, tokens.a.admin, 'PATCH', path, { body: { title: 'x' } });
    expect(missing).toMatchObject({ status: 428, body: { code: 'precondition_required' } });
  });

  it('answers 422 account_not_owned when the recipient edits or deletes a shared account', async () => {
    const service = createTestService();
    const path = `/minute-accounts/${acc.teamBerlin}`;
    const edit = await call(service, tokens.b.admin, 'PATCH', path, {
      body: { title: 'x' },
      headers: { 'If-Match': '"v1"' },
    });
    expect(edit).toMatchObject({ status: 422, body: { code: 'account_not_owned' } });
    const del = await call(service, tokens.b.admin, 'DELETE', path);
    expect(del).toMatchObject({ status: 422, body: { code: 'account_not_owned' } });
  });

  it('answers 404 for another portal’s account and 403 for a member off the default account', async () => {
    const service = createTestService();
    expect((await call(service, tokens.b.admin, 'GET', `/minute-accounts/${acc.poolA}`)).status).toBe(404);
    expect((await call(service, tokens.b.admin, 'GET', `/minute-accounts/${acc.emeaSales}`)).status).toBe(
      404,
    );
    const member = await call(service, tokens.a.member, 'GET', `/minute-accounts/${acc.teamBerlin}`);
    expect(member).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect((await call(service, tokens.a.member, 'GET', `/minute-accounts/${acc.poolA}`)).status).toBe(200);
  });

  it('deletes a project, moving its minutes to the pool and revoking its shares', async () => {
    const service = createTestService();
    const { status, body } = await call(
      service,
      tokens.a.admin,
      'DELETE',
      `/minute-accounts/${acc.teamBerlin}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      movedMinutes: 240,
      movedToAccountId: acc.poolA,
      revokedShares: [{ status: 'revoked' }],
    });
    const b = await call(service, tokens.b.admin, 'GET', '/minute-accounts');
    expect(b.body.defaultAccountId).toBe(acc.poolB);
    expect(minutesViolations(service.state)).toEqual([]);
  });

  it('answers 409 cannot_delete_pool for the pool', async () => {
    const service = createTestService();
    const { status, body } = await call(service, tokens.a.admin, 'DELETE', `/minute-accounts/${acc.poolA}`);
    expect(status).toBe(409);
    expect(body).toMatchObject({
      code: 'cannot_delete_pool',
      type: 'https://docs.allot.dev/problems/cannot_delete_pool',
    });
  });
});

describe('the ledger over HTTP', () => {
  it('pages newest first with a cursor and limit', async () => {
    const service = createTestService();
    const path = `/minute-accounts/${acc.poolA}/ledger`;
    const first = await call(service, tokens.a.admin, 'GET', path, { query: { limit: 4 } });
    expect(first.body.items).toHaveLength(4);
    const second = await call(service, tokens.a.admin, 'GET', path, {
      query: { limit: 4, cursor: first.body.nextCursor },
    });
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(second.body.items.map((e: { kind: string }) => e.kind)).toEqual(['purchase', 'purchase']);
  });

  it('answers 400 for a limit over 200 and for a foreign cursor', async () => {
    const service = createTestService();
    const path = `/minute-accounts/${acc.poolA}/ledger`;
    expect((await call(service, tokens.a.admin, 'GET', path, { query: { limit: 201 } })).status).toBe(400);
    expect((await call(service, tokens.a.admin, 'GET', path, { query: { cursor: 'nope!' } })).status).toBe(
      400,
    );
  });

  it('hides the owner’s users from the recipient of a shared account', async () => {
    const service = createTestService();
    const { body } = await call(service, tokens.b.admin, 'GET', `/minute-accounts/${acc.teamBerlin}/ledger`);
    expect(body.items[0].actor).toEqual({ type: 'portal', id: 'prt_a', name: 'Portal A' });
    expect(body.items[0].counterpartyAccountId).toBeUndefined();
  });
});

describe('transfers, purchases and usage over HTTP', () => {
  const transfer = (minutes: number) => ({ fromAccountId: acc.poolA, toAccountId: acc.emeaSales, minutes });

  it('transfers with 201 and replays the same key without moving minutes twice', async () => {
    const service = createTestService();
    const first = await call(service, tokens.a.admin, 'POST', '/minute-transfers', {
      body: transfer(100),
      headers: key(2),
    });
    expect(first.status).toBe(201);
    const before = snapshotMinutes(service.state);
    const replay = await call(service, tokens.a.admin, 'POST', '/minute-transfers', {
      body: transfer(100),
      headers: key(2),
    });
    expect(replay.body).toEqual(first.body);
    expect(snapshotMinutes(service.state)).toEqual(before);
    const reused = await call(service, tokens.a.admin, 'POST', '/minute-transfers', {
      body: transfer(101),
      headers: key(2),
    });
    expect(reused).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('needs an Idempotency-Key to transfer (400)', async () => {
    const service = createTestService();
    const { status, body } = await call(service, tokens.a.admin, 'POST', '/minute-transfers', {
      body: transfer(1),
    });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
  });

  it('answers 422 insufficient_minutes, same_account and account_not_owned', async () => {
    const service = createTestService();
    const post = (token: string, body: object, n: number) =>
      call(service, token, 'POST', '/minute-transfers', { body, headers: key(n) });
    expect((await post(tokens.a.admin, transfer(1001), 10)).body.code).toBe('insufficient_minutes');
    expect((await post(tokens.a.admin, { ...transfer(1), toAccountId: acc.poolA }, 11)).body.code).toBe(
      'same_account',
    );
    const shared = { fromAccountId: acc.teamBerlin, toAccountId: acc.poolB, minutes: 1 };
    expect((await post(tokens.b.admin, shared, 12)).body.code).toBe('account_not_owned');
    expect((await post(tokens.a.admin, { ...transfer(0) }, 13)).status).toBe(400);
  });

  it('quotes and buys minutes at the catalogue price', async () => {
    const service = createTestService();
    const quote = await call(service, tokens.a.admin, 'GET', '/minute-quote', { query: { minutes: 1000 } });
    expect(quote.body).toEqual({
      minutes: 1000,
      unitPrice: { amount: 12, currency: 'EUR' },
      total: { amount: 12000, currency: 'EUR' },
    });
    const purchase = await call(service, tokens.a.admin, 'POST', '/minute-purchases', {
      body: { accountId: acc.poolA, minutes: 1000 },
      headers: key(3),
    });
    expect(purchase).toMatchObject({
      status: 201,
      body: { total: { amount: 12000 }, entry: { balanceAfter: 2000 } },
    });
    const replay = await call(service, tokens.a.admin, 'POST', '/minute-purchases', {
      body: { accountId: acc.poolA, minutes: 1000 },
      headers: key(3),
    });
    expect(replay.body.entry.balanceAfter).toBe(2000);
    expect(service.state.minutes.accounts.get(acc.poolA)?.balance).toBe(2000);
  });

  it('answers 422 account_not_owned when buying into a shared account', async () => {
    const service = createTestService();
    const { body } = await call(service, tokens.b.admin, 'POST', '/minute-purchases', {
      body: { accountId: acc.teamBerlin, minutes: 10 },
      headers: key(4),
    });
    expect(body.code).toBe('account_not_owned');
  });

  it('records usage from a shared default account, replayed once', async () => {
    const service = createTestService();
    const usage = { accountId: acc.teamBerlin, minutes: 45, sessionRef: 'zoom-mtg-1' };
    const first = await call(service, tokens.b.member, 'POST', '/minute-usages', {
      body: usage,
      headers: key(5),
    });
    expect(first).toMatchObject({
      status: 201,
      body: { sessionRef: 'zoom-mtg-1', entry: { amount: -45, balanceAfter: 195 } },
    });
    await call(service, tokens.b.member, 'POST', '/minute-usages', { body: usage, headers: key(5) });
    expect(service.state.minutes.accounts.get(acc.teamBerlin)?.balance).toBe(195);
  });

  it('answers 422 insufficient_minutes and 403 for a member off the default account', async () => {
    const service = createTestService();
    const tooMuch = await call(service, tokens.b.admin, 'POST', '/minute-usages', {
      body: { accountId: acc.teamBerlin, minutes: 241 },
      headers: key(6),
    });
    expect(tooMuch.body.code).toBe('insufficient_minutes');
    const member = await call(service, tokens.b.member, 'POST', '/minute-usages', {
      body: { accountId: acc.poolB, minutes: 1 },
      headers: key(7),
    });
    expect(member).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });

  it('sets the default account and answers 404 for an account not accepted', async () => {
    const service = createTestService();
    const set = await call(service, tokens.b.admin, 'PUT', '/default-account', {
      body: { accountId: acc.poolB },
    });
    expect(set.body).toEqual({ defaultAccountId: acc.poolB, previousDefaultAccountId: acc.teamBerlin });
    const pending = await call(service, tokens.b.admin, 'PUT', '/default-account', {
      body: { accountId: acc.emeaSales },
    });
    expect(pending.status).toBe(404);
  });
});

describe('the role table on minutes operations', () => {
  const roles = ['super_admin', 'admin', 'user_manager', 'member'] as const;
  // What each operation needs, as the contract's x-permissions say, and which roles hold it.
  const allowed: Record<string, readonly (typeof roles)[number][]> = {
    'minutes:read': roles,
    'minutes:spend': roles,
    'minutes:manage': ['super_admin', 'admin'],
    'minutes:purchase': ['super_admin', 'admin'],
  };
  const requests: [string, string, string, object?][] = [
    ['minutes:read', 'GET', '/minute-accounts'],
    ['minutes:manage', 'POST', '/minute-accounts', { title: 'Role test' }],
    ['minutes:read', 'GET', `/minute-accounts/${acc.poolA}`],
    ['minutes:manage', 'DELETE', `/minute-accounts/${acc.emeaSales}`],
    ['minutes:read', 'GET', `/minute-accounts/${acc.poolA}/ledger`],
    [
      'minutes:manage',
      'POST',
      '/minute-transfers',
      { fromAccountId: acc.poolA, toAccountId: acc.teamBerlin, minutes: 1 },
    ],
    ['minutes:purchase', 'POST', '/minute-purchases', { accountId: acc.poolA, minutes: 1 }],
    ['minutes:spend', 'POST', '/minute-usages', { accountId: acc.poolA, minutes: 1 }],
    ['minutes:manage', 'PUT', '/default-account', { accountId: acc.poolA }],
    ['minutes:manage', 'POST', '/shares', { accountId: acc.poolA, recipientEmail: 'owner@paid.test' }],
    ['minutes:manage', 'GET', '/shares'],
    ['minutes:manage', 'POST', `/shares/${minuteShares.emeaToB}/resend`],
    ['minutes:manage', 'POST', `/shares/${minuteShares.emeaToB}/cancel`],
    ['minutes:manage', 'GET', '/incoming-shares'],
  ];

  for (const role of roles) {
    it(`lets ${role} do exactly what its row allows`, async () => {
      for (const [permission, method, path, body] of requests) {
        const service = createTestService();
        const before = snapshotMinutes(service.state);
        const res = await call(service, tokens.a[role], method, path, {
          ...(body ? { body } : {}),
          headers: key(99),
        });
        if (allowed[permission]?.includes(role)) {
          expect(res.status, `${role} ${method} ${path}`).toBeLessThan(300);
        } else {
          expect([res.status, res.body.code], `${role} ${method} ${path}`).toEqual([403, 'forbidden']);
          expect(snapshotMinutes(service.state)).toEqual(before);
        }
      }
    });
  }

  it('answers 403 for a quote without minutes:purchase', async () => {
    const service = createTestService();
    const res = await call(service, tokens.a.user_manager, 'GET', '/minute-quote', {
      query: { minutes: 10 },
    });
    expect(res).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });
});
