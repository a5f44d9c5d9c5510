import type { Schema } from '@allot/contract';

/** Stored status; `expired` is never stored: it follows from `lastSentAt` and the clock (see `statusAt`). */
export type StoredInvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';

/** An invitation of an existing user into a portal. Times are epoch ms. */
export interface InvitationRecord {
  id: string;
  /** The inviting portal. */
  portalId: string;
  /** The address as sent (lower-cased). */
  email: string;
  inviteeUserId: string;
  membership: Schema<'InvitationMembership'>;
  message?: string;
  invitedByUserId: string;
  status: StoredInvitationStatus;
  createdAt: number;
  lastSentAt: number;
  acceptedAt: number | null;
}

export interface InvitationsState {
  byId: Map<string, InvitationRecord>;
  /** Every invitation in creation order; lists sort and filter it (invitations are few). */
  all: InvitationRecord[];
}

export function createInvitationsState(): InvitationsState {
  return { byId: new Map(), all: [] };
}
