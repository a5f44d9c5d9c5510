import { describe, expect, it } from 'vitest';
import {
  acceptShare,
  cancelShare,
  createProject,
  createShare,
  declineShare,
  getMinuteAccount,
  listIncomingShares,
  listMinuteAccounts,
  listOutgoingShares,
  recordUsage,
  resendShare,
  transferMinutes,
} from '../src/engine/minutes/index.js';
import { portals, users } from '../src/scenarios/index.js';
import { minuteAccounts as acc, minuteShares } from '../src/scenarios/minutes.js';
import {
  NOW,
  ctxAs,
  expectFailure,
  minutesViolations,
  scenario,
  snapshotMinutes,
} from './support/minutes.js';

const SECOND = 1000;

describe('createShare', () => {
  it('invites the portal with this owner e-mail; the share starts pending', () => {
    const state = scenario();
    const share = createShare(ctxAs(state, users.admin), {
      accountId: acc.poolA,
      recipientEmail: 'owner@paid.test',
    });
    expect(share).toMatchObject({
      accountId: acc.poolA,
      accountTitle: 'Primary pool',
      accountKind: 'pool',
      // What the recipient is offered: the pool's balance today.
      accountBalance: 1000,
      sender: { id: portals.a, ownerEmail: 'owner@portal-a.test' },
      recipient: { id: portals.paid },
      status: 'pending',
      createdAt: new Date(NOW).toISOString(),
      lastSentAt: new Date(NOW).toISOString(),
      resendAvailableAt: new Date(NOW + 60 * SECOND).toISOString(),
      respondedAt: null,
    });
  });

  it('shares a fixed number of minutes as create project → transfer → share', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const { account } = createProject(ctx, { title: 'For Solo Studio' });
    transferMinutes(ctx, { fromAccountId: acc.poolA, toAccountId: account.id, minutes: 120 });
    const share = createShare(ctx, { accountId: account.id, recipientEmail: 'owner@paid.test' });
    // The recipient is offered the project's 120 minutes.
    expect(share).toMatchObject({ accountKind: 'project', accountBalance: 120 });
    const list = listMinuteAccounts(ctx);
    expect(list.items.find((a) => a.id === acc.poolA)?.balance).toBe(880);
    expect(list.items.find((a) => a.id === account.id)).toMatchObject({ balance: 120, activeShareCount: 1 });
  });

  it('finds the portal whatever the e-mail’s case', () => {
    const state = scenario();
    const share = createShare(ctxAs(state, users.admin), {
      accountId: acc.poolA,
      recipientEmail: 'Owner@Paid.TEST',
    });
    expect(share.recipient.id).toBe(portals.paid);
  });

  it('answers 422 portal_not_found for an unknown e-mail and creates nothing', () => {
    const state = scenario();
    const before = snapshotMinutes(state);
    const error = expectFailure(
      () =>
        createShare(ctxAs(state, users.admin), {
          accountId: acc.poolA,
          recipientEmail: 'nobody@nowhere.test',
        }),
      422,
      'portal_not_found',
    );
    expect(error.detail).toContain('No e-mail was sent');
    expect(snapshotMinutes(state)).toEqual(before);
  });

  it('answers 422 cannot_share_with_self for the own portal’s e-mail', () => {
    const state = scenario();
    expectFailure(
      () =>
        createShare(ctxAs(state, users.admin), {
          accountId: acc.poolA,
          recipientEmail: 'owner@portal-a.test',
        }),
      422,
      'cannot_share_with_self',
    );
  });

  it('answers 409 share_exists for a pending or accepted share of the same account with the same portal', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expectFailure(
      () => createShare(ctx, { accountId: acc.emeaSales, recipientEmail: 'owner@portal-b.test' }),
      409,
      'share_exists',
    );
    expectFailure(
      () => createShare(ctx, { accountId: acc.teamBerlin, recipientEmail: 'owner@portal-b.test' }),
      409,
      'share_exists',
    );
    // Another portal, or another account, is fine.
    createShare(ctx, { accountId: acc.emeaSales, recipientEmail: 'owner@paid.test' });
    createShare(ctx, { accountId: acc.poolA, recipientEmail: 'owner@portal-b.test' });
  });

  it('lets the sender share again after a decline or a cancel', () => {
    const state = scenario();
    declineShare(ctxAs(state, users.bAdmin), minuteShares.emeaToB);
    const again = createShare(ctxAs(state, users.admin), {
      accountId: acc.emeaSales,
      recipientEmail: 'owner@portal-b.test',
    });
    cancelShare(ctxAs(state, users.admin), again.id);
    expect(
      createShare(ctxAs(state, users.admin), {
        accountId: acc.emeaSales,
        recipientEmail: 'owner@portal-b.test',
      }).status,
    ).toBe('pending');
  });

  it('answers 422 account_not_owned when the recipient re-shares a shared account', () => {
    const state = scenario();
    expectFailure(
      () =>
        createShare(ctxAs(state, users.bAdmin), {
          accountId: acc.teamBerlin,
          recipientEmail: 'owner@paid.test',
        }),
      422,
      'account_not_owned',
    );
  });

  it('answers 404 for another portal’s account', () => {
    const state = scenario();
    expectFailure(
      () =>
        createShare(ctxAs(state, users.bAdmin), { accountId: acc.poolA, recipientEmail: 'owner@paid.test' }),
      404,
      'not_found',
    );
  });
});

