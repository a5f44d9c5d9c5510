import type { Schema } from '@allot/contract';
import { type Ctx, isoNow } from '../context.js';
import { fail } from '../errors.js';
import { nextId } from '../ids.js';
import {
  accountView,
  activeShares,
  actorOf,
  defaultOf,
  entryView,
  etagOf,
  insertAccount,
  isDefaultOnly,
  poolOf,
  portalRef,
  postEntry,
  requireDefaultForMember,
  resolveAccount,
  resolveOwned,
  revoke,
} from './access.js';
import type { MinuteAccountRecord } from './model.js';

type MinuteAccount = Schema<'MinuteAccount'>;

/** An account with the `ETag` its reads and writes expose (`If-Match` of updateProject). */
export interface VersionedAccount {
  account: MinuteAccount;
  etag: string;
}

/**
 * Owned accounts (the pool first, then projects by title), then accepted shared accounts by title.
 * A member sees only the default account.
 */
export function listMinuteAccounts(ctx: Ctx): Schema<'MinuteAccountList'> {
  const { state } = ctx;
  const portalId = ctx.actor.portal.id;
  const defaultAccountId = defaultOf(state, portalId);
  const view = (account: MinuteAccountRecord) => accountView(state, account, portalId);
  if (isDefaultOnly(ctx)) {
    const account = resolveAccount(ctx, defaultAccountId).account;
    return { items: [view(account)], defaultAccountId };
  }
  const byTitle = (x: MinuteAccountRecord, y: MinuteAccountRecord) =>
    x.title.localeCompare(y.title) || x.id.localeCompare(y.id);
  const owned: MinuteAccountRecord[] = [];
  for (const id of state.minutes.accountsByPortal.get(portalId) ?? []) {
    const account = state.minutes.accounts.get(id);
    if (account && account.deletedAt === undefined) owned.push(account);
  }
  const pool = owned.filter((a) => a.kind === 'pool');
  const projects = owned.filter((a) => a.kind === 'project').sort(byTitle);
  const shared: MinuteAccountRecord[] = [];
  for (const share of state.minutes.shares.values()) {
    if (share.recipientPortalId !== portalId || share.status !== 'accepted') continue;
    const account = state.minutes.accounts.get(share.accountId);
    if (account && account.deletedAt === undefined) shared.push(account);
  }
  shared.sort(byTitle);
  return { items: [...pool, ...projects, ...shared].map(view), defaultAccountId };
}

export function getMinuteAccount(ctx: Ctx, accountId: string): VersionedAccount {
  const { account } = resolveAccount(ctx, accountId);
  requireDefaultForMember(ctx, account.id, 'read');
  return { account: accountView(ctx.state, account, ctx.actor.portal.id), etag: etagOf(account) };
}

function checkTitle(title: string): void {
  if (title.length < 1 || title.length > 80 || !/\S/.test(title)) {
    fail(400, 'validation_failed', 'The title must have 1 to 80 characters and not be blank.', {
      errors: [
        { pointer: '/title', code: 'maxLength', message: 'must have 1 to 80 characters, not all blank' },
      ],
    });
  }
}

function checkDescription(description: string): void {
  if (description.length > 500) {
    fail(400, 'validation_failed', 'The description may have at most 500 characters.', {
      errors: [
        { pointer: '/description', code: 'maxLength', message: 'must NOT have more than 500 characters' },
      ],
    });
  }
}

