import {
  acceptInvitation,
  createInvitations,
  declineInvitation,
  listIncomingInvitations,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from '../../engine/invitations/index.js';
import { defineOperations } from '../operation.js';

/** Member invitations, inviter side (batch, pending list, resend, revoke) and invitee side (incoming, accept). */
export const invitationsOperations = defineOperations({
  createInvitations: (ctx, { body }) => ({ status: 200, body: createInvitations(ctx, body) }),

  listInvitations: (ctx, { query }) => ({ status: 200, body: listInvitations(ctx, query ?? {}) }),

  resendInvitation: (ctx, { path }) => ({ status: 200, body: resendInvitation(ctx, path) }),

  revokeInvitation: (ctx, { path }) => ({ status: 200, body: revokeInvitation(ctx, path) }),

  listIncomingInvitations: (ctx, { query }) => ({
    status: 200,
    body: listIncomingInvitations(ctx, query ?? {}),
  }),

  declineInvitation: (ctx, { path }) => ({ status: 200, body: declineInvitation(ctx, path) }),

  acceptInvitation: (ctx, { path, body }) => ({
    status: 200,
    body: acceptInvitation(ctx, { invitationId: path.invitationId, settlement: body.settlement }),
  }),
});
