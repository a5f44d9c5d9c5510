import { describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  blockersOf,
  declineInvitation,
  createInvitations,
  listIncomingInvitations,
  listInvitations,
  prorationOf,
  resendInvitation,
  revokeInvitation,
} from '../src/engine/invitations/index.js';
import { listCredits, listInvoices } from '../src/engine/billing/index.js';
import { getWorkspaceBilling, listMembers } from '../src/engine/workspace/index.js';
import { generatedUserId, portals, users } from '../src/scenarios/identity.js';
import { invitationIds } from '../src/scenarios/invitations.js';
import { comparable, ctxAs, DAY, failure, NOW, scenario } from './support/people.js';

describe('inviting existing users', () => {
  it('invites an existing user of another portal as a pending invitation for 30 days', () => {
    const state = scenario();
    const result = createInvitations(ctxAs(state, users.admin), {
      emails: ['Owner@Portal-B.test'],
      membership: { type: 'basic' },
    });
    expect(result).toMatchObject({ invitedCount: 1, failedCount: 0 });
    const item = result.results[0]!;
    expect(item.outcome).toBe('invited');
    if (item.outcome !== 'invited') return;
    expect(item.invitation).toMatchObject({
      email: 'owner@portal-b.test',
      invitee: { id: users.bAdmin },
      status: 'pending',
      invitedBy: { id: users.admin },
      acceptedAt: null,
      createdAt: new Date(NOW).toISOString(),
      expiresAt: new Date(NOW + 30 * DAY).toISOString(),
    });
  });

  it('answers per address: user_not_found, already_member and invitation_exists, inviting the others', () => {
    const state = scenario();
    const result = createInvitations(ctxAs(state, users.admin), {
      emails: ['nobody@nowhere.test', 'lina@portal-a.test', 'owner@paid.test', 'owner@portal-b.test'],
      membership: { type: 'basic' },
    });
    expect(result.results.map((r) => (r.outcome === 'failed' ? r.error.code : r.outcome))).toEqual([
      'user_not_found',
      'already_member',
      'invitation_exists',
      'invited',
    ]);
    expect(result).toMatchObject({ invitedCount: 1, failedCount: 3 });
    expect(result.results.map((r) => r.email)).toEqual([
      'nobody@nowhere.test',
      'lina@portal-a.test',
      'owner@paid.test',
      'owner@portal-b.test',
    ]);
  });

  it('rejects the same address twice (case-insensitively) as validation_failed and invites nobody', () => {
    const state = scenario();
    const before = comparable(state);
    const error = failure(() =>
      createInvitations(ctxAs(state, users.admin), {
        emails: ['owner@portal-b.test', 'OWNER@portal-b.test'],
        membership: { type: 'basic' },
      }),
    );
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(error.extra.errors).toEqual([
      expect.objectContaining({ pointer: '/emails/1', code: 'uniqueItems' }),
    ]);
    expect(comparable(state)).toEqual(before);
  });

  it('rejects more than 50 addresses', () => {
    const state = scenario();
    const emails = Array.from({ length: 51 }, (_, i) => `u${i}@x.test`);
    expect(
      failure(() => createInvitations(ctxAs(state, users.admin), { emails, membership: { type: 'basic' } })),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
  });

  it('answers 404 for a licensed membership naming a product outside the catalogue, inviting nobody', () => {
    const state = scenario();
    const before = comparable(state);
    expect(
      failure(() =>
        createInvitations(ctxAs(state, users.admin), {
          emails: ['owner@portal-b.test'],
          membership: { type: 'licensed', productIds: ['prd_nope'] },
        }),
      ),
    ).toMatchObject({ status: 404, code: 'not_found' });
    expect(comparable(state)).toEqual(before);
  });

  it('keeps a licensed membership with its products', () => {
    const state = scenario();
    const result = createInvitations(ctxAs(state, users.admin), {
      emails: ['owner@portal-b.test'],
      membership: { type: 'licensed', productIds: ['prd_connect'] },
      message: 'Welcome aboard',
    });
    const item = result.results[0]!;
    expect(item.outcome === 'invited' && item.invitation.membership).toEqual({
      type: 'licensed',
      productIds: ['prd_connect'],
    });
  });

  it('can invite an address again once its invitation was revoked or expired', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    revokeInvitation(ctx, { invitationId: invitationIds.aToNina });
    const again = createInvitations(ctx, { emails: ['nina@portal-b.test'], membership: { type: 'basic' } });
    expect(again.invitedCount).toBe(1);
    // B's admin had an invitation 45 days ago: expired, so a new one is allowed.
    const expired = createInvitations(ctx, {
      emails: ['owner@portal-b.test'],
      membership: { type: 'basic' },
    });
    expect(expired.invitedCount).toBe(1);
  });
});

