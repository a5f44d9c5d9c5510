import type { Schema } from '@allot/contract';
import type { Ctx } from '../context.js';
import { DomainError, fail, notFound } from '../errors.js';
import { nextId } from '../ids.js';
import type { PortalRecord } from '../identity/model.js';
import { assignTo } from '../licenses/store.js';
import { paginate } from '../paging.js';
import type { State } from '../state.js';
import { addCredit } from '../billing/invoices.js';
import { addBusinessDays, dateOnly, daysBetween } from '../billing/calendar.js';
import { addMember, releaseSeats, removeMember } from '../workspace/core.js';
import { workspaceOf } from '../workspace/sync.js';
import {
  copyMembership,
  inviterRef,
  iso,
  INVITATION_TTL_MS,
  newestFirst,
  requirePending,
  statusAt,
} from './invitations.js';
import { blockersOf } from './blockers.js';
import type { InvitationRecord } from './model.js';

export { blockersOf };

type Blocker = Schema<'InvitationBlocker'>;

type InvitationStatus = Schema<'InvitationStatus'>;

/** Refunds reach the original payment method within 3–5 business days; we promise the later bound. */
export const REFUND_BUSINESS_DAYS = 5;

/**
 * The prorated refund or credit for the unused part of the portal's paid plan (null for a free plan):
 * price × unused days ÷ days in the period, rounded down to the minor unit. The plan's period is inclusive
 * at both ends; unused days are those after today up to the period's last day.
 */
export function prorationOf(portal: PortalRecord, now: number): Schema<'InvitationProration'> | null {
  const plan = portal.plan;
  if (!plan) return null;
  const daysInPeriod = Math.max(1, daysBetween(plan.periodStart, plan.periodEnd) + 1);
  const unusedDays = Math.min(daysInPeriod, Math.max(0, daysBetween(dateOnly(now), plan.periodEnd)));
  return {
    planPrice: { amount: plan.price, currency: portal.currency },
    unusedDays,
    daysInPeriod,
    proratedAmount: {
      amount: Math.floor((plan.price * unusedDays) / daysInPeriod),
      currency: portal.currency,
    },
    refundAvailableBy: addBusinessDays(now, REFUND_BUSINESS_DAYS),
  };
}

function portalRef(state: State, portalId: string): Schema<'PortalRef'> {
  const portal = state.identity.portals.get(portalId);
  return {
    id: portalId,
    name: portal?.name ?? portalId,
    ownerEmail: portal?.ownerEmail ?? `${portalId}@portals.invalid`,
  };
}

/** The invitation as its invitee sees it; blockers and settlement are computed from their current account. */
function renderIncoming(
  state: State,
  invitation: InvitationRecord,
  currentPortal: PortalRecord,
  now: number,
): Schema<'IncomingInvitation'> {
  const status = statusAt(invitation, now);
  const pending = status === 'pending';
  return {
    id: invitation.id,
    fromPortal: portalRef(state, invitation.portalId),
    invitedBy: inviterRef(state, invitation.invitedByUserId),
    membership: copyMembership(invitation.membership),
    status,
    expiresAt: iso(invitation.lastSentAt + INVITATION_TTL_MS),
    blockers: pending ? blockersOf(currentPortal) : [],
    settlement: pending ? prorationOf(currentPortal, now) : null,
  };
}

function currentPortalOf(ctx: Ctx): PortalRecord {
  return ctx.state.identity.portals.get(ctx.actor.user.portalId) ?? ctx.actor.portal;
}

export function listIncomingInvitations(
  ctx: Ctx,
  input: { status?: InvitationStatus[] | undefined; cursor?: string | undefined; limit?: number | undefined },
): Schema<'IncomingInvitationPage'> {
  const wanted = new Set<InvitationStatus>(input.status ?? ['pending']);
  const current = currentPortalOf(ctx);
  const matches = ctx.state.invitations.all
    .filter((i) => i.inviteeUserId === ctx.actor.user.id && wanted.has(statusAt(i, ctx.now)))
    .sort(newestFirst);
  const page = paginate(matches, input.cursor, input.limit);
  return {
    items: page.items.map((i) => renderIncoming(ctx.state, i, current, ctx.now)),
    nextCursor: page.nextCursor,
  };
}

/** A 409 naming the first blocker, with every blocker listed (the problem's `blockers`). */
export class InvitationBlockedError extends DomainError {
  constructor(readonly blockers: [Blocker, ...Blocker[]]) {
    // The problem body carries `blockers` beside `code`, as an extension member.
    super(409, blockers[0].code, blockers[0].detail, { members: { blockers } });
  }
}

