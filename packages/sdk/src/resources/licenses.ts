import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';

/** Purchase quotes: quote → allocate to cost centers → confirm. */
export interface LicenseQuotes {
  /**
   * Prices a cart of (product, quantity) lines; the quote stays open for 30 minutes.
   * @example
   * const quote = await client.licenses.quotes.create({ lines: [{ productId: 'prd_live_reports', quantity: 10 }] });
   */
  create: Method<'createLicenseQuote'>;
  /**
   * A quote with its lines, allocation and totals (the review step).
   * @example
   * const { status, total, allocationComplete } = await client.licenses.quotes.get('quo_0001');
   */
  get: Method<'getLicenseQuote', [quoteId: string]>;
  /**
   * One cost-center allocation step: everything to one center, a selection of lines, or one line split.
   * @example
   * await client.licenses.quotes.allocate('quo_0001', { mode: 'all', costCenterId: 'cc_sales_fr' });
   */
  allocate: Method<'allocateLicenseQuote', [quoteId: string]>;
  /**
   * Orders the quote at its prices once the user accepted the terms; returns the statement. Idempotent.
   * @example
   * const order = await client.licenses.quotes.confirm('quo_0001', { acceptTerms: true });
   */
  confirm: Method<'confirmLicenseOrder', [quoteId: string]>;
}

/** Confirmed license orders. */
export interface LicenseOrders {
  /**
   * The printable statement of a confirmed order.
   * @example
   * const { number, total, recurring } = await client.licenses.orders.get('lo_0001'); // total: charged today
   */
  get: Method<'getLicenseOrder', [orderId: string]>;
}

/** Licenses: one seat of one product each. */
export interface Licenses {
  /**
   * One page of the license table, with search, filters, sort, total and facet counts.
   * @example
   * const { items, total, facets } = await client.licenses.list({ q: 'ada', status: 'assigned', sort: 'assignee' });
   */
  list: Method<'listLicenses'>;
  /**
   * Every page of licenses matching the filters.
   * @example
   * for await (const page of client.licenses.pages({ costCenterId: ['cc_sales_fr'] })) render(page.items);
   */
  pages: Pages<'listLicenses'>;
  /**
   * Every license matching the filters, one at a time, across pages.
   * @example
   * for await (const license of client.licenses.iterate({ status: 'unassigned' })) console.log(license.productName);
   */
  iterate: Iterate<'listLicenses'>;
  /**
   * One license with its version, to pass as `ifMatch` when assigning or unassigning it.
   * @example
   * const { data: license, etag } = await client.licenses.get('lic_001a');
   */
  get: Method<'getLicense', [licenseId: string]>;
  /**
   * Gives an unassigned license to a user; `ifMatch` guards against a change made meanwhile.
   * @example
   * const { etag } = await client.licenses.get('lic_001a');
   * const { data } = await client.licenses.assign('lic_001a', { userId: 'usr_admin', notify: true }, { ifMatch: etag });
   */
  assign: Method<'assignLicense', [licenseId: string]>;
  /**
   * Returns a license to the pool, where it stays owned and billed.
   * @example
   * const { etag } = await client.licenses.get('lic_001a');
   * await client.licenses.unassign('lic_001a', { notify: false }, { ifMatch: etag });
   */
  unassign: Method<'unassignLicense', [licenseId: string]>;
  /**
   * Owned, assigned, unassigned and deletable counts per product.
   * @example
   * const { items } = await client.licenses.inventory();
   */
  inventory: Method<'getLicenseInventory'>;
  /**
   * Deletes unassigned licenses: a quantity of one product (at most its `deletable` count, `exceeds_deletable`;
   * optionally only those billed to one cost center), or exactly the licenses named (`license_already_assigned`
   * if one is assigned). `dryRun: true` answers what would be deleted, per product and cost center, and deletes nothing.
   * @example
   * const review = await client.licenses.delete({ productId: 'prd_live_reports', quantity: 2, dryRun: true });
   * const { products } = await client.licenses.delete({ licenseIds: review.deletedLicenseIds });
   */
  delete: Method<'deleteLicenses'>;
  /**
   * Bills licenses (assigned or not) to another cost center, or to none (`costCenterId: null`).
   * @example
   * const { moved, from } = await client.licenses.move({ licenseIds: ['lic_0011'], costCenterId: 'cc_ops' });
   */
  move: Method<'moveLicenses'>;
  /** The purchase flow. */
  quotes: LicenseQuotes;
  /** Confirmed orders. */
  orders: LicenseOrders;
}

/** Cost centers that licenses are billed to. */
export interface CostCenters {
  /**
   * One page of cost centers, by code, searchable by code or name.
   * @example
   * const { items } = await client.costCenters.list({ q: 'sales' });
   */
  list: Method<'listCostCenters'>;
  /**
   * Every page of cost centers.
   * @example
   * for await (const page of client.costCenters.pages()) render(page.items);
   */
  pages: Pages<'listCostCenters'>;
  /**
   * Every cost center, one at a time, across pages.
   * @example
   * for await (const center of client.costCenters.iterate()) console.log(center.code, center.name);
   */
  iterate: Iterate<'listCostCenters'>;
  /**
   * Creates a cost center; its code is unique in the portal (`cost_center_exists`).
   * @example
   * const center = await client.costCenters.create({ code: 'SALES-FR', name: 'Sales France' });
   */
  create: Method<'createCostCenter'>;
}

export const licenses = (call: Call): Licenses => ({
  ...paged(call, routes.listLicenses),
  get: operation(call, routes.getLicense),
  assign: operation(call, routes.assignLicense),
  unassign: operation(call, routes.unassignLicense),
  inventory: operation(call, routes.getLicenseInventory),
  delete: operation(call, routes.deleteLicenses),
  move: operation(call, routes.moveLicenses),
  quotes: {
    create: operation(call, routes.createLicenseQuote),
    get: operation(call, routes.getLicenseQuote),
    allocate: operation(call, routes.allocateLicenseQuote),
    confirm: operation(call, routes.confirmLicenseOrder),
  },
  orders: { get: operation(call, routes.getLicenseOrder) },
});

export const costCenters = (call: Call): CostCenters => ({
  ...paged(call, routes.listCostCenters),
  create: operation(call, routes.createCostCenter),
});