describe('listOutgoingShares', () => {
  it('lists the portal’s shares newest first with the total', () => {
    const state = scenario();
    const page = listOutgoingShares(ctxAs(state, users.admin));
    expect(page.items.map((s) => s.id)).toEqual([minuteShares.emeaToB, minuteShares.berlinToB]);
    expect(page).toMatchObject({ total: 2, nextCursor: null });
  });

  it('filters by status and by account, and pages with a cursor', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expect(listOutgoingShares(ctx, { status: ['accepted'] }).items.map((s) => s.id)).toEqual([
      minuteShares.berlinToB,
    ]);
    expect(listOutgoingShares(ctx, { accountId: acc.emeaSales }).items.map((s) => s.id)).toEqual([
      minuteShares.emeaToB,
    ]);
    const first = listOutgoingShares(ctx, { limit: 1 });
    expect(first).toMatchObject({ total: 2, items: [{ id: minuteShares.emeaToB }] });
    const second = listOutgoingShares(ctx, { limit: 1, cursor: first.nextCursor ?? undefined });
    expect(second).toMatchObject({ nextCursor: null, items: [{ id: minuteShares.berlinToB }] });
  });

  it('gives an empty page for an account shared with the caller, and 404 for one it cannot read', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.bAdmin);
    expect(listOutgoingShares(ctx, { accountId: acc.teamBerlin })).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
    expectFailure(() => listOutgoingShares(ctx, { accountId: acc.emeaSales }), 404, 'not_found');
    expect(listOutgoingShares(ctx).total).toBe(0);
  });
});

