import type { Schema } from '@allot/contract';
import type { Ctx } from '../context.js';
import { fail, notFound } from '../errors.js';
import { nextId } from '../ids.js';
import type { UserRecord } from '../identity/model.js';
import { paginate } from '../paging.js';
import type { State } from '../state.js';
import { isWorkspaceMember } from '../workspace/core.js';
import { blockersOf } from './blockers.js';
import type { InvitationRecord } from './model.js';

type InvitationStatus = Schema<'InvitationStatus'>;

/** An invitation is pending for 30 days after it was last sent. */
export const INVITATION_TTL_MS = 30 * 24 * 3600 * 1000;

/** Batches are capped by the contract; the engine checks again for callers that skip the HTTP layer. */
export const MAX_BATCH = 50;

/** The status as of `now`: a pending invitation past its expiry reads as `expired` (nothing is stored). */
export function statusAt(invitation: InvitationRecord, now: number): InvitationStatus {
  if (invitation.status === 'pending' && now >= invitation.lastSentAt + INVITATION_TTL_MS) return 'expired';
  return invitation.status;
}

export function userRef(state: State, userId: string): Schema<'UserRef'> | null {
  const user = state.identity.users.get(userId);
  return user ? { id: user.id, name: user.name, email: user.email } : null;
}

/** A UserRef that never fails: who invited stays readable even if that account is gone. */
function inviterRef(state: State, userId: string): Schema<'UserRef'> {
  return userRef(state, userId) ?? { id: userId, name: userId, email: `${userId}@users.invalid` };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function copyMembership(membership: Schema<'InvitationMembership'>): Schema<'InvitationMembership'> {
  return membership.type === 'basic'
    ? { type: 'basic' }
    : { type: 'licensed', productIds: [...membership.productIds] };
}

export function renderInvitation(
  state: State,
  invitation: InvitationRecord,
  now: number,
): Schema<'Invitation'> {
  const status = statusAt(invitation, now);
  return {
    id: invitation.id,
    email: invitation.email,
    invitee: userRef(state, invitation.inviteeUserId),
    membership: copyMembership(invitation.membership),
    status,
    invitedBy: inviterRef(state, invitation.invitedByUserId),
    createdAt: iso(invitation.createdAt),
    expiresAt: iso(invitation.lastSentAt + INVITATION_TTL_MS),
    lastSentAt: iso(invitation.lastSentAt),
    acceptedAt: invitation.acceptedAt === null ? null : iso(invitation.acceptedAt),
    blockedBy: status === 'pending' ? blockedBy(state, invitation) : [],
  };
}

/**
 * What stops the invitee from accepting right now, as codes only: the inviting portal may know that the
 * invitee must act first, not the details of the invitee's own account (its invoices, its linked users).
 */
function blockedBy(state: State, invitation: InvitationRecord): Schema<'InvitationBlockerCode'>[] {
  const user = invitation.inviteeUserId ? state.identity.users.get(invitation.inviteeUserId) : undefined;
  const portal = user && state.identity.portals.get(user.portalId);
  return portal ? blockersOf(portal).map((blocker) => blocker.code) : [];
}

export { copyMembership, inviterRef, iso };

/** Newest first (creation time, then id). */
export function newestFirst(a: InvitationRecord, b: InvitationRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The inviting portal's pending invitation for a user, if any. */
function pendingFor(
  state: State,
  portalId: string,
  userId: string,
  now: number,
): InvitationRecord | undefined {
  return state.invitations.all.find(
    (i) => i.portalId === portalId && i.inviteeUserId === userId && statusAt(i, now) === 'pending',
  );
}

function usersByEmail(state: State, emails: ReadonlySet<string>): Map<string, UserRecord> {
  const found = new Map<string, UserRecord>();
  for (const user of state.identity.users.values()) {
    const email = user.email.toLowerCase();
    if (emails.has(email)) found.set(email, user);
  }
  return found;
}

const USER_NOT_FOUND: Schema<'InvitationBatchFailure'> = {
  code: 'user_not_found',
  detail: 'No existing user has this e-mail; only existing users can be invited.',
};

/** Why an existing user cannot be invited into the portal now, or null if they can. */
function whyNotInvitable(
  state: State,
  portalId: string,
  user: UserRecord,
  now: number,
): Schema<'InvitationBatchFailure'> | null {
  if (isWorkspaceMember(state, portalId, user.id)) {
    return { code: 'already_member', detail: `${user.name} is already a member of this portal.` };
  }
  if (pendingFor(state, portalId, user.id, now)) {
    return {
      code: 'invitation_exists',
      detail: `${user.name} already has a pending invitation; resend it instead.`,
    };
  }
  return null;
}

export interface CreateInvitationsInput {
  emails: string[];
  membership: Schema<'InvitationMembership'>;
  message?: string | undefined;
}

/**
 * Invites existing users by e-mail. Whole-request problems (duplicates, unknown products) invite nobody;
 * otherwise each address gets its own outcome and the call succeeds (partial success).
 */
export function createInvitations(ctx: Ctx, input: CreateInvitationsInput): Schema<'InvitationBatchResult'> {
  const { state } = ctx;
  const portalId = ctx.actor.portal.id;
  if (input.emails.length === 0 || input.emails.length > MAX_BATCH) {
    fail(400, 'validation_failed', `Send between 1 and ${MAX_BATCH} e-mail addresses.`, {
      errors: [
        {
          pointer: '/emails',
          code: input.emails.length === 0 ? 'minItems' : 'maxItems',
          message: `must have 1 to ${MAX_BATCH} items`,
        },
      ],
    });
  }
  const seen = new Map<string, number>();
  input.emails.forEach((email, index) => {
    const key = email.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      fail(
        400,
        'validation_failed',
        'The same address is listed twice (addresses are compared case-insensitively).',
        {
          errors: [{ pointer: `/emails/${index}`, code: 'uniqueItems', message: `repeats /emails/${first}` }],
        },
      );
    }
    seen.set(key, index);
  });
  if (input.membership.type === 'licensed') {
    input.membership.productIds.forEach((productId) => {
      if (!state.licenses.products.has(productId)) notFound(`product ${productId} in the catalogue`);
    });
  }

  const users = usersByEmail(state, new Set(seen.keys()));
  const results: Schema<'InvitationBatchItem'>[] = [];
  let invitedCount = 0;
  for (const raw of input.emails) {
    const email = raw.trim().toLowerCase();
    const user = users.get(email);
    const error = user ? whyNotInvitable(state, portalId, user, ctx.now) : USER_NOT_FOUND;
    if (!user || error) {
      results.push({ email: raw, outcome: 'failed', error: error ?? USER_NOT_FOUND });
      continue;
    }
    const invitation: InvitationRecord = {
      id: nextId(state, 'invt'),
      portalId,
      email,
      inviteeUserId: user.id,
      membership: copyMembership(input.membership),
      ...(input.message === undefined ? {} : { message: input.message }),
      invitedByUserId: ctx.actor.user.id,
      status: 'pending',
      createdAt: ctx.now,
      lastSentAt: ctx.now,
      acceptedAt: null,
    };
    state.invitations.byId.set(invitation.id, invitation);
    state.invitations.all.push(invitation);
    invitedCount += 1;
    results.push({
      email: raw,
      outcome: 'invited',
      invitation: renderInvitation(state, invitation, ctx.now),
    });
  }
  return { results, invitedCount, failedCount: results.length - invitedCount };
}

type ListInput = {
  status?: InvitationStatus[] | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

export function listInvitations(ctx: Ctx, input: ListInput): Schema<'InvitationPage'> {
  const wanted = new Set<InvitationStatus>(input.status ?? ['pending']);
  const matches = ctx.state.invitations.all
    .filter((i) => i.portalId === ctx.actor.portal.id && wanted.has(statusAt(i, ctx.now)))
    .sort(newestFirst);
  const page = paginate(matches, input.cursor, input.limit);
  return {
    items: page.items.map((i) => renderInvitation(ctx.state, i, ctx.now)),
    nextCursor: page.nextCursor,
    total: matches.length,
  };
}

/** One of the caller's portal's invitations, or 404 (another portal's too: never reveal it exists). */
function ownInvitation(ctx: Ctx, invitationId: string): InvitationRecord {
  const invitation = ctx.state.invitations.byId.get(invitationId);
  if (!invitation || invitation.portalId !== ctx.actor.portal.id) return notFound('invitation');
  return invitation;
}

function requirePending(invitation: InvitationRecord, now: number, action: string): void {
  const status = statusAt(invitation, now);
  if (status === 'pending') return;
  const why =
    status === 'expired'
      ? 'This invitation has expired; invite the address again.'
      : status === 'revoked'
        ? 'This invitation was revoked; invite the address again.'
        : status === 'declined'
          ? 'The invitee declined this invitation.'
          : 'This invitation was already accepted.';
  fail(409, 'invitation_not_pending', `Only a pending invitation can be ${action}. ${why}`);
}

/** Sends the e-mail again: `lastSentAt` moves to now and the 30 days start again. */
export function resendInvitation(ctx: Ctx, input: { invitationId: string }): Schema<'Invitation'> {
  const invitation = ownInvitation(ctx, input.invitationId);
  requirePending(invitation, ctx.now, 'resent');
  invitation.lastSentAt = ctx.now;
  return renderInvitation(ctx.state, invitation, ctx.now);
}

/** pending → revoked: the link stops working and the address can be invited again. */
export function revokeInvitation(ctx: Ctx, input: { invitationId: string }): Schema<'Invitation'> {
  const invitation = ownInvitation(ctx, input.invitationId);
  requirePending(invitation, ctx.now, 'revoked');
  invitation.status = 'revoked';
  return renderInvitation(ctx.state, invitation, ctx.now);
}

export { requirePending };
