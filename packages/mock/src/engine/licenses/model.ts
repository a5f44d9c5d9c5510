import type { Schema } from '@allot/contract';

/** A product of the catalogue (the same catalogue for every portal; prices are in the portal's currency). */
export interface ProductRecord {
  id: string;
  code: string;
  name: string;
  /** Minor units per seat and billing period. */
  unitPrice: number;
  billingPeriod: 'month' | 'year';
  /** Billed for a user while they sit in any queue (Contact Center). */
  queueDependent: boolean;
  features: Schema<'ProductFeature'>[];
  /** Dense index of the product in the catalogue (0, 1, 2…), for array-based counting in the list. */
  slot: number;
}

/**
 * One seat of one product. The fields after `features` are derived from the others (and from the
 * assignee's user record and the cost center's code) and kept up to date by `store.ts`, so sorting
 * 100,000 licenses never has to look anything up or lower-case anything per request.
 */
export interface LicenseRecord {
  id: string;
  portalId: string;
  productId: string;
  assigneeId: string | null;
  costCenterId: string | null;
  addedAt: string;
  /** Bumped on every change of the License representation; the ETag is `"v<version>"`. */
  version: number;
  /** The assignee's feature toggles of this product (empty while unassigned). */
  features: Record<string, boolean>;
  /** Creation order, so list caches can tell which licenses are new since they were built. */
  ord: number;
  /** The product's and cost center's `slot` (0 when the license has no cost center). */
  productSlot: number;
  costCenterSlot: number;
  addedAtMs: number;
  /** Sort keys: normalised (lower case, no diacritics) product name, assignee name, extension, cost-center code. */
  sortType: string;
  sortAssignee: string | null;
  sortExtension: string | null;
  sortCostCenter: string | null;
}

export interface CostCenterRecord {
  id: string;
  portalId: string;
  code: string;
  name: string;
  createdAt: string;
  /** Dense index (1, 2, 3… in creation order, across portals; 0 means "no cost center") for the list's counters. */
  slot: number;
}

export type QueueKind = Schema<'QueueKind'>;
export type QueueRole = Schema<'QueueRole'>;

export interface QueueRecord {
  id: string;
  portalId: string;
  name: string;
  kind: QueueKind;
  /** At most one entry per user. */
  members: { userId: string; role: QueueRole }[];
}

export interface QuoteLineRecord {
  productId: string;
  productName: string;
  quantity: number;
  /** Fixed when the quote is made, in minor units of the quote's currency. */
  unitPrice: number;
  billingPeriod: 'month' | 'year';
  /** Empty (unallocated) or complete: the quantities add up to `quantity`. */
  allocation: { costCenterId: string; costCenterCode: string; quantity: number }[];
}

export interface QuoteRecord {
  id: string;
  portalId: string;
  createdAtMs: number;
  expiresAtMs: number;
  currency: string;
  nextBillingDate: string;
  lines: QuoteLineRecord[];
  /** Set once confirmed: the quote then reads as `ordered` and cannot be allocated or confirmed again. */
  orderId: string | null;
}

export interface OrderRecord {
  id: string;
  portalId: string;
  /** The statement exactly as the API returns it (it never changes once ordered). */
  statement: Schema<'LicenseOrder'>;
}

export interface NotificationRecord {
  userId: string;
  productId: string;
  change: 'added' | 'updated' | 'removed';
  sentAt: string;
}

/** The licenses slice: catalogue, licenses (with indexes), cost centers, queues, quotes and orders. */
export interface LicensesState {
  /** The catalogue, in display order. */
  products: Map<string, ProductRecord>;
  licenses: Map<string, LicenseRecord>;
  /** Each portal's licenses in creation order (the same records as `licenses`). */
  byPortal: Map<string, LicenseRecord[]>;
  /** userId → productId → licenseId of the seat the user holds (one per product). */
  held: Map<string, Map<string, string>>;
  costCenters: Map<string, CostCenterRecord>;
  queues: Map<string, QueueRecord>;
  quotes: Map<string, QuoteRecord>;
  orders: Map<string, OrderRecord>;
  /** Product-change notification e-mails the mock "sent" (the `notify` option), oldest first. */
  notifications: NotificationRecord[];
  nextOrd: number;
  /** Per portal, bumped by every change to one of its licenses, so the list's derived indexes know they are stale. */
  revisions: Map<string, number>;
}

export function createLicensesState(): LicensesState {
  return {
    products: new Map(),
    licenses: new Map(),
    byPortal: new Map(),
    held: new Map(),
    costCenters: new Map(),
    queues: new Map(),
    quotes: new Map(),
    orders: new Map(),
    notifications: [],
    nextOrd: 0,
    revisions: new Map(),
  };
}