/** One free license of each product in the portal, to the user; products with none free are skipped. */
function licenseOnJoining(
  state: State,
  portalId: string,
  userId: string,
  productIds: readonly string[],
): void {
  const pool = state.licenses.byPortal.get(portalId) ?? [];
  for (const productId of productIds) {
    const product = state.licenses.products.get(productId);
    if (!product || state.licenses.held.get(userId)?.has(productId)) continue;
    const free = pool.find((l) => l.productId === productId && l.assigneeId === null);
    if (!free) continue;
    const toggles: Record<string, boolean> = {};
    for (const feature of product.features) toggles[feature.key] = feature.defaultEnabled;
    assignTo(state, free, userId, toggles);
  }
}

/** pending → declined, by its invitee: the inviting portal sees it, and nothing else changes. */
export function declineInvitation(ctx: Ctx, input: { invitationId: string }): Schema<'IncomingInvitation'> {
  const invitation = ctx.state.invitations.byId.get(input.invitationId);
  if (!invitation || invitation.inviteeUserId !== ctx.actor.user.id) return notFound('invitation');
  requirePending(invitation, ctx.now, 'declined');
  invitation.status = 'declined';
  return renderIncoming(ctx.state, invitation, currentPortalOf(ctx), ctx.now);
}

export function acceptInvitation(
  ctx: Ctx,
  input: { invitationId: string; settlement?: 'refund' | 'transfer_credit' | undefined },
): Schema<'InvitationAcceptance'> {
  const { state } = ctx;
  const user = ctx.actor.user;
  const invitation = state.invitations.byId.get(input.invitationId);
  if (!invitation || invitation.inviteeUserId !== user.id) return notFound('invitation');
  requirePending(invitation, ctx.now, 'accepted');
  const current = currentPortalOf(ctx);
  const [firstBlocker, ...otherBlockers] = blockersOf(current);
  if (firstBlocker) throw new InvitationBlockedError([firstBlocker, ...otherBlockers]);
  const proration = prorationOf(current, ctx.now);
  if (proration && input.settlement === undefined) {
    fail(
      400,
      'validation_failed',
      'Your plan is paid: choose a refund or a transfer credit for its unused part.',
      {
        errors: [
          {
            pointer: '/settlement',
            code: 'required',
            message: 'must be refund or transfer_credit on a paid plan',
          },
        ],
      },
    );
  }

  // Every check passed: from here on the acceptance happens as a whole.
  let settlement: Schema<'InvitationSettlement'>;
  if (!proration) {
    settlement = { type: 'none', amount: { amount: 0, currency: current.currency } };
  } else if (input.settlement === 'refund') {
    state.billing.refunds.push({
      id: nextId(state, 'rf'),
      userId: user.id,
      fromPortalId: current.id,
      invitationId: invitation.id,
      amount: proration.proratedAmount.amount,
      currency: proration.proratedAmount.currency,
      createdAt: iso(ctx.now),
      expectedBy: proration.refundAvailableBy,
    });
    settlement = {
      type: 'refund',
      amount: { ...proration.proratedAmount },
      expectedBy: proration.refundAvailableBy,
    };
  } else {
    const credit = addCredit(state, {
      portalId: invitation.portalId,
      amount: proration.proratedAmount.amount,
      currency: proration.proratedAmount.currency,
      reason: 'transfer_credit',
      sourceInvitationId: invitation.id,
      fromUser: { id: user.id, name: user.name, email: user.email },
      createdAt: iso(ctx.now),
    });
    settlement = { type: 'transfer_credit', amount: { ...proration.proratedAmount }, creditId: credit.id };
  }
  // The unused part of the plan is settled: it cannot be claimed a second time.
  if (proration && current.ownerEmail.toLowerCase() === user.email.toLowerCase()) current.plan = null;

  const target = workspaceOf(state, invitation.portalId, ctx.now);
  if (current.id !== invitation.portalId) {
    const previous = workspaceOf(state, current.id, ctx.now);
    const memberId = previous.memberByUser.get(user.id);
    const member = memberId === undefined ? undefined : previous.members.get(memberId);
    if (member) removeMember(previous, member);
    // Licenses and queue seats stay with the account the user leaves (they do not move with the user).
    releaseSeats(state, current.id, user.id);
    // The user moves with their sessions: their tokens now act in the portal they joined, as a member.
    user.portalId = invitation.portalId;
    user.role = 'member';
    for (const token of state.identity.tokens.values()) {
      if (token.userId === user.id) token.portalId = invitation.portalId;
    }
  }
  if (!target.memberByUser.has(user.id)) {
    addMember(state, target, user.id, { joinedAt: iso(ctx.now), lastSeenAt: iso(ctx.now) });
  }
  if (invitation.membership.type === 'licensed') {
    licenseOnJoining(state, invitation.portalId, user.id, invitation.membership.productIds);
  }
  invitation.status = 'accepted';
  invitation.acceptedAt = ctx.now;

  const joined = state.identity.portals.get(invitation.portalId) ?? current;
  return {
    invitation: renderIncoming(state, invitation, joined, ctx.now),
    portal: portalRef(state, invitation.portalId),
    settlement,
  };
}
