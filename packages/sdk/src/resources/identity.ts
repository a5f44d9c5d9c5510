import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';
import { userProducts, type UserProducts } from './products.js';

/** The portal's users: the user picker, roles, and each user's products. */
export interface Users {
  /**
   * One page of the portal's users, searchable by name, e-mail or extension.
   * @example
   * const { items, nextCursor } = await client.users.list({ q: 'ada', limit: 20 });
   */
  list: Method<'listUsers'>;
  /**
   * Every page of users, fetched as the loop asks for the next one.
   * @example
   * for await (const page of client.users.pages({ q: 'martin' })) render(page.items);
   */
  pages: Pages<'listUsers'>;
  /**
   * Every user, one at a time, across pages.
   * @example
   * for await (const user of client.users.iterate()) console.log(user.name);
   */
  iterate: Iterate<'listUsers'>;
  /**
   * Changes a user's role (super admins only).
   * @example
   * const user = await client.users.setRole('usr_admin', { role: 'user_manager' });
   */
  setRole: Method<'updateUserRole', [userId: string]>;
  /** The products a user holds, with their feature toggles and queues. */
  products: UserProducts;
}

/** Short-lived tokens for widgets, minted server to server with the portal's secret key. */
export interface WidgetTokens {
  /**
   * Mints a token for one user whose permissions are those asked for, cut down to the user's role. Call it from
   * your backend with a client whose `token` is the secret key; hand only the result to the browser.
   * @example
   * const server = createClient({ baseUrl, token: process.env.ALLOT_SECRET_KEY! });
   * const { token, expiresAt } = await server.widgetTokens.create({
   *   portalId: 'prt_a',
   *   userId: 'usr_admin',
   *   permissions: ['minutes:read', 'minutes:manage'],
   *   ttlSeconds: 900,
   * });
   */
  create: Method<'createWidgetToken'>;
}

export const users = (call: Call): Users => ({
  ...paged(call, routes.listUsers),
  setRole: operation(call, routes.updateUserRole),
  products: userProducts(call),
});

export const widgetTokens = (call: Call): WidgetTokens => ({
  create: operation(call, routes.createWidgetToken),
});