describe('the pending list', () => {
  it('lists only pending invitations by default, newest first, with the total', () => {
    const state = scenario();
    const page = listInvitations(ctxAs(state, users.userManager), {});
    expect(page.items.map((i) => i.id)).toEqual([
      invitationIds.aToPaid,
      invitationIds.aToUnpaid,
      invitationIds.aToCancelling,
      invitationIds.aToLinked,
      invitationIds.aToNina,
    ]);
    expect(page.total).toBe(5);
    expect(page.items.every((i) => i.status === 'pending')).toBe(true);
  });

  it('filters by status: accepted, expired and revoked', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expect(listInvitations(ctx, { status: ['accepted'] }).items.map((i) => i.id)).toEqual([
      invitationIds.aAccepted,
    ]);
    expect(listInvitations(ctx, { status: ['expired'] }).items.map((i) => i.id)).toEqual([
      invitationIds.aExpired,
    ]);
    expect(listInvitations(ctx, { status: ['revoked'] }).items.map((i) => i.id)).toEqual([
      invitationIds.aRevoked,
    ]);
    expect(listInvitations(ctx, { status: ['pending', 'accepted', 'expired', 'revoked'] }).total).toBe(8);
  });

  it('shows an invitation as expired 30 days after it was last sent', () => {
    const state = scenario();
    const sentAt = NOW - 1 * DAY; // invt_a_paid was sent a day ago
    const justBefore = listInvitations(ctxAs(state, users.admin, sentAt + 30 * DAY - 1), {
      status: ['pending'],
    });
    expect(justBefore.items.some((i) => i.id === invitationIds.aToPaid)).toBe(true);
    const after = listInvitations(ctxAs(state, users.admin, sentAt + 30 * DAY), { status: ['expired'] });
    expect(after.items.some((i) => i.id === invitationIds.aToPaid)).toBe(true);
  });

  it('pages with a cursor', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const first = listInvitations(ctx, { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = listInvitations(ctx, { limit: 2, cursor: first.nextCursor! });
    expect(second.items[0]!.id).toBe(invitationIds.aToCancelling);
  });

  it("never shows another portal's invitations", () => {
    const state = scenario();
    const page = listInvitations(ctxAs(state, users.bAdmin), {});
    expect(page.items.map((i) => i.id)).toEqual([invitationIds.bToPaid]);
  });
});