describe('resendShare', () => {
  it('answers 429 resend_too_soon within a minute, with the seconds to wait', () => {
    const state = scenario();
    const share = createShare(ctxAs(state, users.admin), {
      accountId: acc.poolA,
      recipientEmail: 'owner@paid.test',
    });
    const error = expectFailure(
      () => resendShare(ctxAs(state, users.admin, NOW + 20 * SECOND), share.id),
      429,
      'resend_too_soon',
    );
    expect(error.extra.retryAfter).toBe(40);
    const atOnce = expectFailure(
      () => resendShare(ctxAs(state, users.admin), share.id),
      429,
      'resend_too_soon',
    );
    expect(atOnce.extra.retryAfter).toBe(60);
  });

  it('resends after a minute and moves lastSentAt and resendAvailableAt on', () => {
    const state = scenario();
    const later = NOW + 60 * SECOND;
    const share = createShare(ctxAs(state, users.admin), {
      accountId: acc.poolA,
      recipientEmail: 'owner@paid.test',
    });
    const resent = resendShare(ctxAs(state, users.admin, later), share.id);
    expect(resent).toMatchObject({
      lastSentAt: new Date(later).toISOString(),
      resendAvailableAt: new Date(later + 60 * SECOND).toISOString(),
      createdAt: share.createdAt,
    });
    expectFailure(
      () => resendShare(ctxAs(state, users.admin, later + 59 * SECOND), share.id),
      429,
      'resend_too_soon',
    );
  });

  it('resends the seeded pending share at once (sent two days ago)', () => {
    const state = scenario();
    expect(resendShare(ctxAs(state, users.admin), minuteShares.emeaToB).status).toBe('pending');
  });

  it('answers 409 share_not_pending for a share that is no longer pending', () => {
    const state = scenario();
    const error = expectFailure(
      () => resendShare(ctxAs(state, users.admin), minuteShares.berlinToB),
      409,
      'share_not_pending',
    );
    expect(error.detail).toContain('Portal B');
  });

  it('answers 404 for a share the caller did not send', () => {
    const state = scenario();
    expectFailure(() => resendShare(ctxAs(state, users.bAdmin), minuteShares.emeaToB), 404, 'not_found');
    expectFailure(() => resendShare(ctxAs(state, users.admin), 'shr_nope'), 404, 'not_found');
  });
});

describe('cancelShare', () => {
  it('cancels a pending share', () => {
    const state = scenario();
    const share = cancelShare(ctxAs(state, users.admin), minuteShares.emeaToB);
    expect(share).toMatchObject({ status: 'cancelled', resendAvailableAt: null, respondedAt: null });
    expect(listIncomingShares(ctxAs(state, users.bAdmin), { status: ['pending'] }).total).toBe(0);
  });

  it('revokes an accepted share: the recipient loses access and its default falls back to its pool', () => {
    const state = scenario();
    const balances = snapshotMinutes(state).accounts;
    expect(cancelShare(ctxAs(state, users.admin), minuteShares.berlinToB).status).toBe('revoked');
    const b = ctxAs(state, users.bAdmin);
    expect(listMinuteAccounts(b)).toMatchObject({ defaultAccountId: acc.poolB, items: [{ id: acc.poolB }] });
    expectFailure(() => getMinuteAccount(b, acc.teamBerlin), 404, 'not_found');
    expectFailure(() => recordUsage(b, { accountId: acc.teamBerlin, minutes: 1 }), 404, 'not_found');
    // No minutes move: the account stays with the sender.
    expect(state.minutes.accounts).toEqual(balances);
  });

  it('leaves the recipient’s default alone when the revoked account was not its default', () => {
    const state = scenario();
    acceptShare(ctxAs(state, users.bAdmin), minuteShares.emeaToB, { setDefault: false });
    cancelShare(ctxAs(state, users.admin), minuteShares.emeaToB);
    expect(listMinuteAccounts(ctxAs(state, users.bAdmin)).defaultAccountId).toBe(acc.teamBerlin);
  });

  it('answers 409 share_not_active for a share already cancelled, declined or revoked', () => {
    const state = scenario();
    const a = ctxAs(state, users.admin);
    cancelShare(a, minuteShares.berlinToB);
    expectFailure(() => cancelShare(a, minuteShares.berlinToB), 409, 'share_not_active');
    declineShare(ctxAs(state, users.bAdmin), minuteShares.emeaToB);
    expectFailure(() => cancelShare(a, minuteShares.emeaToB), 409, 'share_not_active');
  });

  it('answers 404 when the recipient tries to cancel', () => {
    const state = scenario();
    expectFailure(() => cancelShare(ctxAs(state, users.bAdmin), minuteShares.berlinToB), 404, 'not_found');
  });
});

describe('listIncomingShares', () => {
  it('lists the shares sent to the caller’s portal, newest first, by status', () => {
    const state = scenario();
    const b = ctxAs(state, users.bAdmin);
    expect(listIncomingShares(b).items.map((s) => s.id)).toEqual([
      minuteShares.emeaToB,
      minuteShares.berlinToB,
    ]);
    expect(listIncomingShares(b, { status: ['pending'] })).toMatchObject({
      total: 1,
      items: [{ id: minuteShares.emeaToB }],
    });
    expect(listIncomingShares(ctxAs(state, users.admin)).total).toBe(0);
  });
});

