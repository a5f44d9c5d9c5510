import {
  addUserProduct,
  assignLicense,
  getLicense,
  getUserProducts,
  listLicenses,
  listProducts,
  listQueues,
  removeQueueMember,
  removeUserProduct,
  unassignLicense,
  updateUserProduct,
} from '../../engine/licenses/index.js';
import { defineOperations } from '../operation.js';

/** The catalogue, the license table, assignment, user products and queues: HTTP onto the licenses engine. */
export const licensesOperations = defineOperations({
  listProducts: (ctx) => ({ status: 200, body: listProducts(ctx) }),

  listLicenses: (ctx, { query }) => ({ status: 200, body: listLicenses(ctx, query ?? {}) }),

  getLicense: (ctx, { path }) => {
    const license = getLicense(ctx, path.licenseId);
    return { status: 200, body: license, headers: { ETag: license.etag } };
  },

  assignLicense: (ctx, { path, body, ifMatch }) => {
    const change = assignLicense(ctx, {
      licenseId: path.licenseId,
      userId: body.userId,
      notify: body.notify,
      ifMatch,
    });
    return { status: 200, body: change, headers: { ETag: change.license.etag } };
  },

  unassignLicense: (ctx, { path, body, ifMatch }) => {
    const change = unassignLicense(ctx, { licenseId: path.licenseId, notify: body?.notify, ifMatch });
    return { status: 200, body: change, headers: { ETag: change.license.etag } };
  },

  getUserProducts: (ctx, { path }) => ({ status: 200, body: getUserProducts(ctx, path.userId) }),

  addUserProduct: (ctx, { path, body }) => ({
    status: 201,
    body: addUserProduct(ctx, { userId: path.userId, ...body }),
  }),

  updateUserProduct: (ctx, { path, body }) => ({
    status: 200,
    body: updateUserProduct(ctx, { userId: path.userId, productId: path.productId, ...body }),
  }),

  removeUserProduct: (ctx, { path, query }) => ({
    status: 200,
    body: removeUserProduct(ctx, {
      userId: path.userId,
      productId: path.productId,
      notify: query?.notify,
      removeFromQueues: query?.removeFromQueues,
    }),
  }),

  listQueues: (ctx, { query }) => ({ status: 200, body: listQueues(ctx, query ?? {}) }),

  removeQueueMember: (ctx, { path }) => ({ status: 200, body: removeQueueMember(ctx, path) }),
});
