import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';

/** Minute accounts the portal owns or accepted as shared. */
export interface MinuteAccounts {
  /**
   * Every account the caller may read (pool, projects, accepted shares) and the portal's default account.
   * @example
   * const { items, defaultAccountId } = await client.minutes.accounts.list();
   * const pool = items.find((account) => account.kind === 'pool');
   */
  list: Method<'listMinuteAccounts'>;
  /**
   * One account with its version, to pass as `ifMatch` when editing it.
   * @example
   * const { data: account, etag } = await client.minutes.accounts.get('acc_proj_emea');
   * await client.minutes.projects.update(account.id, { title: 'EMEA 2027' }, { ifMatch: etag });
   */
  get: Method<'getMinuteAccount', [accountId: string]>;
}

/** Projects: accounts that set minutes apart, e.g. to share a fixed number of them. */
export interface Projects {
  /**
   * Creates a project with a balance of 0. Sent with an idempotency key, so it is retried safely.
   * @example
   * const { data: project } = await client.minutes.projects.create({ title: 'EMEA conference' });
   */
  create: Method<'createProject'>;
  /**
   * Edits a project's (or the pool's) title or description; `ifMatch` is the `etag` you read.
   * @example
   * const { data, etag } = await client.minutes.accounts.get('acc_proj_emea');
   * const updated = await client.minutes.projects.update(data.id, { title: 'EMEA partner conference' }, { ifMatch: etag });
   */
  update: Method<'updateProject', [accountId: string]>;
  /**
   * Deletes a project: its balance moves to the pool and its shares end, in one step (`cannot_delete_pool` for
   * the pool).
   * @example
   * const { movedMinutes, revokedShares } = await client.minutes.projects.delete('acc_proj_emea');
   */
  delete: Method<'deleteProject', [accountId: string]>;
}

/** An account's ledger: every balance change, newest first. */
export interface Ledger {
  /**
   * One page of the account's ledger entries.
   * @example
   * const { items, nextCursor } = await client.minutes.ledger.list('acc_pool_a', { limit: 25 });
   */
  list: Method<'listLedgerEntries', [accountId: string]>;
  /**
   * Every page of the account's ledger.
   * @example
   * for await (const page of client.minutes.ledger.pages('acc_pool_a')) render(page.items);
   */
  pages: Pages<'listLedgerEntries', [accountId: string]>;
  /**
   * Every ledger entry of the account, newest first, across pages.
   * @example
   * for await (const entry of client.minutes.ledger.iterate('acc_pool_a')) {
   *   if (entry.kind === 'purchase') break; // stops fetching
   * }
   */
  iterate: Iterate<'listLedgerEntries', [accountId: string]>;
}

/** Minutes: accounts, projects, ledgers, transfers, purchases and usage. */
export interface Minutes {
  accounts: MinuteAccounts;
  projects: Projects;
  ledger: Ledger;
  /**
   * Moves minutes between two accounts the portal owns, atomically. The SDK sends an idempotency key and keeps
   * it across its retries, so the transfer happens at most once.
   * @example
   * try {
   *   await client.minutes.transfer({ fromAccountId: 'acc_pool_a', toAccountId: 'acc_proj_emea', minutes: 500 });
   * } catch (error) {
   *   if (isApiError(error, 'insufficient_minutes')) showHint(error.detail);
   *   else throw error;
   * }
   */
  transfer: Method<'transferMinutes'>;
  /**
   * The catalogue price of a number of minutes, before buying.
   * @example
   * const { unitPrice, total } = await client.minutes.quote({ minutes: 1000 });
   */
  quote: Method<'quoteMinutePurchase'>;
  /**
   * Buys minutes into an owned account at the catalogue price (idempotent: charged at most once).
   * @example
   * const { total, entry } = await client.minutes.purchase({ accountId: 'acc_pool_a', minutes: 1000 });
   */
  purchase: Method<'purchaseMinutes'>;
  /**
   * Records minutes a session used, from an owned or accepted shared account (idempotent).
   * @example
   * await client.minutes.recordUsage(
   *   { accountId: 'acc_pool_a', minutes: 45, sessionRef: 'zoom-mtg-84512077' },
   *   { idempotencyKey: 'zoom-mtg-84512077' },
   * );
   */
  recordUsage: Method<'recordUsage'>;
  /**
   * Makes an account the portal's default, the one its sessions draw minutes from.
   * @example
   * const { defaultAccountId, previousDefaultAccountId } = await client.minutes.setDefaultAccount({
   *   accountId: 'acc_shared_c',
   * });
   */
  setDefaultAccount: Method<'setDefaultAccount'>;
}

export const minutes = (call: Call): Minutes => ({
  accounts: {
    list: operation(call, routes.listMinuteAccounts),
    get: operation(call, routes.getMinuteAccount),
  },
  projects: {
    create: operation(call, routes.createProject),
    update: operation(call, routes.updateProject),
    delete: operation(call, routes.deleteProject),
  },
  ledger: paged(call, routes.listLedgerEntries),
  transfer: operation(call, routes.transferMinutes),
  quote: operation(call, routes.quoteMinutePurchase),
  purchase: operation(call, routes.purchaseMinutes),
  recordUsage: operation(call, routes.recordUsage),
  setDefaultAccount: operation(call, routes.setDefaultAccount),
});
