import type { Schema } from '@allot/contract';
import { DAY_MS } from '../engine/billing/calendar.js';
import type { InvitationRecord, StoredInvitationStatus } from '../engine/invitations/model.js';
import { generatedUserId, portals, users } from './identity.js';
import type { Seeder } from './types.js';

/** The invitations of the default and large scenarios, by what they show. */
export const invitationIds = {
  /** A → owner of prt_unpaid (pending): accepting is blocked by `unpaid_invoices`. */
  aToUnpaid: 'invt_a_unpaid',
  /** A → owner of prt_cancelling (pending): blocked by `pending_cancellation`. */
  aToCancelling: 'invt_a_cancelling',
  /** A → owner of prt_linked (pending): blocked by `linked_users_exist` (3 linked users). */
  aToLinked: 'invt_a_linked',
  /** A → owner of prt_paid (pending, licensed for Connect Standard): can accept with a refund or a credit. */
  aToPaid: 'invt_a_paid',
  /** A → Nina, a member of B on B's free plan (pending): accepts with settlement `none`. */
  aToNina: 'invt_a_nina',
  /** B → owner of prt_paid (pending): stays pending when they accept A's. */
  bToPaid: 'invt_b_paid',
  /** A → a generated member of A, accepted long ago. */
  aAccepted: 'invt_a_accepted',
  /** A → B's admin, sent 45 days ago and never answered: expired. */
  aExpired: 'invt_a_expired',
  /** A → owner of prt_unpaid, revoked before the current invitation was sent. */
  aRevoked: 'invt_a_revoked',
} as const;

/** Product of the licensed invitation (Connect Standard in the licenses catalogue). */
const LICENSED_PRODUCT = 'prd_connect';

/**
 * Seeds member invitations (none in `empty`). Each invitee portal's owner has a pending invitation from A so
 * the invitee side shows every blocker; B also invites prt_paid's owner; A's history has an accepted, an
 * expired and a revoked invitation for the status filters.
 */
export const seedInvitations: Seeder = (state, { scenario, now }) => {
  if (scenario === 'empty') return;
  const ago = (days: number) => now - days * DAY_MS;
  const licensed: Schema<'InvitationMembership'> = state.licenses.products.has(LICENSED_PRODUCT)
    ? { type: 'licensed', productIds: [LICENSED_PRODUCT] }
    : { type: 'basic' };
  const add = (
    id: string,
    from: { portalId: string; by: string },
    inviteeUserId: string,
    options: {
      sent: number;
      status?: StoredInvitationStatus;
      acceptedAt?: number;
      membership?: Schema<'InvitationMembership'>;
    },
  ) => {
    const invitee = state.identity.users.get(inviteeUserId);
    if (!invitee) return;
    const record: InvitationRecord = {
      id,
      portalId: from.portalId,
      email: invitee.email.toLowerCase(),
      inviteeUserId,
      membership: options.membership ?? { type: 'basic' },
      invitedByUserId: from.by,
      status: options.status ?? 'pending',
      createdAt: options.sent,
      lastSentAt: options.sent,
      acceptedAt: options.acceptedAt ?? null,
    };
    state.invitations.byId.set(id, record);
    state.invitations.all.push(record);
  };
  const a = { portalId: portals.a, by: users.admin };
  const b = { portalId: portals.b, by: users.bAdmin };
  add(invitationIds.aAccepted, a, generatedUserId(1), {
    sent: ago(130),
    status: 'accepted',
    acceptedAt: ago(128),
  });
  add(invitationIds.aRevoked, a, users.unpaidOwner, { sent: ago(60), status: 'revoked' });
  add(invitationIds.aExpired, a, users.bAdmin, { sent: ago(45) });
  add(invitationIds.aToNina, a, users.bMember, { sent: ago(6) });
  add(invitationIds.bToPaid, b, users.paidOwner, { sent: ago(5) });
  add(invitationIds.aToLinked, a, users.linkedOwner, { sent: ago(4) });
  add(invitationIds.aToCancelling, a, users.cancellingOwner, { sent: ago(3) });
  add(invitationIds.aToUnpaid, a, users.unpaidOwner, { sent: ago(2) });
  add(invitationIds.aToPaid, a, users.paidOwner, { sent: ago(1), membership: licensed });
};
