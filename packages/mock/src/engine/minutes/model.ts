import type { Schema } from '@allot/contract';

export type MinuteAccountKind = Schema<'MinuteAccountKind'>;
export type LedgerEntryKind = Schema<'LedgerEntryKind'>;
export type ShareStatus = Schema<'ShareStatus'>;

/** One balance of minutes. Deleted projects stay as records (with `deletedAt`) so old ledger entries and shares still resolve. */
export interface MinuteAccountRecord {
  id: string;
  /** The owning portal. */
  portalId: string;
  kind: MinuteAccountKind;
  title: string;
  description?: string;
  balance: number;
  /**
   * Bumped by edits of title/description only, so `If-Match` guards what a person edits; balance changes
   * (usage from integrations) would otherwise make every edit of a busy account fail with 412.
   */
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

/**
 * Who made a ledger entry, as stored: a user keeps its portal so another portal's viewer sees only the
 * portal (`actor.type: portal`), never the person.
 */
export type LedgerActorRecord =
  | { type: 'user'; id: string; name: string; email: string; portalId: string }
  | { type: 'integration'; name: string };

export interface LedgerEntryRecord {
  id: string;
  accountId: string;
  kind: LedgerEntryKind;
  amount: number;
  balanceAfter: number;
  actor: LedgerActorRecord;
  counterpartyAccountId?: string;
  reference?: string;
  createdAt: string;
}

export interface ShareRecord {
  id: string;
  accountId: string;
  senderPortalId: string;
  recipientPortalId: string;
  status: ShareStatus;
  createdAt: string;
  lastSentAt: string;
  /** Epoch ms of `lastSentAt`, for the once-a-minute resend rule. */
  lastSentAtMs: number;
  respondedAt: string | null;
}

/** The minutes slice: accounts, their ledgers, shares and each portal's default account. */
export interface MinutesState {
  accounts: Map<string, MinuteAccountRecord>;
  /** Account ids per owning portal, in creation order (deleted ones included; filtered on read). */
  accountsByPortal: Map<string, string[]>;
  /** The primary pool of each portal. */
  poolByPortal: Map<string, string>;
  /** Each account's ledger, oldest first (append-only); lists read it backwards. */
  ledger: Map<string, LedgerEntryRecord[]>;
  /** Shares in creation order. */
  shares: Map<string, ShareRecord>;
  /** Share ids per account, for activeShareCount and for ending shares on delete. */
  sharesByAccount: Map<string, string[]>;
  /** Default account per portal: an owned account or one shared with it and accepted. */
  defaults: Map<string, string>;
}

export function createMinutesState(): MinutesState {
  return {
    accounts: new Map(),
    accountsByPortal: new Map(),
    poolByPortal: new Map(),
    ledger: new Map(),
    shares: new Map(),
    sharesByAccount: new Map(),
    defaults: new Map(),
  };
}

/** Catalogue price of one minute in minor units, per currency (integers, so totals need no rounding). */
export const minuteUnitPrice: Readonly<Record<string, number>> = { EUR: 12, USD: 13, GBP: 11, CHF: 12 };

/** The resend rule of sharing: at most one invitation per share per minute. */
export const RESEND_INTERVAL_MS = 60_000;
