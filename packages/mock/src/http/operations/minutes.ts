import {
  createProject,
  deleteProject,
  getMinuteAccount,
  listLedgerEntries,
  listMinuteAccounts,
  purchaseMinutes,
  quoteMinutePurchase,
  recordUsage,
  setDefaultAccount,
  transferMinutes,
  updateProject,
} from '../../engine/minutes/index.js';
import { defineOperations } from '../operation.js';

/** Minute accounts, the ledger, transfers, purchases, usage and the default account: HTTP onto the engine. */
export const minutesOperations = defineOperations({
  listMinuteAccounts: (ctx) => ({ status: 200, body: listMinuteAccounts(ctx) }),

  createProject: (ctx, { body }) => {
    const { account, etag } = createProject(ctx, body);
    return {
      status: 201,
      body: account,
      headers: { ETag: etag, Location: `/v1/minute-accounts/${encodeURIComponent(account.id)}` },
    };
  },

  getMinuteAccount: (ctx, { path }) => {
    const { account, etag } = getMinuteAccount(ctx, path.accountId);
    return { status: 200, body: account, headers: { ETag: etag } };
  },

  updateProject: (ctx, { path, body, ifMatch }) => {
    const { account, etag } = updateProject(ctx, path.accountId, body, ifMatch);
    return { status: 200, body: account, headers: { ETag: etag } };
  },

  deleteProject: (ctx, { path }) => ({ status: 200, body: deleteProject(ctx, path.accountId) }),

  listLedgerEntries: (ctx, { path, query }) => ({
    status: 200,
    body: listLedgerEntries(ctx, path.accountId, { cursor: query?.cursor, limit: query?.limit }),
  }),

  transferMinutes: (ctx, { body }) => ({ status: 201, body: transferMinutes(ctx, body) }),

  quoteMinutePurchase: (ctx, { query }) => ({ status: 200, body: quoteMinutePurchase(ctx, query.minutes) }),

  purchaseMinutes: (ctx, { body }) => ({ status: 201, body: purchaseMinutes(ctx, body) }),

  recordUsage: (ctx, { body }) => ({ status: 201, body: recordUsage(ctx, body) }),

  setDefaultAccount: (ctx, { body }) => ({ status: 200, body: setDefaultAccount(ctx, body) }),
});
