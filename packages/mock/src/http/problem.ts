import type { ErrorCode, Problem } from '@allot/contract';
import type { DomainError } from '../engine/errors.js';

/** The title of each problem type, as the contract's examples word them. */
export const problemTitles: Readonly<Record<ErrorCode, string>> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  precondition_failed: 'Changed by someone else',
  precondition_required: 'If-Match required',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
  insufficient_minutes: 'Not enough minutes',
  idempotency_key_reused: 'Idempotency key reused',
  cannot_delete_pool: 'The pool cannot be deleted',
  portal_not_found: 'No portal with this e-mail',
  cannot_share_with_self: 'Cannot share with your own portal',
  share_exists: 'Already shared',
  resend_too_soon: 'Resent too soon',
  user_not_found: 'No user with this e-mail',
  already_member: 'Already a member',
  invitation_exists: 'Already invited',
  unpaid_invoices: 'Unpaid invoices',
  pending_cancellation: 'Cancellation pending',
  linked_users_exist: 'Linked users must be removed first',
  license_already_assigned: 'License already assigned',
  no_free_license: 'No free license',
  allocation_mismatch: 'Allocation does not match',
  terms_not_accepted: 'Terms not accepted',
  cost_center_exists: 'Cost center exists',
  exceeds_deletable: 'Too many licenses to delete',
  stale_preview: 'The preview is out of date',
  account_not_owned: 'Account not owned',
  same_account: 'Same account',
  share_not_pending: 'Share not pending',
  share_not_active: 'Share not active',
  invitation_not_pending: 'Invitation not pending',
  product_already_assigned: 'Product already assigned',
  product_not_assigned: 'Product not assigned',
  license_not_assigned: 'License not assigned',
  quote_expired: 'Quote expired',
  confirmation_required: 'Confirmation required',
};

export const PROBLEM_TYPE_BASE = 'https://docs.allot.dev/problems/';

/** An RFC 9457 body for a DomainError, plus the headers it implies. */
export function problemResponse(
  error: DomainError,
  instance: string,
  requestId: string,
): { status: number; body: Problem; headers: Record<string, string> } {
  const body: Problem = {
    // Extension members first, so they can never overwrite a standard member.
    ...error.extra.members,
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: problemTitles[error.code],
    status: error.status,
    code: error.code,
    detail: error.detail,
    instance,
    requestId,
  };
  if (error.extra.errors !== undefined) body.errors = error.extra.errors;
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (error.extra.retryAfter !== undefined)
    headers['Retry-After'] = String(Math.max(0, Math.ceil(error.extra.retryAfter)));
  if (error.status === 401) headers['WWW-Authenticate'] = 'Bearer';
  return { status: error.status, body, headers };
}
