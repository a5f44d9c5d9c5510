import type { Schema } from '@allot/contract';
import { type Ctx, isoNow } from '../context.js';
import { fail } from '../errors.js';
import { nextId } from '../ids.js';
import { decodeCursor, encodeCursor } from '../paging.js';
import {
  actorOf,
  entryView,
  requireDefaultForMember,
  requireMinutes,
  resolveAccount,
  resolveOwned,
  postEntry,
} from './access.js';
import { minuteUnitPrice } from './model.js';

type LedgerEntry = Schema<'LedgerEntry'>;

/**
 * The transactions page, newest first. The cursor holds an absolute position in the append-only ledger
 * (not an offset from the newest entry), so entries written between two page loads never shift or repeat
 * what the next page shows.
 */
export function listLedgerEntries(
  ctx: Ctx,
  accountId: string,
  page: { cursor?: string | undefined; limit?: number | undefined } = {},
): Schema<'LedgerPage'> {
  const { account } = resolveAccount(ctx, accountId);
  requireDefaultForMember(ctx, account.id, 'read');
  const entries = ctx.state.minutes.ledger.get(account.id) ?? [];
  const limit = page.limit ?? 50;
  const end =
    page.cursor === undefined ? entries.length : Math.min(decodeCursor(page.cursor), entries.length);
  const start = Math.max(0, end - limit);
  const items: LedgerEntry[] = [];
  for (let i = end - 1; i >= start; i -= 1) {
    const entry = entries[i];
    if (entry) items.push(entryView(ctx.state, entry, ctx.actor.portal.id));
  }
  return { items, nextCursor: start > 0 ? encodeCursor(start) : null };
}

/** Moves minutes between two accounts the portal owns: both entries or neither (all checks come first). */
export function transferMinutes(ctx: Ctx, input: Schema<'MinuteTransferRequest'>): Schema<'MinuteTransfer'> {
  const { state } = ctx;
  requireMinutes(input.minutes);
  const from = resolveAccount(ctx, input.fromAccountId);
  const to = resolveAccount(ctx, input.toAccountId);
  resolveOwned(ctx, from.account.id, 'transfer minutes from it');
  resolveOwned(ctx, to.account.id, 'transfer minutes into it');
  if (from.account.id === to.account.id) {
    fail(422, 'same_account', 'A transfer needs two different accounts.');
  }
  if (input.minutes > from.account.balance) {
    fail(
      422,
      'insufficient_minutes',
      `The account has ${from.account.balance} minutes; ${input.minutes} were asked for.`,
    );
  }
  const now = isoNow(ctx);
  const actor = actorOf(ctx);
  const id = nextId(state, 'trf');
  const out = postEntry(
    state,
    from.account,
    {
      kind: 'transfer_out',
      amount: -input.minutes,
      actor,
      at: now,
      counterpartyAccountId: to.account.id,
      reference: id,
    },
    nextId(state, 'led'),
  );
  const into = postEntry(
    state,
    to.account,
    {
      kind: 'transfer_in',
      amount: input.minutes,
      actor,
      at: now,
      counterpartyAccountId: from.account.id,
      reference: id,
    },
    nextId(state, 'led'),
  );
  const portalId = ctx.actor.portal.id;
  return {
    id,
    fromAccountId: from.account.id,
    toAccountId: to.account.id,
    minutes: input.minutes,
    entries: [entryView(state, out, portalId), entryView(state, into, portalId)],
    createdAt: now,
  };
}

/** The catalogue price of one minute in a currency (12 cents in EUR). */
export function unitPriceOf(currency: string): number {
  return minuteUnitPrice[currency] ?? 12;
}

/** The catalogue price of a number of minutes in the portal's currency; nothing is reserved. */
export function quoteMinutePurchase(ctx: Ctx, minutes: number): Schema<'MinuteQuote'> {
  requireMinutes(minutes, '/query/minutes');
  const { currency } = ctx.actor.portal;
  const unit = unitPriceOf(currency);
  return { minutes, unitPrice: { amount: unit, currency }, total: { amount: unit * minutes, currency } };
}

/** Buys minutes into an owned account at the catalogue price: a `purchase` entry and the order's total. */
export function purchaseMinutes(ctx: Ctx, input: Schema<'MinutePurchaseRequest'>): Schema<'MinutePurchase'> {
  requireMinutes(input.minutes);
  const account = resolveOwned(
    ctx,
    input.accountId,
    'buy minutes into it; buy into one of your own accounts',
  );
  const { total } = quoteMinutePurchase(ctx, input.minutes);
  const now = isoNow(ctx);
  const id = nextId(ctx.state, 'pur');
  const entry = postEntry(
    ctx.state,
    account,
    { kind: 'purchase', amount: input.minutes, actor: actorOf(ctx), at: now, reference: id },
    nextId(ctx.state, 'led'),
  );
  return {
    id,
    accountId: account.id,
    minutes: input.minutes,
    total,
    entry: entryView(ctx.state, entry, ctx.actor.portal.id),
    createdAt: now,
  };
}

/**
 * A session's minutes, from an account the portal owns or accepted as shared (a member: only the default
 * account). At most the balance.
 */
export function recordUsage(ctx: Ctx, input: Schema<'MinuteUsageRequest'>): Schema<'MinuteUsage'> {
  requireMinutes(input.minutes);
  const { account } = resolveAccount(ctx, input.accountId);
  requireDefaultForMember(ctx, account.id, 'spend from');
  if (input.minutes > account.balance) {
    fail(
      422,
      'insufficient_minutes',
      `The account has ${account.balance} minutes; ${input.minutes} were used.`,
    );
  }
  const now = isoNow(ctx);
  const id = nextId(ctx.state, 'use');
  const entry = postEntry(
    ctx.state,
    account,
    { kind: 'usage', amount: -input.minutes, actor: actorOf(ctx), at: now, reference: id },
    nextId(ctx.state, 'led'),
  );
  const usage: Schema<'MinuteUsage'> = {
    id,
    accountId: account.id,
    minutes: input.minutes,
    entry: entryView(ctx.state, entry, ctx.actor.portal.id),
    createdAt: now,
  };
  if (input.sessionRef !== undefined) usage.sessionRef = input.sessionRef;
  return usage;
}