/** A new project of the caller's portal with a balance of 0. */
export function createProject(ctx: Ctx, input: Schema<'ProjectCreate'>): VersionedAccount {
  checkTitle(input.title);
  if (input.description !== undefined) checkDescription(input.description);
  const now = isoNow(ctx);
  const account: MinuteAccountRecord = {
    id: nextId(ctx.state, 'acc'),
    portalId: ctx.actor.portal.id,
    kind: 'project',
    title: input.title,
    balance: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  if (input.description !== undefined && input.description !== '') account.description = input.description;
  insertAccount(ctx.state, account);
  return { account: accountView(ctx.state, account, ctx.actor.portal.id), etag: etagOf(account) };
}

/** Whether an `If-Match` value names this version (strong or weak form, or `*`). */
function matches(ifMatch: string, etag: string): boolean {
  return ifMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Renames or re-describes an owned account (the pool too; only deleting it is not allowed). */
export function updateProject(
  ctx: Ctx,
  accountId: string,
  input: Schema<'ProjectUpdate'>,
  ifMatch: string | undefined,
): VersionedAccount {
  const account = resolveOwned(ctx, accountId, 'edit it');
  if (ifMatch === undefined) fail(428, 'precondition_required', 'This write needs an If-Match header.');
  if (!matches(ifMatch, etagOf(account))) {
    fail(
      412,
      'precondition_failed',
      `The account changed since you read it (now ${etagOf(account)}); read it again.`,
    );
  }
  if (input.title === undefined && input.description === undefined) {
    fail(400, 'validation_failed', 'Change at least one of title and description.', {
      errors: [{ pointer: '', code: 'minProperties', message: 'must NOT have fewer than 1 properties' }],
    });
  }
  if (input.title !== undefined) checkTitle(input.title);
  if (input.description !== undefined) checkDescription(input.description);
  if (input.title !== undefined) account.title = input.title;
  // An empty description removes it (ProjectUpdate).
  if (input.description === '') delete account.description;
  else if (input.description !== undefined) account.description = input.description;
  account.version += 1;
  account.updatedAt = isoNow(ctx);
  return { account: accountView(ctx.state, account, ctx.actor.portal.id), etag: etagOf(account) };
}

/**
 * Deletes a project in one step: its balance moves to the pool (a transfer pair), every active share ends
 * (accepted → revoked with the recipient's default falling back, pending → cancelled), and if it was the
 * caller's default the pool takes over. No minutes are lost.
 */
export function deleteProject(ctx: Ctx, accountId: string): Schema<'ProjectDeletion'> {
  const { state } = ctx;
  const portalId = ctx.actor.portal.id;
  const project = resolveOwned(ctx, accountId, 'delete it');
  if (project.kind === 'pool') {
    fail(
      409,
      'cannot_delete_pool',
      `${project.id} is the primary pool of ${ctx.actor.portal.name}; only projects can be deleted.`,
    );
  }
  const pool = state.minutes.accounts.get(poolOf(state, portalId));
  if (!pool) throw new Error(`Pool of ${portalId} is missing`);
  const now = isoNow(ctx);
  const moved = project.balance;
  const ledgerEntries: Schema<'LedgerEntry'>[] = [];
  if (moved > 0) {
    const reference = nextId(state, 'trf');
    const actor = actorOf(ctx);
    const out = postEntry(
      state,
      project,
      { kind: 'transfer_out', amount: -moved, actor, at: now, counterpartyAccountId: pool.id, reference },
      nextId(state, 'led'),
    );
    const into = postEntry(
      state,
      pool,
      { kind: 'transfer_in', amount: moved, actor, at: now, counterpartyAccountId: project.id, reference },
      nextId(state, 'led'),
    );
    ledgerEntries.push(entryView(state, out, portalId), entryView(state, into, portalId));
  }
  const revokedShares: Schema<'ShareSummary'>[] = [];
  for (const share of activeShares(state, project.id)) {
    const ended = share.status === 'accepted' ? 'revoked' : 'cancelled';
    if (ended === 'revoked') revoke(state, share);
    else share.status = 'cancelled';
    revokedShares.push({ id: share.id, recipient: portalRef(state, share.recipientPortalId), status: ended });
  }
  if (state.minutes.defaults.get(portalId) === project.id) state.minutes.defaults.set(portalId, pool.id);
  project.deletedAt = now;
  project.updatedAt = now;
  return {
    accountId: project.id,
    movedMinutes: moved,
    movedToAccountId: pool.id,
    ledgerEntries,
    revokedShares,
  };
}

/** Makes an owned or accepted-shared account the portal's default; setting the current one again changes nothing. */
export function setDefaultAccount(ctx: Ctx, input: Schema<'DefaultAccountUpdate'>): Schema<'DefaultAccount'> {
  const portalId = ctx.actor.portal.id;
  const { account } = resolveAccount(ctx, input.accountId);
  const previousDefaultAccountId = defaultOf(ctx.state, portalId);
  if (previousDefaultAccountId !== account.id) ctx.state.minutes.defaults.set(portalId, account.id);
  return { defaultAccountId: account.id, previousDefaultAccountId };
}
