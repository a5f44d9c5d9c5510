// The invitations engine: inviting existing users (inviter side) and accepting into another portal (invitee side).
export {
  createInvitations,
  listInvitations,
  resendInvitation,
  revokeInvitation,
  statusAt,
  INVITATION_TTL_MS,
} from './invitations.js';
export {
  acceptInvitation,
  blockersOf,
  declineInvitation,
  InvitationBlockedError,
  listIncomingInvitations,
  prorationOf,
} from './incoming.js';
