import {
  allocateLicenseQuote,
  confirmLicenseOrder,
  createCostCenter,
  createLicenseQuote,
  deleteLicenses,
  getLicenseInventory,
  getLicenseOrder,
  getLicenseQuote,
  listCostCenters,
  moveLicenses,
} from '../../engine/licenses/index.js';
import { defineOperations } from '../operation.js';

/** Cost centers, the purchase flow (quote → allocate → confirm → statement), inventory and deletion. */
export const ordersOperations = defineOperations({
  listCostCenters: (ctx, { query }) => ({ status: 200, body: listCostCenters(ctx, query ?? {}) }),

  createCostCenter: (ctx, { body }) => ({ status: 201, body: createCostCenter(ctx, body) }),

  createLicenseQuote: (ctx, { body }) => ({ status: 201, body: createLicenseQuote(ctx, body) }),

  getLicenseQuote: (ctx, { path }) => ({ status: 200, body: getLicenseQuote(ctx, path.quoteId) }),

  allocateLicenseQuote: (ctx, { path, body }) => ({
    status: 200,
    body: allocateLicenseQuote(ctx, path.quoteId, body),
  }),

  confirmLicenseOrder: (ctx, { path, body }) => {
    const order = confirmLicenseOrder(ctx, path.quoteId, body);
    return {
      status: 201,
      body: order,
      headers: { Location: `/v1/license-orders/${encodeURIComponent(order.id)}` },
    };
  },

  getLicenseOrder: (ctx, { path }) => ({ status: 200, body: getLicenseOrder(ctx, path.orderId) }),

  getLicenseInventory: (ctx) => ({ status: 200, body: getLicenseInventory(ctx) }),

  deleteLicenses: (ctx, { body }) => ({ status: 200, body: deleteLicenses(ctx, body) }),

  moveLicenses: (ctx, { body }) => ({ status: 200, body: moveLicenses(ctx, body) }),
});
