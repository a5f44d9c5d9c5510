import type { ErrorCode } from '@allot/sdk';
import type { MessageKey } from '../locales/catalogue.js';

/** Codes of failures that never got an answer from the API, or whose answer had no code we know. */
export type ClientErrorCode = 'network' | 'timeout' | 'unknown';

/** Every code a widget may have to explain. */
export type ProblemCode = ErrorCode | ClientErrorCode;

/**
 * The message of every error code of the contract, and of the client's own. Exhaustive on purpose: a code
 * added to the contract fails the typecheck here until it has a message, and the `Catalogue` type makes that
 * message exist in every language. Every message is in the common strings (`locales/<language>/common.ts`), which every
 * widget loads: any widget may be sent any code. A widget may word a general code its own way
 * (`FormShape.messages`), in its own module.
 */
export const errorMessages = {
  validation_failed: 'error.validation_failed',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  precondition_failed: 'error.precondition_failed',
  precondition_required: 'error.precondition_required',
  rate_limited: 'error.rate_limited',
  unavailable: 'error.unavailable',
  idempotency_key_reused: 'error.idempotency_key_reused',
  // minutes and sharing
  insufficient_minutes: 'error.insufficient_minutes',
  cannot_delete_pool: 'error.cannot_delete_pool',
  portal_not_found: 'error.portal_not_found',
  cannot_share_with_self: 'error.cannot_share_with_self',
  share_exists: 'error.share_exists',
  resend_too_soon: 'error.resend_too_soon',
  account_not_owned: 'error.account_not_owned',
  same_account: 'error.same_account',
  share_not_pending: 'error.share_not_pending',
  share_not_active: 'error.share_not_active',
  // members and invitations
  stale_preview: 'error.stale_preview',
  confirmation_required: 'error.confirmation_required',
  user_not_found: 'error.user_not_found',
  already_member: 'error.already_member',
  invitation_exists: 'error.invitation_exists',
  invitation_not_pending: 'error.invitation_not_pending',
  unpaid_invoices: 'error.unpaid_invoices',
  pending_cancellation: 'error.pending_cancellation',
  linked_users_exist: 'error.linked_users_exist',
  // licenses and products
  license_already_assigned: 'error.license_already_assigned',
  product_already_assigned: 'error.product_already_assigned',
  license_not_assigned: 'error.license_not_assigned',
  no_free_license: 'error.no_free_license',
  product_not_assigned: 'error.product_not_assigned',
  allocation_mismatch: 'error.allocation_mismatch',
  terms_not_accepted: 'error.terms_not_accepted',
  quote_expired: 'error.quote_expired',
  cost_center_exists: 'error.cost_center_exists',
  exceeds_deletable: 'error.exceeds_deletable',
  // the client's own
  network: 'error.network',
  timeout: 'error.timeout',
  unknown: 'error.unknown',
} as const satisfies Record<ProblemCode, MessageKey>;

/** The message key of a code as the API sent it: an unknown one (a newer server) gets the generic message. */
export function errorMessageOf(code: string, own?: Partial<Record<ProblemCode, MessageKey>>): MessageKey {
  return (
    own?.[code as ProblemCode] ??
    (Object.hasOwn(errorMessages, code) ? errorMessages[code as ProblemCode] : errorMessages.unknown)
  );
}
