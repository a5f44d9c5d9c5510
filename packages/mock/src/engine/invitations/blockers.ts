import type { Schema } from '@allot/contract';
import type { PortalRecord } from '../identity/model.js';

type Blocker = Schema<'InvitationBlocker'>;

/** What on the invitee's current account prevents joining another portal, in the contract's order. */
export function blockersOf(portal: PortalRecord): Blocker[] {
  const blockers: Blocker[] = [];
  if (portal.hasUnpaidInvoices) {
    blockers.push({
      code: 'unpaid_invoices',
      detail: 'Your account has unpaid invoices; pay them before joining.',
    });
  }
  if (portal.status === 'pending_cancellation') {
    blockers.push({
      code: 'pending_cancellation',
      detail:
        'Your account has a pending cancellation; reactivate the plan (Billing, "Reactivate plan") first, then accept to receive the prorated refund or credit.',
    });
  }
  if (portal.linkedUserCount > 0) {
    const n = portal.linkedUserCount;
    blockers.push({
      code: 'linked_users_exist',
      detail: `${n} ${n === 1 ? 'user is' : 'users are'} still linked to your account (error 1009); remove, unlink or invite them first.`,
      linkedUserCount: n,
      linkedUsers: (portal.linkedUsers ?? []).slice(0, 100).map((u) => ({ ...u })),
    });
  }
  return blockers;
}
