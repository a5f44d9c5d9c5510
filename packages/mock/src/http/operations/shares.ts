import {
  acceptShare,
  cancelShare,
  createShare,
  declineShare,
  listIncomingShares,
  listOutgoingShares,
  resendShare,
} from '../../engine/minutes/index.js';
import { defineOperations } from '../operation.js';

/** Sharing minute accounts between portals, outgoing (sender) and incoming (recipient): HTTP onto the engine. */
export const sharesOperations = defineOperations({
  createShare: (ctx, { body }) => ({ status: 201, body: createShare(ctx, body) }),

  listOutgoingShares: (ctx, { query }) => ({
    status: 200,
    body: listOutgoingShares(ctx, {
      accountId: query?.accountId,
      status: query?.status,
      cursor: query?.cursor,
      limit: query?.limit,
    }),
  }),

  resendShare: (ctx, { path }) => ({ status: 200, body: resendShare(ctx, path.shareId) }),

  cancelShare: (ctx, { path }) => ({ status: 200, body: cancelShare(ctx, path.shareId) }),

  listIncomingShares: (ctx, { query }) => ({
    status: 200,
    body: listIncomingShares(ctx, { status: query?.status, cursor: query?.cursor, limit: query?.limit }),
  }),

  acceptShare: (ctx, { path, body }) => ({ status: 200, body: acceptShare(ctx, path.shareId, body) }),

  declineShare: (ctx, { path }) => ({ status: 200, body: declineShare(ctx, path.shareId) }),
});
