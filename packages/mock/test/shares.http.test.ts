import { describe, expect, it } from 'vitest';
import { tokens } from '../src/scenarios/index.js';
import { minuteAccounts as acc, minuteShares } from '../src/scenarios/minutes.js';
import { call, createTestService } from './support/service.js';

// HTTP-level sharing: both sides of a share, each through its own portal's token, every response checked
// against the contract by the test service.

const share = (accountId: string, recipientEmail: string) => ({ body: { accountId, recipientEmail } });

describe('sharing over HTTP', () => {
  it('shares a fixed number of minutes in three calls; the recipient accepts and spends', async () => {
    const service = createTestService();
    const project = await call(service, tokens.a.admin, 'POST', '/minute-accounts', {
      body: { title: 'For Solo' },
    });
    await call(service, tokens.a.admin, 'POST', '/minute-transfers', {
      body: { fromAccountId: acc.poolA, toAccountId: project.body.id, minutes: 120 },
      headers: { 'Idempotency-Key': 'share-flow-0001' },
    });
    const sent = await call(
      service,
      tokens.a.admin,
      'POST',
      '/shares',
      share(project.body.id, 'owner@paid.test'),
    );
    expect(sent).toMatchObject({ status: 201, body: { status: 'pending', recipient: { id: 'prt_paid' } } });

    const incoming = await call(service, tokens.paid, 'GET', '/incoming-shares', {
      query: { status: ['pending'] },
    });
    expect(incoming.body).toMatchObject({ total: 1, items: [{ id: sent.body.id }] });
    const accepted = await call(service, tokens.paid, 'POST', `/incoming-shares/${sent.body.id}/accept`, {
      body: { setDefault: true },
    });
    expect(accepted.body).toMatchObject({
      account: { access: 'shared', balance: 120 },
      defaultAccountId: project.body.id,
    });
    const usage = await call(service, tokens.paid, 'POST', '/minute-usages', {
      body: { accountId: project.body.id, minutes: 20 },
      headers: { 'Idempotency-Key': 'share-flow-0002' },
    });
    expect(usage.body.entry.balanceAfter).toBe(100);
  });

  it('rejects a setDefault field on the sending side (400)', async () => {
    const service = createTestService();
    const { status, body } = await call(service, tokens.a.admin, 'POST', '/shares', {
      body: { accountId: acc.poolA, recipientEmail: 'owner@paid.test', setDefault: true },
    });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
  });

  it('answers 422 portal_not_found, 422 cannot_share_with_self and 409 share_exists', async () => {
    const service = createTestService();
    const post = (accountId: string, email: string) =>
      call(service, tokens.a.admin, 'POST', '/shares', share(accountId, email));
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
    const res = await call(
      service,
      tokens.b.admin,
      'POST',
      '/shares',
      share(acc.teamBerlin, 'owner@paid.test'),
    );
    expect(res.body).toMatchObject({ status: 422, code: 'account_not_owned' });
  });

  it('lists outgoing shares filtered by status and account', async () => {
    const service = createTestService();
    const all = await call(service, tokens.a.admin, 'GET', '/shares');
    expect(all.body.total).toBe(2);
    const pending = await call(service, tokens.a.admin, 'GET', '/shares', {
      query: { status: ['pending', 'accepted'], accountId: acc.emeaSales },
    });
    expect(pending.body.items.map((s: { id: string }) => s.id)).toEqual([minuteShares.emeaToB]);
    const unknown = await call(service, tokens.b.admin, 'GET', '/shares', {
      query: { accountId: acc.poolA },
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 429 resend_too_soon with Retry-After, then resends after a minute', async () => {
    const service = createTestService();
    const sent = await call(service, tokens.a.admin, 'POST', '/shares', share(acc.poolA, 'owner@paid.test'));
    service.advance(15_000);
    const soon = await call(service, tokens.a.admin, 'POST', `/shares/${sent.body.id}/resend`);
    expect(soon).toMatchObject({ status: 429, body: { code: 'resend_too_soon' } });
    expect(soon.headers.get('Retry-After')).toBe('45');
    service.advance(45_000);
    const resent = await call(service, tokens.a.admin, 'POST', `/shares/${sent.body.id}/resend`);
    expect(resent).toMatchObject({ status: 200, body: { status: 'pending' } });
    expect(resent.body.lastSentAt).not.toBe(sent.body.lastSentAt);
  });

  it('answers 409 share_not_pending when resending an accepted share', async () => {
    const service = createTestService();
    const res = await call(service, tokens.a.admin, 'POST', `/shares/${minuteShares.berlinToB}/resend`);
    expect(res.body).toMatchObject({ status: 409, code: 'share_not_pending' });
  });

  it('revokes an accepted share: the recipient loses access, its default falls back', async () => {
    const service = createTestService();
    const res = await call(service, tokens.a.admin, 'POST', `/shares/${minuteShares.berlinToB}/cancel`);
    expect(res.body.status).toBe('revoked');
    const b = await call(service, tokens.b.admin, 'GET', '/minute-accounts');
    expect(b.body).toMatchObject({ defaultAccountId: acc.poolB, items: [{ id: acc.poolB }] });
    expect((await call(service, tokens.b.admin, 'GET', `/minute-accounts/${acc.teamBerlin}`)).status).toBe(
      404,
    );
    const again = await call(service, tokens.a.admin, 'POST', `/shares/${minuteShares.berlinToB}/cancel`);
    expect(again.body).toMatchObject({ status: 409, code: 'share_not_active' });
  });

  it('cancels a pending share; the recipient can no longer accept it', async () => {
    const service = createTestService();
    const res = await call(service, tokens.a.admin, 'POST', `/shares/${minuteShares.emeaToB}/cancel`);
    expect(res.body.status).toBe('cancelled');
    const accept = await call(
      service,
      tokens.b.admin,
      'POST',
      `/incoming-shares/${minuteShares.emeaToB}/accept`,
      {
        body: { setDefault: true },
      },
    );
    expect(accept.body).toMatchObject({ status: 409, code: 'share_not_pending' });
  });

  it('needs setDefault to accept (400) and keeps the default with false', async () => {
    const service = createTestService();
    const path = `/incoming-shares/${minuteShares.emeaToB}/accept`;
    expect((await call(service, tokens.b.admin, 'POST', path, { body: {} })).status).toBe(400);
    const res = await call(service, tokens.b.admin, 'POST', path, { body: { setDefault: false } });
    expect(res.body).toMatchObject({ share: { status: 'accepted' }, defaultAccountId: acc.teamBerlin });
  });

  it('declines a pending share, then answers 409 share_not_pending', async () => {
    const service = createTestService();
    const path = `/incoming-shares/${minuteShares.emeaToB}/decline`;
    expect((await call(service, tokens.b.admin, 'POST', path)).body.status).toBe('declined');
    expect((await call(service, tokens.b.admin, 'POST', path)).body).toMatchObject({
      status: 409,
      code: 'share_not_pending',
    });
  });

  it('answers 404 for a share of another portal on either side', async () => {
    const service = createTestService();
    expect(
      (await call(service, tokens.b.admin, 'POST', `/shares/${minuteShares.emeaToB}/cancel`)).status,
    ).toBe(404);
    const accept = await call(
      service,
      tokens.a.admin,
      'POST',
      `/incoming-shares/${minuteShares.emeaToB}/accept`,
      {
        body: { setDefault: true },
      },
    );
    expect(accept.status).toBe(404);
    expect(
      (await call(service, tokens.paid, 'POST', `/incoming-shares/${minuteShares.emeaToB}/decline`)).status,
    ).toBe(404);
  });

  it('answers 403 to a member for every share operation', async () => {
    const service = createTestService();
    const res = await call(service, tokens.b.member, 'GET', '/incoming-shares');
    expect(res).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const accept = await call(
      service,
      tokens.b.member,
      'POST',
      `/incoming-shares/${minuteShares.emeaToB}/accept`,
      {
        body: { setDefault: true },
      },
    );
    expect(accept.status).toBe(403);
  });
});
