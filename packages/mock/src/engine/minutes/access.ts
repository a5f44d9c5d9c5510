import type { Schema } from '@allot/contract';
import type { Ctx } from '../context.js';
import { fail, notFound } from '../errors.js';
import type { State } from '../state.js';
import type {
  LedgerActorRecord,
  LedgerEntryKind,
  LedgerEntryRecord,
  MinuteAccountRecord,
  ShareRecord,
} from './model.js';
import { RESEND_INTERVAL_MS } from './model.js';

// Shared lookups, views and the one place balances change. The operations in accounts.ts, balances.ts and
// shares.ts build on these, and the scenario seeder uses them too, so seeded data obeys the same rules.

type MinuteAccount = Schema<'MinuteAccount'>;
type LedgerEntry = Schema<'LedgerEntry'>;
type PortalRef = Schema<'PortalRef'>;
type Share = Schema<'Share'>;

export type Access = 'owned' | 'shared';

export interface Resolved {
  account: MinuteAccountRecord;
  access: Access;
}

export function portalRef(state: State, portalId: string): PortalRef {
  const portal = state.identity.portals.get(portalId);
  if (!portal) throw new Error(`Unknown portal ${portalId}`);
  return { id: portal.id, name: portal.name, ownerEmail: portal.ownerEmail };
}

/** The primary pool of a portal; every portal gets one when the scenario creates it. */
export function poolOf(state: State, portalId: string): string {
  const pool = state.minutes.poolByPortal.get(portalId);
  if (pool === undefined) throw new Error(`Portal ${portalId} has no pool`);
  return pool;
}

/** The portal's default account: what its sessions (and a member's reads) draw on. */
export function defaultOf(state: State, portalId: string): string {
  return state.minutes.defaults.get(portalId) ?? poolOf(state, portalId);
}

/** The accepted share that gives `portalId` access to `accountId`, if any. */
export function acceptedShare(state: State, accountId: string, portalId: string): ShareRecord | undefined {
  for (const id of state.minutes.sharesByAccount.get(accountId) ?? []) {
    const share = state.minutes.shares.get(id);
    if (share && share.status === 'accepted' && share.recipientPortalId === portalId) return share;
  }
  return undefined;
}

/** Pending and accepted shares of an account: the ones still in force or waiting for an answer. */
export function activeShares(state: State, accountId: string): ShareRecord[] {
  const out: ShareRecord[] = [];
  for (const id of state.minutes.sharesByAccount.get(accountId) ?? []) {
    const share = state.minutes.shares.get(id);
    if (share && (share.status === 'pending' || share.status === 'accepted')) out.push(share);
  }
  return out;
}

/** How `portalId` may use an account: owned, shared (accepted), or not at all (absent, deleted, another portal's). */
export function accessOf(state: State, accountId: string, portalId: string): Resolved | undefined {
  const account = state.minutes.accounts.get(accountId);
  if (!account || account.deletedAt !== undefined) return undefined;
  if (account.portalId === portalId) return { account, access: 'owned' };
  return acceptedShare(state, accountId, portalId) ? { account, access: 'shared' } : undefined;
}

/** An account the caller's portal owns or accepted as shared; anything else is 404 (never reveal it exists). */
export function resolveAccount(ctx: Ctx, accountId: string): Resolved {
  return accessOf(ctx.state, accountId, ctx.actor.portal.id) ?? notFound('minute account');
}

/** Like resolveAccount, then 422 account_not_owned for a shared account: only its owner may do this. */
export function resolveOwned(ctx: Ctx, accountId: string, doing: string): MinuteAccountRecord {
  const { account, access } = resolveAccount(ctx, accountId);
  if (access === 'shared') {
    const owner = portalRef(ctx.state, account.portalId);
    fail(
      422,
      'account_not_owned',
      `${owner.name} shared this account with you; only ${owner.name} can ${doing}.`,
    );
  }
  return account;
}

/** A member reads and spends only the portal's default account (the role table's "default account only"). */
export function isDefaultOnly(ctx: Ctx): boolean {
  return ctx.actor.user.role === 'member';
}

export function requireDefaultForMember(ctx: Ctx, accountId: string, doing: string): void {
  if (isDefaultOnly(ctx) && accountId !== defaultOf(ctx.state, ctx.actor.portal.id)) {
    fail(403, 'forbidden', `A member may ${doing} only the portal's default account.`);
  }
}

export function etagOf(account: MinuteAccountRecord): string {
  return `"v${account.version}"`;
}

