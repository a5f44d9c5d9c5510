import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';

/** The caller's own invitations into other portals. */
export interface IncomingInvitations {
  /**
   * One page of the caller's invitations into other portals (pending by default), each with its `blockers`.
   * @example
   * const { items } = await client.invitations.incoming.list();
   * const blocked = items.filter((invitation) => invitation.blockers.length > 0);
   */
  list: Method<'listIncomingInvitations'>;
  /**
   * Every page of the caller's invitations.
   * @example
   * for await (const page of client.invitations.incoming.pages({ status: ['pending', 'expired'] })) render(page.items);
   */
  pages: Pages<'listIncomingInvitations'>;
  /**
   * Every invitation of the caller, one at a time, across pages.
   * @example
   * for await (const invitation of client.invitations.incoming.iterate()) console.log(invitation.fromPortal.name);
   */
  iterate: Iterate<'listIncomingInvitations'>;
  /**
   * Joins the inviting portal; a paid invitee chooses a refund or a credit transfer. Blocked with
   * `unpaid_invoices`, `pending_cancellation` or `linked_users_exist`.
   * @example
   * const { portal, settlement } = await client.invitations.incoming.accept('inv_0007', { settlement: 'transfer_credit' });
   */
  accept: Method<'acceptInvitation', [invitationId: string]>;
  /**
   * Declines an invitation into another portal: the inviting portal sees it declined, nothing else changes.
   * @example
   * await client.invitations.incoming.decline('inv_0007');
   */
  decline: Method<'declineInvitation', [invitationId: string]>;
}

/** Inviting existing users into the portal. */
export interface Invitations {
  /**
   * Invites up to 50 existing users by e-mail; each address gets its own result (the call answers 200 even
   * when some failed).
   * @example
   * const { results, failedCount } = await client.invitations.create({
   *   emails: ['ada@example.test', 'grace@example.test'],
   *   membership: { type: 'basic' },
   * });
   */
  create: Method<'createInvitations'>;
  /**
   * One page of the portal's invitations, pending ones by default.
   * @example
   * const { items } = await client.invitations.list({ status: ['pending'] });
   */
  list: Method<'listInvitations'>;
  /**
   * Every page of the portal's invitations.
   * @example
   * for await (const page of client.invitations.pages()) render(page.items);
   */
  pages: Pages<'listInvitations'>;
  /**
   * Every invitation, one at a time, across pages.
   * @example
   * for await (const invitation of client.invitations.iterate({ status: ['expired'] })) console.log(invitation.email);
   */
  iterate: Iterate<'listInvitations'>;
  /**
   * Sends a pending invitation again and renews its 30 days.
   * @example
   * const { expiresAt } = await client.invitations.resend('inv_0007');
   */
  resend: Method<'resendInvitation', [invitationId: string]>;
  /**
   * Withdraws a pending invitation; the address can be invited again.
   * @example
   * await client.invitations.revoke('inv_0007');
   */
  revoke: Method<'revokeInvitation', [invitationId: string]>;
  /** The caller's own invitations into other portals. */
  incoming: IncomingInvitations;
}

export const invitations = (call: Call): Invitations => ({
  create: operation(call, routes.createInvitations),
  ...paged(call, routes.listInvitations),
  resend: operation(call, routes.resendInvitation),
  revoke: operation(call, routes.revokeInvitation),
  incoming: {
    ...paged(call, routes.listIncomingInvitations),
    accept: operation(call, routes.acceptInvitation),
    decline: operation(call, routes.declineInvitation),
  },
});
