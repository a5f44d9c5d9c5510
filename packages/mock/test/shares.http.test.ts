import { describe, expect, it } from 'vitest';
import { tokens } from '../src/scenarios/index.js';
import { minuteAccounts as acc, minuteShares } from '../src/scenarios/minutes.js';
import { callOperation } from './support/operations.js';
import { createTestService } from './support/service.js';

// HTTP-level sharing: both sides of a share, each through its own portal's token, every response checked
// against the contract by the test service.

const share = (accountId: string, recipientEmail: string) => ({ body: { accountId, recipientEmail } });

describe('sharing over HTTP', () => {
  it('shares a fixed number of minutes in three calls; the recipient accepts and spends', async () => {
    const service = createTestService();
    const project = await callOperation(service, tokens.a.admin, 'createProject', {
      body: { title: 'For Solo' },
    });
    await callOperation(service, tokens.a.admin, 'transferMinutes', {
      body: { fromAccountId: acc.poolA, toAccountId: project.body.id, minutes: 120 },
      headers: { 'Idempotency-Key': 'share-flow-0001' },
    });
    const sent = await callOperation(
      service,
      tokens.a.admin,
      'createShare',
      share(project.body.id, 'owner@paid.test'),
    );
    expect(sent).toMatchObject({ status: 201, body: { status: 'pending', recipient: { id: 'prt_paid' } } });

    const incoming = await callOperation(service, tokens.paid, 'listIncomingShares', {
      query: { status: ['pending'] },
    });
    expect(incoming.body).toMatchObject({ total: 1, items: [{ id: sent.body.id }] });
    const accepted = await callOperation(service, tokens.paid, 'acceptShare', {
      path: { shareId: sent.body.id },
      body: { setDefault: true },
    });
    expect(accepted.body).toMatchObject({
      account: { access: 'shared', balance: 120 },
      defaultAccountId: project.body.id,
    });
    const usage = await callOperation(service, tokens.paid, 'recordUsage', {
      body: { accountId: project.body.id, minutes: 20 },
      headers: { 'Idempotency-Key': 'share-flow-0002' },
    });
    expect(usage.body.entry.balanceAfter).toBe(100);
  });

  it('rejects a setDefault field on the sending side (400)', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.admin, 'createShare', {
      body: { accountId: acc.poolA, recipientEmail: 'owner@paid.test', setDefault: true },
    });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
  });

  it('answers 422 portal_not_found, 422 cannot_share_with_self and 409 share_exists', async () => {
    const service = createTestService();
    const post = (accountId: string, email: string) =>
      callOperation(service, tokens.a.admin, 'createShare', share(accountId, email));
    expect((await post(acc.poolA, 'nobody@nowhere.test')).body).toMatchObject({
      status: 422,
      code: 'portal_not_found',
    });
    expect((await post(acc.poolA, 'owner@portal-a.test')).body).toMatchObject({
      status: 422,
      code: 'cannot_share_with_self',
    });
    expect((await post(acc.emeaSales, 'owner@portal-b.test')).body).toMatchObject({
      status: 409,
      code: 'share_exists',
    });
  });

  it('answers 422 account_not_owned when the recipient re-shares', async () => {
    const service = createTestService();
    const res = await callOperation(
      service,
      tokens.b.admin,
      'createShare',
      share(acc.teamBerlin, 'owner@paid.test'),
    );
    expect(res.body).toMatchObject({ status: 422, code: 'account_not_owned' });
  });

  it('lists outgoing shares filtered by status and account', async () => {
    const service = createTestService();
    const all = await callOperation(service, tokens.a.admin, 'listOutgoingShares');
    expect(all.body.total).toBe(2);
    const pending = await callOperation(service, tokens.a.admin, 'listOutgoingShares', {
      query: { status: ['pending', 'accepted'], accountId: acc.emeaSales },
    });
    expect(pending.body.items.map((s: { id: string }) => s.id)).toEqual([minuteShares.emeaToB]);
    const unknown = await callOperation(service, tokens.b.admin, 'listOutgoingShares', {
      query: { accountId: acc.poolA },
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 429 resend_too_soon with Retry-After, then resends after a minute', async () => {
    const service = createTestService();
    const sent = await callOperation(
      service,
      tokens.a.admin,
      'createShare',
      share(acc.poolA, 'owner@paid.test'),
    );
    service.advance(15_000);
    const soon = await callOperation(service, tokens.a.admin, 'resendShare', {
      path: { shareId: sent.body.id },
    });
    expect(soon).toMatchObject({ status: 429, body: { code: 'resend_too_soon' } });
    expect(soon.headers.get('Retry-After')).toBe('45');
    service.advance(45_000);
    const resent = await callOperation(service, tokens.a.admin, 'resendShare', {
      path: { shareId: sent.body.id },
    });
    expect(resent).toMatchObject({ status: 200, body: { status: 'pending' } });
    expect(resent.body.lastSentAt).not.toBe(sent.body.lastSentAt);
  });

  it('answers 409 share_not_pending when resending an accepted share', async () => {
    const service = createTestService();
    const res = await callOperation(service, tokens.a.admin, 'resendShare', {
      path: { shareId: minuteShares.berlinToB },
    });
    expect(res.body).toMatchObject({ status: 409, code: 'share_not_pending' });
  });

  it('revokes an accepted share: the recipient loses access, its default falls back', async () => {
    const service = createTestService();
    const res = await callOperation(service, tokens.a.admin, 'cancelShare', {
      path: { shareId: minuteShares.berlinToB },
    });
    expect(res.body.status).toBe('revoked');
    const b = await callOperation(service, tokens.b.admin, 'listMinuteAccounts');
    expect(b.body).toMatchObject({ defaultAccountId: acc.poolB, items: [{ id: acc.poolB }] });
    const revoked = await callOperation(service, tokens.b.admin, 'getMinuteAccount', {
      path: { accountId: acc.teamBerlin },
    });
    expect(revoked.status).toBe(404);
    const again = await callOperation(service, tokens.a.admin, 'cancelShare', {
      path: { shareId: minuteShares.berlinToB },
    });
    expect(again.body).toMatchObject({ status: 409, code: 'share_not_active' });
  });

  it('cancels a pending share; the recipient can no longer accept it', async () => {
    const service = createTestService();
    const res = await callOperation(service, tokens.a.admin, 'cancelShare', {
      path: { shareId: minuteShares.emeaToB },
    });
    expect(res.body.status).toBe('cancelled');
    const accept = await callOperation(service, tokens.b.admin, 'acceptShare', {
      path: { shareId: minuteShares.emeaToB },
      body: { setDefault: true },
    });
    expect(accept.body).toMatchObject({ status: 409, code: 'share_not_pending' });
  });

  it('needs setDefault to accept (400) and keeps the default with false', async () => {
    const service = createTestService();
    const path = { shareId: minuteShares.emeaToB };
    expect((await callOperation(service, tokens.b.admin, 'acceptShare', { path, body: {} })).status).toBe(
      400,
    );
    const res = await callOperation(service, tokens.b.admin, 'acceptShare', {
      path,
      body: { setDefault: false },
    });
    expect(res.body).toMatchObject({ share: { status: 'accepted' }, defaultAccountId: acc.teamBerlin });
  });

  it('declines a pending share, then answers 409 share_not_pending', async () => {
    const service = createTestService();
    const path = { shareId: minuteShares.emeaToB };
    expect((await callOperation(service, tokens.b.admin, 'declineShare', { path })).body.status).toBe(
      'declined',
    );
    expect((await callOperation(service, tokens.b.admin, 'declineShare', { path })).body).toMatchObject({
      status: 409,
      code: 'share_not_pending',
    });
  });

  it('answers 404 for a share of another portal on either side', async () => {
    const service = createTestService();
    const cancel = await callOperation(service, tokens.b.admin, 'cancelShare', {
      path: { shareId: minuteShares.emeaToB },
    });
    expect(cancel.status).toBe(404);
    const accept = await callOperation(service, tokens.a.admin, 'acceptShare', {
      path: { shareId: minuteShares.emeaToB },
      body: { setDefault: true },
    });
    expect(accept.status).toBe(404);
    const decline = await callOperation(service, tokens.paid, 'declineShare', {
      path: { shareId: minuteShares.emeaToB },
    });
    expect(decline.status).toBe(404);
  });

  it('answers 403 to a member for every share operation', async () => {
    const service = createTestService();
    const res = await callOperation(service, tokens.b.member, 'listIncomingShares');
    expect(res).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const accept = await callOperation(service, tokens.b.member, 'acceptShare', {
      path: { shareId: minuteShares.emeaToB },
      body: { setDefault: true },
    });
    expect(accept.status).toBe(403);
  });
});
