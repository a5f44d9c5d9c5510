import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';

/** Shares other portals sent to the caller's portal. */
export interface IncomingShares {
  /**
   * One page of shares sent to the caller's portal; `status: ['pending']` gives the invitations to answer.
   * @example
   * const { items } = await client.shares.incoming.list({ status: ['pending'] });
   */
  list: Method<'listIncomingShares'>;
  /**
   * Every page of incoming shares.
   * @example
   * for await (const page of client.shares.incoming.pages()) render(page.items);
   */
  pages: Pages<'listIncomingShares'>;
  /**
   * Every incoming share, one at a time, across pages.
   * @example
   * for await (const share of client.shares.incoming.iterate({ status: ['pending'] })) console.log(share.sender.name);
   */
  iterate: Iterate<'listIncomingShares'>;
  /**
   * Accepts a pending share; with `setDefault: true` the portal's sessions (Zoom…) draw from these minutes.
   * @example
   * const { account, defaultAccountId } = await client.shares.incoming.accept('shr_0001', { setDefault: true });
   */
  accept: Method<'acceptShare', [shareId: string]>;
  /**
   * Declines a pending share; nothing changes in the caller's accounts.
   * @example
   * await client.shares.incoming.decline('shr_0001');
   */
  decline: Method<'declineShare', [shareId: string]>;
}

/** Sharing minute accounts with other portals. */
export interface Shares {
  /**
   * Shares an owned account (the pool, or a project holding a fixed number of minutes) with the portal whose
   * owner has `recipientEmail`. The share starts `pending`.
   * @example
   * try {
   *   await client.shares.create({ accountId: 'acc_proj_emea', recipientEmail: 'owner@portal-b.test' });
   * } catch (error) {
   *   if (isApiError<'createShare'>(error, 'portal_not_found')) askToCheckAddress();
   *   else throw error;
   * }
   */
  create: Method<'createShare'>;
  /**
   * One page of the portal's outgoing shares, optionally of one account and some statuses.
   * @example
   * const { items } = await client.shares.list({ accountId: 'acc_pool_a', status: ['pending', 'accepted'] });
   */
  list: Method<'listOutgoingShares'>;
  /**
   * Every page of outgoing shares.
   * @example
   * for await (const page of client.shares.pages({ status: ['pending'] })) render(page.items);
   */
  pages: Pages<'listOutgoingShares'>;
  /**
   * Every outgoing share, one at a time, across pages.
   * @example
   * for await (const share of client.shares.iterate()) console.log(share.recipient.ownerEmail, share.status);
   */
  iterate: Iterate<'listOutgoingShares'>;
  /**
   * Sends a pending share's invitation again; at most once a minute (`resend_too_soon`, with `retryAfter`).
   * @example
   * const share = await client.shares.resend('shr_0001', { retry: 0 });
   */
  resend: Method<'resendShare', [shareId: string]>;
  /**
   * Ends a share: a pending one becomes `cancelled`, an accepted one `revoked` (the recipient loses access).
   * @example
   * const { status } = await client.shares.cancel('shr_0001');
   */
  cancel: Method<'cancelShare', [shareId: string]>;
  /** Shares other portals sent to this one. */
  incoming: IncomingShares;
}

export const shares = (call: Call): Shares => ({
  create: operation(call, routes.createShare),
  ...paged(call, routes.listOutgoingShares),
  resend: operation(call, routes.resendShare),
  cancel: operation(call, routes.cancelShare),
  incoming: {
    ...paged(call, routes.listIncomingShares),
    accept: operation(call, routes.acceptShare),
    decline: operation(call, routes.declineShare),
  },
});
