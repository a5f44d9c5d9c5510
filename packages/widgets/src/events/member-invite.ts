/**
 * Events of `<member-invite>`. They join {@link AllotEventDetails} (and the DOM's event map) by declaration
 * merging, so `emit()` and `addEventListener` know them like the others.
 */
import type { AllotEvent } from './events.js';

/** A batch of invitations was sent: who was invited, and who was not with the API's code. */
export interface MembersInvitedDetail {
  invited: { email: string; invitationId: string }[];
  failed: { email: string; code: 'user_not_found' | 'already_member' | 'invitation_exists' }[];
  membership: { type: 'basic' } | { type: 'licensed'; productIds: string[] };
}

/** A pending invitation was sent again; it now expires at `expiresAt`. */
export interface InvitationResentDetail {
  invitationId: string;
  email: string;
  expiresAt: string;
}

/** A pending invitation was withdrawn. */
export interface InvitationRevokedDetail {
  invitationId: string;
  email: string;
}

/** The invitee joined the inviting portal; `settlement` is what happened to the unused part of their plan. */
export interface InvitationAcceptedDetail {
  invitationId: string;
  portalId: string;
  settlement: { type: 'refund' | 'transfer_credit' | 'none'; amount: { amount: number; currency: string } };
}

declare module './events.js' {
  interface AllotEventDetails {
    'allot-members-invited': MembersInvitedDetail;
    'allot-invitation-resent': InvitationResentDetail;
    'allot-invitation-revoked': InvitationRevokedDetail;
    'allot-invitation-accepted': InvitationAcceptedDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'allot-members-invited': AllotEvent<'allot-members-invited'>;
    'allot-invitation-resent': AllotEvent<'allot-invitation-resent'>;
    'allot-invitation-revoked': AllotEvent<'allot-invitation-revoked'>;
    'allot-invitation-accepted': AllotEvent<'allot-invitation-accepted'>;
  }
}