export function accountView(
  state: State,
  account: MinuteAccountRecord,
  viewerPortalId: string,
): MinuteAccount {
  const owned = account.portalId === viewerPortalId;
  const view: MinuteAccount = {
    id: account.id,
    kind: account.kind,
    access: owned ? 'owned' : 'shared',
    title: account.title,
    balance: account.balance,
    owner: portalRef(state, account.portalId),
    isDefault: defaultOf(state, viewerPortalId) === account.id,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
  if (account.description !== undefined) view.description = account.description;
  // The recipient does not see with whom else the owner shares.
  if (owned) {
    const shares = activeShares(state, account.id);
    view.activeShareCount = shares.length;
    view.pendingShareCount = shares.filter((share) => share.status === 'pending').length;
  }
  return view;
}

/** A ledger entry as `viewerPortalId` may see it: other portals' users become their portal. */
export function entryView(state: State, entry: LedgerEntryRecord, viewerPortalId: string): LedgerEntry {
  const { actor } = entry;
  const view: LedgerEntry = {
    id: entry.id,
    accountId: entry.accountId,
    kind: entry.kind,
    amount: entry.amount,
    balanceAfter: entry.balanceAfter,
    actor:
      actor.type === 'user' && actor.portalId !== viewerPortalId
        ? { type: 'portal', id: actor.portalId, name: portalRef(state, actor.portalId).name }
        : actor.type === 'user'
          ? { type: 'user', id: actor.id, name: actor.name, email: actor.email }
          : { type: 'integration', name: actor.name },
    createdAt: entry.createdAt,
  };
  if (
    entry.counterpartyAccountId !== undefined &&
    mayKnowAccount(state, entry.counterpartyAccountId, viewerPortalId)
  ) {
    view.counterpartyAccountId = entry.counterpartyAccountId;
  }
  if (entry.reference !== undefined) view.reference = entry.reference;
  return view;
}

/** Whether a viewer may see an account's id: its own (deleted projects included) or one shared with it. */
function mayKnowAccount(state: State, accountId: string, viewerPortalId: string): boolean {
  const account = state.minutes.accounts.get(accountId);
  if (!account) return false;
  return account.portalId === viewerPortalId || accessOf(state, accountId, viewerPortalId) !== undefined;
}

export function shareView(state: State, share: ShareRecord): Share {
  const account = state.minutes.accounts.get(share.accountId);
  if (!account) throw new Error(`Share ${share.id} names a missing account`);
  return {
    id: share.id,
    accountId: share.accountId,
    accountTitle: account.title,
    accountKind: account.kind,
    accountBalance: account.balance,
    sender: portalRef(state, share.senderPortalId),
    recipient: portalRef(state, share.recipientPortalId),
    status: share.status,
    createdAt: share.createdAt,
    lastSentAt: share.lastSentAt,
    resendAvailableAt:
      share.status === 'pending' ? new Date(share.lastSentAtMs + RESEND_INTERVAL_MS).toISOString() : null,
    respondedAt: share.respondedAt,
  };
}

export function actorOf(ctx: Ctx): LedgerActorRecord {
  const { user } = ctx.actor;
  return { type: 'user', id: user.id, name: user.name, email: user.email, portalId: user.portalId };
}

/**
 * The only way a balance changes: one signed ledger entry, balanceAfter from the new balance. Callers have
 * already checked that the balance stays ≥ 0; this asserts it, since a negative balance is a bug, not a 4xx.
 */
export function postEntry(
  state: State,
  account: MinuteAccountRecord,
  entry: {
    kind: LedgerEntryKind;
    amount: number;
    actor: LedgerActorRecord;
    at: string;
    counterpartyAccountId?: string;
    reference?: string;
  },
  id: string,
): LedgerEntryRecord {
  const balance = account.balance + entry.amount;
  if (!Number.isInteger(balance) || balance < 0 || entry.amount === 0) {
    throw new Error(`Ledger entry of ${entry.amount} on ${account.id} would leave ${balance}`);
  }
  account.balance = balance;
  account.updatedAt = entry.at;
  const record: LedgerEntryRecord = {
    id,
    accountId: account.id,
    kind: entry.kind,
    amount: entry.amount,
    balanceAfter: balance,
    actor: entry.actor,
    createdAt: entry.at,
  };
  if (entry.counterpartyAccountId !== undefined) record.counterpartyAccountId = entry.counterpartyAccountId;
  if (entry.reference !== undefined) record.reference = entry.reference;
  let list = state.minutes.ledger.get(account.id);
  if (!list) {
    list = [];
    state.minutes.ledger.set(account.id, list);
  }
  list.push(record);
  return record;
}

/** Registers a new account record (pool or project) in the slice and its indexes. */
export function insertAccount(state: State, account: MinuteAccountRecord): MinuteAccountRecord {
  state.minutes.accounts.set(account.id, account);
  let owned = state.minutes.accountsByPortal.get(account.portalId);
  if (!owned) {
    owned = [];
    state.minutes.accountsByPortal.set(account.portalId, owned);
  }
  owned.push(account.id);
  state.minutes.ledger.set(account.id, []);
  if (account.kind === 'pool') state.minutes.poolByPortal.set(account.portalId, account.id);
  return account;
}

export function insertShare(state: State, share: ShareRecord): ShareRecord {
  state.minutes.shares.set(share.id, share);
  let list = state.minutes.sharesByAccount.get(share.accountId);
  if (!list) {
    list = [];
    state.minutes.sharesByAccount.set(share.accountId, list);
  }
  list.push(share.id);
  return share;
}

/**
 * Ends an accepted share: the recipient loses access at once and, if the account was its default, falls
 * back to its own pool (DOMAIN.md, Sharing).
 */
export function revoke(state: State, share: ShareRecord): void {
  share.status = 'revoked';
  if (state.minutes.defaults.get(share.recipientPortalId) === share.accountId) {
    state.minutes.defaults.set(share.recipientPortalId, poolOf(state, share.recipientPortalId));
  }
}

/** 400 validation_failed for a minutes amount outside 1–1,000,000 (the service checks too; engine callers may not). */
export function requireMinutes(minutes: number, pointer = '/minutes'): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1_000_000) {
    fail(400, 'validation_failed', 'minutes must be an integer from 1 to 1,000,000.', {
      errors: [{ pointer, code: 'range', message: 'must be an integer from 1 to 1000000' }],
    });
  }
}
