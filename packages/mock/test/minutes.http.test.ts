import { describe, expect, it } from 'vitest';
import { tokens } from '../src/scenarios/index.js';
import { minuteAccounts as acc, minuteShares } from '../src/scenarios/minutes.js';
import { minutesViolations, snapshotMinutes } from './support/minutes.js';
import { callOperation, callOperationRequest, type OperationRequest } from './support/operations.js';
import { createTestService } from './support/service.js';

// HTTP-level: the contract's routes, headers, validation and idempotency around the minutes engine. Every
// response is validated against the contract by the test service.

const key = (n: number) => ({ 'Idempotency-Key': `minutes-test-${String(n).padStart(4, '0')}` });

describe('minute accounts over HTTP', () => {
  it('lists the accounts with the default account', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.admin, 'listMinuteAccounts');
    expect(status).toBe(200);
    expect(body.items.map((a: { id: string }) => a.id)).toEqual([acc.poolA, acc.emeaSales, acc.teamBerlin]);
    expect(body.defaultAccountId).toBe(acc.poolA);
  });

  it('answers 401 without a token', async () => {
    const service = createTestService();
    expect((await callOperation(service, undefined, 'listMinuteAccounts')).body.code).toBe('unauthenticated');
  });

  it('creates a project with 201, Location and ETag', async () => {
    const service = createTestService();
    const { status, body, headers } = await callOperation(service, tokens.a.admin, 'createProject', {
      body: { title: 'Lisbon summit' },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind: 'project', balance: 0, access: 'owned' });
    expect(headers.get('Location')).toBe(`/v1/minute-accounts/${body.id}`);
    expect(headers.get('ETag')).toBe('"v1"');
  });

  it('answers 400 with a pointer for a title over 80 characters', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.admin, 'createProject', {
      body: { title: 'x'.repeat(81) },
    });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.errors[0].pointer).toBe('/title');
  });

  it('replays a project creation with the same optional Idempotency-Key', async () => {
    const service = createTestService();
    const first = await callOperation(service, tokens.a.admin, 'createProject', {
      body: { title: 'Once' },
      headers: key(1),
    });
    const again = await callOperation(service, tokens.a.admin, 'createProject', {
      body: { title: 'Once' },
      headers: key(1),
    });
    expect(again.body.id).toBe(first.body.id);
    const other = await callOperation(service, tokens.a.admin, 'createProject', {
      body: { title: 'Twice' },
      headers: key(1),
    });
    expect(other).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('reads an account with its ETag and edits it with If-Match', async () => {
    const service = createTestService();
    const read = await callOperation(service, tokens.a.admin, 'getMinuteAccount', {
      path: { accountId: acc.teamBerlin },
    });
    expect(read.headers.get('ETag')).toBe('"v1"');
    const edit = await callOperation(service, tokens.a.admin, 'updateProject', {
      path: { accountId: acc.teamBerlin },
      body: { title: 'Berlin office' },
      headers: { 'If-Match': read.headers.get('ETag') ?? '' },
    });
    expect(edit).toMatchObject({ status: 200, body: { title: 'Berlin office' } });
    expect(edit.headers.get('ETag')).toBe('"v2"');
  });

  it('answers 412 for a stale If-Match and 428 without one', async () => {
    const service = createTestService();
    const path = { accountId: acc.teamBerlin };
    const stale = await callOperation(service, tokens.a.admin, 'updateProject', {
      path,
      body: { title: 'x' },
      headers: { 'If-Match': '"v0"' },
    });
    expect(stale).toMatchObject({ status: 412, body: { code: 'precondition_failed' } });
    const missing = await callOperation(service, tokens.a.admin, 'updateProject', {
      path,
      body: { title: 'x' },
    });
    expect(missing).toMatchObject({ status: 428, body: { code: 'precondition_required' } });
  });

  it('answers 422 account_not_owned when the recipient edits or deletes a shared account', async () => {
    const service = createTestService();
    const path = { accountId: acc.teamBerlin };
    const edit = await callOperation(service, tokens.b.admin, 'updateProject', {
      path,
      body: { title: 'x' },
      headers: { 'If-Match': '"v1"' },
    });
    expect(edit).toMatchObject({ status: 422, body: { code: 'account_not_owned' } });
    const del = await callOperation(service, tokens.b.admin, 'deleteProject', { path });
    expect(del).toMatchObject({ status: 422, body: { code: 'account_not_owned' } });
  });

  it('answers 404 for another portal’s account and 403 for a member off the default account', async () => {
    const service = createTestService();
    const read = (token: string, accountId: string) =>
      callOperation(service, token, 'getMinuteAccount', { path: { accountId } });
    expect((await read(tokens.b.admin, acc.poolA)).status).toBe(404);
    expect((await read(tokens.b.admin, acc.emeaSales)).status).toBe(404);
    const member = await read(tokens.a.member, acc.teamBerlin);
    expect(member).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect((await read(tokens.a.member, acc.poolA)).status).toBe(200);
  });

  it('deletes a project, moving its minutes to the pool and revoking its shares', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.admin, 'deleteProject', {
      path: { accountId: acc.teamBerlin },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      movedMinutes: 240,
      movedToAccountId: acc.poolA,
      revokedShares: [{ status: 'revoked' }],
    });
    const b = await callOperation(service, tokens.b.admin, 'listMinuteAccounts');
    expect(b.body.defaultAccountId).toBe(acc.poolB);
    expect(minutesViolations(service.state)).toEqual([]);
  });

  it('answers 409 cannot_delete_pool for the pool', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.admin, 'deleteProject', {
      path: { accountId: acc.poolA },
    });
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
    const path = { accountId: acc.poolA };
    const first = await callOperation(service, tokens.a.admin, 'listLedgerEntries', {
      path,
      query: { limit: 4 },
    });
    expect(first.body.items).toHaveLength(4);
    const second = await callOperation(service, tokens.a.admin, 'listLedgerEntries', {
      path,
      query: { limit: 4, cursor: first.body.nextCursor },
    });
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(second.body.items.map((e: { kind: string }) => e.kind)).toEqual(['purchase', 'purchase']);
  });

  it('answers 400 for a limit over 200 and for a foreign cursor', async () => {
    const service = createTestService();
    const list = (query: { limit?: number; cursor?: string }) =>
      callOperation(service, tokens.a.admin, 'listLedgerEntries', { path: { accountId: acc.poolA }, query });
    expect((await list({ limit: 201 })).status).toBe(400);
    expect((await list({ cursor: 'nope!' })).status).toBe(400);
  });

  it('hides the owner’s users from the recipient of a shared account', async () => {
    const service = createTestService();
    const { body } = await callOperation(service, tokens.b.admin, 'listLedgerEntries', {
      path: { accountId: acc.teamBerlin },
    });
    expect(body.items[0].actor).toEqual({ type: 'portal', id: 'prt_a', name: 'Portal A' });
    expect(body.items[0].counterpartyAccountId).toBeUndefined();
  });
});

