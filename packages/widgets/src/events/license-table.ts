/**
 * Events of `<license-table>`. They join {@link AllotEventDetails} (and the DOM's event map) by declaration
 * merging, so `emit()` and `addEventListener` know them like the others.
 */
import type { AllotEvent } from './events.js';

/** A free license was assigned to a user. */
export interface LicenseAssignedDetail {
  licenseId: string;
  productId: string;
  userId: string;
  notify: boolean;
}

/** A license went back to the pool. `stillBilledQueueIds`: queues keeping a Contact Center seat billed. */
export interface LicenseUnassignedDetail {
  licenseId: string;
  productId: string;
  userId: string;
  stillBilledQueueIds: string[];
}

/**
 * Licenses were bought. `orderNumber` is the one people read (`LO-2026-0007`); `total` is what the order charged
 * today, tax included, in minor units (prorated until the next billing date; each product then recurs per period).
 */
export interface LicensesPurchasedDetail {
  orderId: string;
  orderNumber: string;
  lines: { productId: string; quantity: number }[];
  total: { amount: number; currency: string };
}

/** Unassigned licenses were deleted (of one product from the delete wizard, of several from a selection). */
export interface LicensesDeletedDetail {
  productIds: string[];
  deleted: number;
  licenseIds: string[];
}

/** Licenses are now billed to another cost center (`null`: to none); `moved` of them changed. */
export interface LicensesMovedDetail {
  licenseIds: string[];
  costCenterId: string | null;
  moved: number;
}

/** A user's products changed: products added, removed or with new toggles, queues left. */
export interface UserProductsChangedDetail {
  userId: string;
  added: string[];
  removed: string[];
  updated: string[];
  removedFromQueueIds: string[];
}

declare module './events.js' {
  interface AllotEventDetails {
    'allot-license-assigned': LicenseAssignedDetail;
    'allot-license-unassigned': LicenseUnassignedDetail;
    'allot-licenses-purchased': LicensesPurchasedDetail;
    'allot-licenses-deleted': LicensesDeletedDetail;
    'allot-licenses-moved': LicensesMovedDetail;
    'allot-user-products-changed': UserProductsChangedDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'allot-license-assigned': AllotEvent<'allot-license-assigned'>;
    'allot-license-unassigned': AllotEvent<'allot-license-unassigned'>;
    'allot-licenses-purchased': AllotEvent<'allot-licenses-purchased'>;
    'allot-licenses-deleted': AllotEvent<'allot-licenses-deleted'>;
    'allot-licenses-moved': AllotEvent<'allot-licenses-moved'>;
    'allot-user-products-changed': AllotEvent<'allot-user-products-changed'>;
  }
}
