import { createWidgetToken, getMe, listUsers, updateUserRole } from '../../engine/identity/users.js';
import { defineOperations } from '../operation.js';

/** Identity: who the caller is, widget tokens, the portal's users and their roles. */
export const identityOperations = defineOperations({
  getMe: (ctx) => ({ status: 200, body: getMe(ctx) }),
  createWidgetToken: (ctx, { body }) => ({ status: 201, body: createWidgetToken(ctx, body) }),
  listUsers: (ctx, { query }) => ({ status: 200, body: listUsers(ctx, query ?? {}) }),
  updateUserRole: (ctx, { path, body }) => ({
    status: 200,
    body: updateUserRole(ctx, path.userId, body.role),
  }),
});
