import type { Data, Item } from '@allot/sdk';

/** A minute account as the API lists it (owned or shared with this portal). */
export type Account = Data<'listMinuteAccounts'>['items'][number];

/** One entry of an account's ledger. */
export type LedgerEntry = Item<'listLedgerEntries'>;

/** Which form the dialog shows. */
export type Panel =
  | { kind: 'buy'; step: 'edit' | 'review' }
  | { kind: 'transfer' }
  | { kind: 'create' }
  | { kind: 'edit'; account: Account }
  | { kind: 'delete'; account: Account }
  | { kind: 'default'; account: Account };
