import type { Schema } from '@allot/contract';
import { type Ctx, isoNow } from '../context.js';
import { fail, notFound } from '../errors.js';
import { nextId } from '../ids.js';
import { paginate } from '../paging.js';
import {
  accountView,
  activeShares,
  defaultOf,
  insertShare,
  portalRef,
  resolveAccount,
  resolveOwned,
  revoke,
  shareView,
} from './access.js';
import type { ShareRecord, ShareStatus } from './model.js';
import { RESEND_INTERVAL_MS } from './model.js';

type Share = Schema<'Share'>;

export interface ShareFilter {
  status?: ShareStatus[] | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * Invites the portal whose owner has `recipientEmail` to spend from an owned account. The e-mail only
 * identifies the portal; nothing is sent when it is unknown.
 */
export function createShare(ctx: Ctx, input: Schema<'ShareCreate'>): Share {
  const { state } = ctx;
  const account = resolveOwned(ctx, input.accountId, 'share it');
  const email = input.recipientEmail.trim().toLowerCase();
  let recipientId: string | undefined;
  for (const portal of state.identity.portals.values()) {
    if (portal.ownerEmail.toLowerCase() === email) {
      recipientId = portal.id;
      break;
    }
  }
  if (recipientId === undefined) {
    fail(
      422,
      'portal_not_found',
      `No portal has the owner e-mail ${input.recipientEmail}. No e-mail was sent.`,
    );
  }
  if (recipientId === ctx.actor.portal.id) {
    fail(422, 'cannot_share_with_self', `${input.recipientEmail} is your own portal's owner e-mail.`);
  }
  const existing = activeShares(state, account.id).find((s) => s.recipientPortalId === recipientId);
  if (existing) {
    fail(
      409,
      'share_exists',
      `${account.title} is already shared with ${portalRef(state, recipientId).name} (${existing.status}).`,
    );
  }
  const now = isoNow(ctx);
  const share: ShareRecord = {
    id: nextId(state, 'shr'),
    accountId: account.id,
    senderPortalId: ctx.actor.portal.id,
    recipientPortalId: recipientId,
    status: 'pending',
    createdAt: now,
    lastSentAt: now,
    lastSentAtMs: ctx.now,
    respondedAt: null,
  };
  return shareView(state, insertShare(state, share));
}

function page(ctx: Ctx, shares: ShareRecord[], filter: ShareFilter): Schema<'SharePage'> {
  const statuses = filter.status && filter.status.length > 0 ? new Set(filter.status) : undefined;
  // Newest first: shares are stored in creation order, so reverse it.
  const matching = shares.filter((s) => !statuses || statuses.has(s.status)).reverse();
  const { items, nextCursor } = paginate(matching, filter.cursor, filter.limit ?? 50);
  return { items: items.map((s) => shareView(ctx.state, s)), nextCursor, total: matching.length };
}

/** Shares of the caller's accounts, optionally of one account (404 if it cannot read it; empty if shared with it). */
export function listOutgoingShares(
  ctx: Ctx,
  filter: ShareFilter & { accountId?: string | undefined } = {},
): Schema<'SharePage'> {
  const portalId = ctx.actor.portal.id;
  let shares: ShareRecord[] = [];
  if (filter.accountId !== undefined) {
    const { account, access } = resolveAccount(ctx, filter.accountId);
    if (access === 'owned') {
      for (const id of ctx.state.minutes.sharesByAccount.get(account.id) ?? []) {
        const share = ctx.state.minutes.shares.get(id);
        if (share) shares.push(share);
      }
    }
  } else {
    shares = [...ctx.state.minutes.shares.values()].filter((s) => s.senderPortalId === portalId);
  }
  return page(ctx, shares, filter);
}

export function listIncomingShares(ctx: Ctx, filter: ShareFilter = {}): Schema<'SharePage'> {
  const portalId = ctx.actor.portal.id;
  const shares = [...ctx.state.minutes.shares.values()].filter((s) => s.recipientPortalId === portalId);
  return page(ctx, shares, filter);
}

/** An outgoing share of the caller's portal; another portal's (even the recipient's view of it) is 404. */
function outgoing(ctx: Ctx, shareId: string): ShareRecord {
  const share = ctx.state.minutes.shares.get(shareId);
  if (!share || share.senderPortalId !== ctx.actor.portal.id) return notFound('share');
  return share;
}

function incoming(ctx: Ctx, shareId: string): ShareRecord {
  const share = ctx.state.minutes.shares.get(shareId);
  if (!share || share.recipientPortalId !== ctx.actor.portal.id) return notFound('share');
  return share;
}

function requirePending(ctx: Ctx, share: ShareRecord): void {
  if (share.status === 'pending') return;
  const recipient = portalRef(ctx.state, share.recipientPortalId).name;
  const sender = portalRef(ctx.state, share.senderPortalId).name;
  const why: Record<ShareStatus, string> = {
    pending: '',
    accepted: `${recipient} already accepted this share.`,
    declined: `${recipient} declined this share.`,
    cancelled: `${sender} cancelled this invitation.`,
    revoked: `${sender} revoked this share.`,
  };
  fail(409, 'share_not_pending', why[share.status]);
}

/** Sends a pending invitation again, at most once a minute (429 resend_too_soon with the seconds to wait). */
export function resendShare(ctx: Ctx, shareId: string): Share {
  const share = outgoing(ctx, shareId);
  requirePending(ctx, share);
  const availableAt = share.lastSentAtMs + RESEND_INTERVAL_MS;
  if (ctx.now < availableAt) {
    const retryAfter = Math.max(1, Math.ceil((availableAt - ctx.now) / 1000));
    const ago = Math.floor((ctx.now - share.lastSentAtMs) / 1000);
    fail(
      429,
      'resend_too_soon',
      `This invitation was sent ${ago} seconds ago; it can be resent in ${retryAfter} seconds.`,
      { retryAfter },
    );
  }
  share.lastSentAt = isoNow(ctx);
  share.lastSentAtMs = ctx.now;
  return shareView(ctx.state, share);
}

/** Pending → cancelled; accepted → revoked (the recipient loses access, its default falls back). No minutes move. */
export function cancelShare(ctx: Ctx, shareId: string): Share {
  const share = outgoing(ctx, shareId);
  if (share.status === 'pending') share.status = 'cancelled';
  else if (share.status === 'accepted') revoke(ctx.state, share);
  else {
    const recipient = portalRef(ctx.state, share.recipientPortalId).name;
    fail(
      409,
      'share_not_active',
      share.status === 'declined'
        ? `${recipient} declined this share.`
        : `This share is already ${share.status}.`,
    );
  }
  return shareView(ctx.state, share);
}

/** The recipient accepts: the account becomes readable and spendable as `shared`; optionally the default. */
export function acceptShare(
  ctx: Ctx,
  shareId: string,
  input: Schema<'ShareAccept'>,
): Schema<'ShareAcceptance'> {
  const { state } = ctx;
  const share = incoming(ctx, shareId);
  requirePending(ctx, share);
  const portalId = ctx.actor.portal.id;
  share.status = 'accepted';
  share.respondedAt = isoNow(ctx);
  if (input.setDefault) state.minutes.defaults.set(portalId, share.accountId);
  const account = state.minutes.accounts.get(share.accountId);
  if (!account) throw new Error(`Share ${share.id} names a missing account`);
  return {
    share: shareView(state, share),
    account: accountView(state, account, portalId),
    defaultAccountId: defaultOf(state, portalId),
  };
}

/** The recipient declines; nothing changes in its accounts, and the sender may share again later. */
export function declineShare(ctx: Ctx, shareId: string): Share {
  const share = incoming(ctx, shareId);
  requirePending(ctx, share);
  share.status = 'declined';
  share.respondedAt = isoNow(ctx);
  return shareView(ctx.state, share);
}