describe('resend and revoke', () => {
  it('resending renews lastSentAt and the 30-day expiry', () => {
    const state = scenario();
    const later = NOW + 2 * DAY;
    const invitation = resendInvitation(ctxAs(state, users.admin, later), {
      invitationId: invitationIds.aToNina,
    });
    expect(invitation.lastSentAt).toBe(new Date(later).toISOString());
    expect(invitation.expiresAt).toBe(new Date(later + 30 * DAY).toISOString());
    expect(invitation.createdAt).toBe(new Date(NOW - 6 * DAY).toISOString());
  });

  it('resending keeps an invitation from expiring', () => {
    const state = scenario();
    resendInvitation(ctxAs(state, users.admin, NOW + 20 * DAY), { invitationId: invitationIds.aToNina });
    const page = listInvitations(ctxAs(state, users.admin, NOW + 40 * DAY), {});
    expect(page.items.map((i) => i.id)).toContain(invitationIds.aToNina);
  });

  it.each([
    ['expired', invitationIds.aExpired],
    ['revoked', invitationIds.aRevoked],
    ['accepted', invitationIds.aAccepted],
  ])('resending an %s invitation is 409 invitation_not_pending', (_, invitationId) => {
    const state = scenario();
    const before = comparable(state);
    expect(failure(() => resendInvitation(ctxAs(state, users.admin), { invitationId }))).toMatchObject({
      status: 409,
      code: 'invitation_not_pending',
    });
    expect(comparable(state)).toEqual(before);
  });

  it('revoking turns a pending invitation into revoked; revoking again is 409', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expect(revokeInvitation(ctx, { invitationId: invitationIds.aToNina }).status).toBe('revoked');
    expect(failure(() => revokeInvitation(ctx, { invitationId: invitationIds.aToNina }))).toMatchObject({
      status: 409,
      code: 'invitation_not_pending',
    });
  });

  it("answers 404 for another portal's invitation or an unknown one", () => {
    const state = scenario();
    const ctx = ctxAs(state, users.bAdmin);
    expect(failure(() => revokeInvitation(ctx, { invitationId: invitationIds.aToNina }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(failure(() => resendInvitation(ctx, { invitationId: 'invt_nope' }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});

describe('incoming invitations and their blockers', () => {
  it.each([
    [users.unpaidOwner, 'unpaid_invoices'],
    [users.cancellingOwner, 'pending_cancellation'],
    [users.linkedOwner, 'linked_users_exist'],
  ])('%s sees the blocker %s before accepting', (userId, code) => {
    const state = scenario();
    const page = listIncomingInvitations(ctxAs(state, userId), {});
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.fromPortal).toEqual({
      id: portals.a,
      name: 'Portal A',
      ownerEmail: 'owner@portal-a.test',
    });
    expect(page.items[0]!.blockers.map((b) => b.code)).toEqual([code]);
  });

  it('says how many users are still linked (error 1009)', () => {
    const state = scenario();
    const [invitation] = listIncomingInvitations(ctxAs(state, users.linkedOwner), {}).items;
    expect(invitation!.blockers[0]).toMatchObject({ code: 'linked_users_exist', linkedUserCount: 3 });
    // Named, so the invitee knows whom to remove, unlink or invite first.
    expect(
      (invitation!.blockers[0] as { linkedUsers: { name: string }[] }).linkedUsers.map((u) => u.name),
    ).toEqual(['Jonas Weber', 'Mara Klein', 'Tomás Ruiz']);
  });

  it('lists every blocker of an account at once, in the contract order', () => {
    const state = scenario();
    const portal = state.identity.portals.get(portals.linked)!;
    portal.hasUnpaidInvoices = true;
    portal.status = 'pending_cancellation';
    expect(blockersOf(portal).map((b) => b.code)).toEqual([
      'unpaid_invoices',
      'pending_cancellation',
      'linked_users_exist',
    ]);
  });

  it('offers the prorated settlement of a paid plan: price × unused days ÷ days in period, rounded down', () => {
    const state = scenario();
    const items = listIncomingInvitations(ctxAs(state, users.paidOwner), {}).items;
    expect(items.map((i) => i.id)).toEqual([invitationIds.aToPaid, invitationIds.bToPaid]);
    // The plan runs from 10 days ago to 20 days ahead, both ends included: 31 days, 20 of them unused.
    expect(items[0]!.settlement).toEqual({
      planPrice: { amount: 1499, currency: 'EUR' },
      unusedDays: 20,
      daysInPeriod: 31,
      proratedAmount: { amount: Math.floor((1499 * 20) / 31), currency: 'EUR' },
      refundAvailableBy: '2026-11-09',
    });
    expect(items[0]!.blockers).toEqual([]);
  });

  it('rounds the prorated amount down to the minor unit', () => {
    const state = scenario();
    const portal = state.identity.portals.get(portals.paid)!;
    portal.plan = { price: 1000, periodStart: '2026-11-01', periodEnd: '2026-11-03' };
    // 3 days, today (Nov 2) excluded: 1 unused day → 1000 / 3 = 333.33…
    expect(prorationOf(portal, NOW)).toMatchObject({
      unusedDays: 1,
      daysInPeriod: 3,
      proratedAmount: { amount: 333 },
    });
  });

  it('counts no unused days once the period is over', () => {
    const state = scenario();
    const portal = state.identity.portals.get(portals.paid)!;
    portal.plan = { price: 1000, periodStart: '2026-10-01', periodEnd: '2026-10-31' };
    expect(prorationOf(portal, NOW)).toMatchObject({ unusedDays: 0, proratedAmount: { amount: 0 } });
  });

  it('promises refunds within 5 business days (weekends skipped)', () => {
    const state = scenario();
    const friday = Date.UTC(2026, 10, 6, 12);
    expect(prorationOf(state.identity.portals.get(portals.paid)!, friday)!.refundAvailableBy).toBe(
      '2026-11-13',
    );
  });

  it('has no settlement for a free plan', () => {
    const state = scenario();
    const [invitation] = listIncomingInvitations(ctxAs(state, users.bMember), {}).items;
    expect(invitation).toMatchObject({ id: invitationIds.aToNina, blockers: [], settlement: null });
  });

  it('shows no blockers and no settlement once an invitation is no longer pending', () => {
    const state = scenario();
    const page = listIncomingInvitations(ctxAs(state, users.unpaidOwner), { status: ['revoked'] });
    expect(page.items).toEqual([
      expect.objectContaining({
        id: invitationIds.aRevoked,
        status: 'revoked',
        blockers: [],
        settlement: null,
      }),
    ]);
  });
});

describe('declining an invitation', () => {
  it('marks it declined for both sides and changes nothing else; it can no longer be accepted', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.paidOwner);
    const declined = declineInvitation(ctx, { invitationId: invitationIds.aToPaid });
    expect(declined).toMatchObject({
      id: invitationIds.aToPaid,
      status: 'declined',
      blockers: [],
      settlement: null,
    });
    expect(state.identity.users.get(users.paidOwner)!.portalId).toBe(portals.paid);
    expect(
      listInvitations(ctxAs(state, users.admin), { status: ['declined'] }).items.map((i) => i.id),
    ).toEqual([invitationIds.aToPaid]);
    expect(
      failure(() => acceptInvitation(ctx, { invitationId: invitationIds.aToPaid, settlement: 'refund' })),
    ).toMatchObject({
      status: 409,
      code: 'invitation_not_pending',
    });
    expect(failure(() => declineInvitation(ctx, { invitationId: invitationIds.aToPaid }))).toMatchObject({
      status: 409,
      code: 'invitation_not_pending',
    });
    expect(
      failure(() => revokeInvitation(ctxAs(state, users.admin), { invitationId: invitationIds.aToPaid })),
    ).toMatchObject({ code: 'invitation_not_pending' });
  });

  it('answers 404 for an invitation addressed to someone else, and changes nothing', () => {
    const state = scenario();
    const before = comparable(state);
    expect(
      failure(() =>
        declineInvitation(ctxAs(state, users.linkedOwner), { invitationId: invitationIds.aToPaid }),
      ),
    ).toMatchObject({ status: 404 });
    expect(comparable(state)).toEqual(before);
  });
});

describe('accepting an invitation', () => {
  it.each([
    [users.unpaidOwner, invitationIds.aToUnpaid, 'unpaid_invoices'],
    [users.cancellingOwner, invitationIds.aToCancelling, 'pending_cancellation'],
    [users.linkedOwner, invitationIds.aToLinked, 'linked_users_exist'],
  ])('%s is blocked with 409 %s and nothing changes', (userId, invitationId, code) => {
    const state = scenario();
    const before = comparable(state);
    const error = failure(() =>
      acceptInvitation(ctxAs(state, userId), { invitationId, settlement: 'refund' }),
    );
    expect(error).toMatchObject({ status: 409, code });
    expect(error.extra.members?.['blockers']).toEqual([expect.objectContaining({ code })]);
    expect(comparable(state)).toEqual(before);
  });

  it('names the first blocker as the code and lists all of them', () => {
    const state = scenario();
    state.identity.portals.get(portals.linked)!.hasUnpaidInvoices = true;
    const error = failure(() =>
      acceptInvitation(ctxAs(state, users.linkedOwner), { invitationId: invitationIds.aToLinked }),
    );
    expect(error.code).toBe('unpaid_invoices');
    expect((error.extra.members?.['blockers'] as { code: string }[]).map((b) => b.code)).toEqual([
      'unpaid_invoices',
      'linked_users_exist',
    ]);
  });

  it('requires a settlement choice on a paid plan (400 at /settlement)', () => {
    const state = scenario();
    const before = comparable(state);
    const error = failure(() =>
      acceptInvitation(ctxAs(state, users.paidOwner), { invitationId: invitationIds.aToPaid }),
    );
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(error.extra.errors).toEqual([
      expect.objectContaining({ pointer: '/settlement', code: 'required' }),
    ]);
    expect(comparable(state)).toEqual(before);
  });

  it('refunds the prorated amount to the original payment method and moves the user into the portal', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.paidOwner);
    const result = acceptInvitation(ctx, { invitationId: invitationIds.aToPaid, settlement: 'refund' });
    const amount = Math.floor((1499 * 20) / 31);
    expect(result.settlement).toEqual({
      type: 'refund',
      amount: { amount, currency: 'EUR' },
      expectedBy: '2026-11-09',
    });
    expect(result.portal.id).toBe(portals.a);
    expect(result.invitation).toMatchObject({ status: 'accepted', blockers: [], settlement: null });
    expect(state.billing.refunds).toEqual([expect.objectContaining({ userId: users.paidOwner, amount })]);
    expect(state.identity.users.get(users.paidOwner)).toMatchObject({ portalId: portals.a, role: 'member' });
    expect(state.identity.tokens.get('tok_paid')!.portalId).toBe(portals.a);
    // No credit for A with a refund.
    expect(listCredits(ctxAs(state, users.admin), {}).items.map((c) => c.reason)).toEqual(['adjustment']);
  });

  it('with transfer_credit, credits the inviting portal, applied to its next invoice', () => {
    const state = scenario();
    const result = acceptInvitation(ctxAs(state, users.paidOwner), {
      invitationId: invitationIds.aToPaid,
      settlement: 'transfer_credit',
    });
    const amount = Math.floor((1499 * 20) / 31);
    expect(result.settlement).toMatchObject({ type: 'transfer_credit', amount: { amount, currency: 'EUR' } });
    const credits = listCredits(ctxAs(state, users.admin), {}).items;
    expect(credits[0]).toEqual({
      id: result.settlement.type === 'transfer_credit' ? result.settlement.creditId : '',
      amount: { amount, currency: 'EUR' },
      reason: 'transfer_credit',
      sourceInvitationId: invitationIds.aToPaid,
      fromUser: { id: users.paidOwner, name: 'Paz Solo', email: 'owner@paid.test' },
      createdAt: new Date(NOW).toISOString(),
      appliesTo: 'next_invoice',
    });
    // On the 1st of next month the November invoice is issued with the credit deducted.
    const december = Date.UTC(2026, 11, 1, 8);
    const units = getWorkspaceBilling(ctxAs(state, users.admin, december - 1)).billedUnits.current;
    const invoices = listInvoices(ctxAs(state, users.admin, december), {}).items;
    expect(invoices[0]).toMatchObject({
      id: 'inv_a_2026_11',
      status: 'open',
      amount: { amount: units * 900 - amount },
    });
    expect(listCredits(ctxAs(state, users.admin, december), {}).items[0]!.appliesTo).toBe('inv_a_2026_11');
  });

  it('settles the plan once: the old account has no plan left to claim', () => {
    const state = scenario();
    acceptInvitation(ctxAs(state, users.paidOwner), {
      invitationId: invitationIds.aToPaid,
      settlement: 'refund',
    });
    expect(state.identity.portals.get(portals.paid)!.plan).toBeNull();
  });

  it('settles nothing for a free plan (settlement none, amount 0) and ignores a settlement choice', () => {
    const state = scenario();
    const result = acceptInvitation(ctxAs(state, users.bMember), {
      invitationId: invitationIds.aToNina,
      settlement: 'refund',
    });
    expect(result.settlement).toEqual({ type: 'none', amount: { amount: 0, currency: 'EUR' } });
    expect(state.billing.refunds).toEqual([]);
  });

  it('joins as an inactive member of the workspace (in no team), so billed units do not change', () => {
    const state = scenario();
    const before = getWorkspaceBilling(ctxAs(state, users.admin));
    acceptInvitation(ctxAs(state, users.bMember), { invitationId: invitationIds.aToNina });
    const after = getWorkspaceBilling(ctxAs(state, users.admin));
    expect(after.billedUnits).toEqual(before.billedUnits);
    expect(after.counts.inactiveMembers).toBe(before.counts.inactiveMembers + 1);
    const members = listMembers(ctxAs(state, users.admin), { q: 'nina', status: 'inactive' }).items;
    expect(members).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ id: users.bMember }), teamIds: [] }),
    ]);
    // …and left B's workspace.
    expect(getWorkspaceBilling(ctxAs(state, users.bAdmin)).counts.members).toBe(1);
  });

  it('leaves invitations from other portals pending', () => {
    const state = scenario();
    acceptInvitation(ctxAs(state, users.paidOwner), {
      invitationId: invitationIds.aToPaid,
      settlement: 'refund',
    });
    const pending = listIncomingInvitations(ctxAs(state, users.paidOwner), {}).items;
    expect(pending.map((i) => i.id)).toEqual([invitationIds.bToPaid]);
    // Now in A, on A's free plan: nothing to settle for B's invitation.
    expect(pending[0]!.settlement).toBeNull();
  });

  it('gives a licensed member one free license of each product on joining', () => {
    const state = scenario();
    acceptInvitation(ctxAs(state, users.paidOwner), {
      invitationId: invitationIds.aToPaid,
      settlement: 'refund',
    });
    const held = state.licenses.held.get(users.paidOwner);
    const licenseId = held?.get('prd_connect');
    expect(licenseId).toBeDefined();
    expect(state.licenses.licenses.get(licenseId!)).toMatchObject({
      portalId: portals.a,
      assigneeId: users.paidOwner,
    });
  });

  it('makes the invitation accepted in the inviting portal’s list', () => {
    const state = scenario();
    acceptInvitation(ctxAs(state, users.bMember), { invitationId: invitationIds.aToNina });
    const accepted = listInvitations(ctxAs(state, users.admin), { status: ['accepted'] }).items;
    expect(accepted[0]).toMatchObject({
      id: invitationIds.aToNina,
      status: 'accepted',
      acceptedAt: new Date(NOW).toISOString(),
    });
  });

  it('answers 409 invitation_not_pending once it expired (30 days) and changes nothing', () => {
    const state = scenario();
    const later = NOW + 30 * DAY;
    const before = comparable(state);
    expect(
      failure(() =>
        acceptInvitation(ctxAs(state, users.bMember, later), { invitationId: invitationIds.aToNina }),
      ),
    ).toMatchObject({ status: 409, code: 'invitation_not_pending' });
    expect(comparable(state)).toEqual(before);
  });

  it('answers 409 invitation_not_pending for a revoked invitation, and no blockers then', () => {
    const state = scenario();
    const error = failure(() =>
      acceptInvitation(ctxAs(state, users.unpaidOwner), { invitationId: invitationIds.aRevoked }),
    );
    expect(error).toMatchObject({ status: 409, code: 'invitation_not_pending' });
    expect(error.extra.members?.['blockers']).toBeUndefined();
  });

  it("answers 404 for someone else's invitation", () => {
    const state = scenario();
    expect(
      failure(() =>
        acceptInvitation(ctxAs(state, users.bMember), {
          invitationId: invitationIds.aToPaid,
          settlement: 'refund',
        }),
      ),
    ).toMatchObject({ status: 404, code: 'not_found' });
    expect(
      failure(() => acceptInvitation(ctxAs(state, generatedUserId(2)), { invitationId: 'invt_nope' })),
    ).toMatchObject({
      status: 404,
    });
  });
});
