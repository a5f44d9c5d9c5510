import * as routes from '@allot/contract/routes';
import { operation } from './core/operation.js';
import { transport, type ClientOptions } from './core/transport.js';
import type { Method } from './core/types.js';
import { billing, type Billing } from './resources/billing.js';
import { users, widgetTokens, type Users, type WidgetTokens } from './resources/identity.js';
import { invitations, type Invitations } from './resources/invitations.js';
import { costCenters, licenses, type CostCenters, type Licenses } from './resources/licenses.js';
import { minutes, type Minutes } from './resources/minutes.js';
import { products, queues, type Products, type Queues } from './resources/products.js';
import { shares, type Shares } from './resources/shares.js';
import { members, workspace, type Members, type Workspace } from './resources/workspace.js';

/** A client of the Allot API, one property per domain. */
export interface Client {
  /**
   * Who the token acts as: the user, their portal and their effective permissions, to hide or disable what
   * the user may not do (the server still checks every call).
   * @example
   * const { user, portal, permissions } = await client.me();
   * const canTransfer = permissions.includes('minutes:manage');
   */
  me: Method<'getMe'>;
  /**
   * The service's time, epoch ms: the local clock corrected by the `Date` header of the latest response.
   * Use it for "this month", due dates and countdowns, so a device whose clock is wrong still shows the
   * service's dates. (A browser reads `Date` cross-origin only when the API exposes it, as Allot's does.)
   * @example
   * const thisMonth = new Date(client.now()).toISOString().slice(0, 7);
   */
  now(): number;
  /** The portal's users, their roles and their products. */
  users: Users;
  /** Widget tokens, minted server to server with the secret key. */
  widgetTokens: WidgetTokens;
  /** Minute accounts, projects, ledgers, transfers, purchases, usage. */
  minutes: Minutes;
  /** Sharing minute accounts with other portals, and answering their shares. */
  shares: Shares;
  /** Inviting existing users, and answering one's own invitations. */
  invitations: Invitations;
  /** The product catalogue. */
  products: Products;
  /** Contact-center queues. */
  queues: Queues;
  /** Licenses, their purchase (quotes, orders) and deletion. */
  licenses: Licenses;
  /** Cost centers. */
  costCenters: CostCenters;
  /** Workspace billing mode and teams. */
  workspace: Workspace;
  /** Workspace members and pruning the inactive ones. */
  members: Members;
  /** Exports, invoices and credits. */
  billing: Billing;
}

/**
 * Creates a client of the Allot API. Every method returns a promise of the operation's typed result, retries
 * what is safe to retry, and rejects with an {@link ApiError}, a {@link ConnectionError}, a
 * {@link TimeoutError} or the reason of the caller's `signal`.
 *
 * @example
 * import { createClient, isApiError } from '@allot/sdk';
 *
 * const client = createClient({
 *   baseUrl: 'https://api.allot.dev/v1',
 *   getToken: () => fetch('/widget-token').then((response) => response.text()),
 * });
 * const { items } = await client.minutes.accounts.list();
 */
export function createClient(options: ClientOptions): Client {
  const call = transport(options);
  return {
    me: operation(call, routes.getMe),
    now: () => call.clock.now(),
    users: users(call),
    widgetTokens: widgetTokens(call),
    minutes: minutes(call),
    shares: shares(call),
    invitations: invitations(call),
    products: products(call),
    queues: queues(call),
    licenses: licenses(call),
    costCenters: costCenters(call),
    workspace: workspace(call),
    members: members(call),
    billing: billing(call),
  };
}
