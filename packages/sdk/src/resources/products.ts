import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';

/** The product catalogue. */
export interface Products {
  /**
   * Every product the portal can hold licenses of, with price, billing period and feature toggles.
   * @example
   * const { items } = await client.products.list();
   * const queueBilled = items.filter((product) => product.queueDependent);
   */
  list: Method<'listProducts'>;
}

/** One user's products (the per-user panel); each product holds one license. */
export interface UserProducts {
  /**
   * The products the user holds, with feature toggles, and every queue they sit in.
   * @example
   * const { products, queues } = await client.users.products.list('usr_admin');
   */
  list: Method<'getUserProducts', [userId: string]>;
  /**
   * Gives the user a product, taking one free license of it (`no_free_license` when none is left).
   * @example
   * await client.users.products.add('usr_admin', { productId: 'prd_connect', notify: true });
   */
  add: Method<'addUserProduct', [userId: string]>;
  /**
   * Sets the user's feature toggles of a product they hold; keys not named keep their value.
   * @example
   * await client.users.products.update('usr_admin', 'prd_connect', { features: { recording: true }, notify: false });
   */
  update: Method<'updateUserProduct', [userId: string, productId: string]>;
  /**
   * Takes a product from the user and returns its license to the pool. Removing Connect Standard warns
   * `contact_center_still_billed` while the user sits in queues; `removeFromQueues` takes them out too.
   * @example
   * const { warnings } = await client.users.products.remove('usr_admin', 'prd_connect', { removeFromQueues: true });
   */
  remove: Method<'removeUserProduct', [userId: string, productId: string]>;
}

/** Contact-center queues, whose members each hold a billed Contact Center seat. */
export interface Queues {
  /**
   * One page of queues with their supervisors and agents, optionally the queues of one user.
   * @example
   * const { items } = await client.queues.list({ userId: 'usr_admin' });
   */
  list: Method<'listQueues'>;
  /**
   * Every page of queues.
   * @example
   * for await (const page of client.queues.pages({ kind: 'call' })) render(page.items);
   */
  pages: Pages<'listQueues'>;
  /**
   * Every queue, one at a time, across pages.
   * @example
   * for await (const queue of client.queues.iterate({ userId: 'usr_admin' })) console.log(queue.name);
   */
  iterate: Iterate<'listQueues'>;
  /**
   * Takes a user out of a queue; leaving their last queue frees their Contact Center seat.
   * @example
   * const { contactCenterSeatReleased } = await client.queues.removeMember('que_support', 'usr_admin');
   */
  removeMember: Method<'removeQueueMember', [queueId: string, userId: string]>;
}

export const products = (call: Call): Products => ({
  list: operation(call, routes.listProducts),
});

export const userProducts = (call: Call): UserProducts => ({
  list: operation(call, routes.getUserProducts),
  add: operation(call, routes.addUserProduct),
  update: operation(call, routes.updateUserProduct),
  remove: operation(call, routes.removeUserProduct),
});

export const queues = (call: Call): Queues => ({
  ...paged(call, routes.listQueues),
  removeMember: operation(call, routes.removeQueueMember),
});