describe('transfers, purchases and usage over HTTP', () => {
  const transfer = (minutes: number) => ({ fromAccountId: acc.poolA, toAccountId: acc.emeaSales, minutes });

  it('transfers with 201 and replays the same key without moving minutes twice', async () => {
    const service = createTestService();
    const first = await callOperation(service, tokens.a.admin, 'transferMinutes', {
      body: transfer(100),
      headers: key(2),
    });
    expect(first.status).toBe(201);
    const before = snapshotMinutes(service.state);
    const replay = await callOperation(service, tokens.a.admin, 'transferMinutes', {
      body: transfer(100),
      headers: key(2),
    });
    expect(replay.body).toEqual(first.body);
    expect(snapshotMinutes(service.state)).toEqual(before);
    const reused = await callOperation(service, tokens.a.admin, 'transferMinutes', {
      body: transfer(101),
      headers: key(2),
    });
    expect(reused).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('needs an Idempotency-Key to transfer (400)', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.admin, 'transferMinutes', {
      body: transfer(1),
    });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
  });

  it('answers 422 insufficient_minutes, same_account and account_not_owned', async () => {
    const service = createTestService();
    const post = (token: string, body: object, n: number) =>
      callOperation(service, token, 'transferMinutes', { body, headers: key(n) });
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
    const quote = await callOperation(service, tokens.a.admin, 'quoteMinutePurchase', {
      query: { minutes: 1000 },
    });
    expect(quote.body).toEqual({
      minutes: 1000,
      unitPrice: { amount: 12, currency: 'EUR' },
      total: { amount: 12000, currency: 'EUR' },
    });
    const purchase = await callOperation(service, tokens.a.admin, 'purchaseMinutes', {
      body: { accountId: acc.poolA, minutes: 1000 },
      headers: key(3),
    });
    expect(purchase).toMatchObject({
      status: 201,
      body: { total: { amount: 12000 }, entry: { balanceAfter: 2000 } },
    });
    const replay = await callOperation(service, tokens.a.admin, 'purchaseMinutes', {
      body: { accountId: acc.poolA, minutes: 1000 },
      headers: key(3),
    });
    expect(replay.body.entry.balanceAfter).toBe(2000);
    expect(service.state.minutes.accounts.get(acc.poolA)?.balance).toBe(2000);
  });

  it('answers 422 account_not_owned when buying into a shared account', async () => {
    const service = createTestService();
    const { body } = await callOperation(service, tokens.b.admin, 'purchaseMinutes', {
      body: { accountId: acc.teamBerlin, minutes: 10 },
      headers: key(4),
    });
    expect(body.code).toBe('account_not_owned');
  });

  it('records usage from a shared default account, replayed once', async () => {
    const service = createTestService();
    const usage = { accountId: acc.teamBerlin, minutes: 45, sessionRef: 'zoom-mtg-1' };
    const first = await callOperation(service, tokens.b.member, 'recordUsage', {
      body: usage,
      headers: key(5),
    });
    expect(first).toMatchObject({
      status: 201,
      body: { sessionRef: 'zoom-mtg-1', entry: { amount: -45, balanceAfter: 195 } },
    });
    await callOperation(service, tokens.b.member, 'recordUsage', { body: usage, headers: key(5) });
    expect(service.state.minutes.accounts.get(acc.teamBerlin)?.balance).toBe(195);
  });

  it('answers 422 insufficient_minutes and 403 for a member off the default account', async () => {
    const service = createTestService();
    const tooMuch = await callOperation(service, tokens.b.admin, 'recordUsage', {
      body: { accountId: acc.teamBerlin, minutes: 241 },
      headers: key(6),
    });
    expect(tooMuch.body.code).toBe('insufficient_minutes');
    const member = await callOperation(service, tokens.b.member, 'recordUsage', {
      body: { accountId: acc.poolB, minutes: 1 },
      headers: key(7),
    });
    expect(member).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });

  it('sets the default account and answers 404 for an account not accepted', async () => {
    const service = createTestService();
    const set = await callOperation(service, tokens.b.admin, 'setDefaultAccount', {
      body: { accountId: acc.poolB },
    });
    expect(set.body).toEqual({ defaultAccountId: acc.poolB, previousDefaultAccountId: acc.teamBerlin });
    const pending = await callOperation(service, tokens.b.admin, 'setDefaultAccount', {
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
  const requests: [string, OperationRequest][] = [
    ['minutes:read', { operationId: 'listMinuteAccounts' }],
    ['minutes:manage', { operationId: 'createProject', body: { title: 'Role test' } }],
    ['minutes:read', { operationId: 'getMinuteAccount', path: { accountId: acc.poolA } }],
    ['minutes:manage', { operationId: 'deleteProject', path: { accountId: acc.emeaSales } }],
    ['minutes:read', { operationId: 'listLedgerEntries', path: { accountId: acc.poolA } }],
    [
      'minutes:manage',
      {
        operationId: 'transferMinutes',
        body: { fromAccountId: acc.poolA, toAccountId: acc.teamBerlin, minutes: 1 },
      },
    ],
    ['minutes:purchase', { operationId: 'purchaseMinutes', body: { accountId: acc.poolA, minutes: 1 } }],
    ['minutes:spend', { operationId: 'recordUsage', body: { accountId: acc.poolA, minutes: 1 } }],
    ['minutes:manage', { operationId: 'setDefaultAccount', body: { accountId: acc.poolA } }],
    [
      'minutes:manage',
      { operationId: 'createShare', body: { accountId: acc.poolA, recipientEmail: 'owner@paid.test' } },
    ],
    ['minutes:manage', { operationId: 'listOutgoingShares' }],
    ['minutes:manage', { operationId: 'resendShare', path: { shareId: minuteShares.emeaToB } }],
    ['minutes:manage', { operationId: 'cancelShare', path: { shareId: minuteShares.emeaToB } }],
    ['minutes:manage', { operationId: 'listIncomingShares' }],
  ];

  for (const role of roles) {
    it(`lets ${role} do exactly what its row allows`, async () => {
      for (const [permission, request] of requests) {
        const service = createTestService();
        const before = snapshotMinutes(service.state);
        const res = await callOperationRequest(service, tokens.a[role], { ...request, headers: key(99) });
        const what = `${role} ${request.operationId}`;
        if (allowed[permission]?.includes(role)) {
          expect(res.status, what).toBeLessThan(300);
        } else {
          expect([res.status, res.body.code], what).toEqual([403, 'forbidden']);
          expect(snapshotMinutes(service.state)).toEqual(before);
        }
      }
    });
  }

  it('answers 403 for a quote without minutes:purchase', async () => {
    const service = createTestService();
    const res = await callOperation(service, tokens.a.user_manager, 'quoteMinutePurchase', {
      query: { minutes: 10 },
    });
    expect(res).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });
});