describe('acceptShare', () => {
  it('accepts with setDefault: the account appears as shared and becomes the default', () => {
    const state = scenario();
    const b = ctxAs(state, users.bAdmin);
    const result = acceptShare(b, minuteShares.emeaToB, { setDefault: true });
    expect(result).toMatchObject({
      share: { status: 'accepted', respondedAt: new Date(NOW).toISOString(), resendAvailableAt: null },
      account: { id: acc.emeaSales, access: 'shared', isDefault: true, balance: 120 },
      defaultAccountId: acc.emeaSales,
    });
    expect(listMinuteAccounts(b).items.map((a) => a.id)).toContain(acc.emeaSales);
    recordUsage(b, { accountId: acc.emeaSales, minutes: 20 });
    expect(minutesViolations(state)).toEqual([]);
  });

  it('keeps the default with setDefault false', () => {
    const state = scenario();
    expect(
      acceptShare(ctxAs(state, users.bAdmin), minuteShares.emeaToB, { setDefault: false }),
    ).toMatchObject({
      account: { isDefault: false },
      defaultAccountId: acc.teamBerlin,
    });
  });

  it('answers 409 share_not_pending for an accepted, declined or cancelled share', () => {
    const state = scenario();
    const b = ctxAs(state, users.bAdmin);
    expectFailure(
      () => acceptShare(b, minuteShares.berlinToB, { setDefault: true }),
      409,
      'share_not_pending',
    );
    cancelShare(ctxAs(state, users.admin), minuteShares.emeaToB);
    const error = expectFailure(
      () => acceptShare(b, minuteShares.emeaToB, { setDefault: true }),
      409,
      'share_not_pending',
    );
    expect(error.detail).toContain('Portal A cancelled');
  });

  it('answers 404 for a share sent to another portal', () => {
    const state = scenario();
    expectFailure(
      () => acceptShare(ctxAs(state, users.admin), minuteShares.emeaToB, { setDefault: true }),
      404,
      'not_found',
    );
    expectFailure(
      () => acceptShare(ctxAs(state, users.paidOwner), minuteShares.emeaToB, { setDefault: true }),
      404,
      'not_found',
    );
  });
});

describe('declineShare', () => {
  it('declines a pending share; nothing changes in the recipient’s accounts', () => {
    const state = scenario();
    const b = ctxAs(state, users.bAdmin);
    const accounts = listMinuteAccounts(b);
    expect(declineShare(b, minuteShares.emeaToB)).toMatchObject({
      status: 'declined',
      respondedAt: new Date(NOW).toISOString(),
    });
    expect(listMinuteAccounts(b)).toEqual(accounts);
  });

  it('answers 409 share_not_pending once answered, and 404 for another portal’s share', () => {
    const state = scenario();
    const b = ctxAs(state, users.bAdmin);
    declineShare(b, minuteShares.emeaToB);
    expectFailure(() => declineShare(b, minuteShares.emeaToB), 409, 'share_not_pending');
    expectFailure(() => declineShare(ctxAs(state, users.admin), minuteShares.berlinToB), 404, 'not_found');
  });
});

describe('a shared account', () => {
  it('lets the recipient spend but not transfer, share, edit or delete (account_not_owned)', () => {
    const state = scenario();
    const b = ctxAs(state, users.bAdmin);
    expect(recordUsage(b, { accountId: acc.teamBerlin, minutes: 10 }).entry.balanceAfter).toBe(230);
    expectFailure(
      () => transferMinutes(b, { fromAccountId: acc.teamBerlin, toAccountId: acc.poolB, minutes: 10 }),
      422,
      'account_not_owned',
    );
    expectFailure(
      () => createShare(b, { accountId: acc.teamBerlin, recipientEmail: 'owner@paid.test' }),
      422,
      'account_not_owned',
    );
  });
});
