import type { Messages } from '../catalogue.js';

/**
 * English, the source: the strings every widget shows: units, actions, loading and access states,
 * form checks, and the message of every error code (what `src/base/` shows).
 */
export const messages = {
  'unit.minutes': { one: '{count} minute', other: '{count} minutes' },
  'unit.minutesWord': { one: 'minute', other: 'minutes' },
  'action.back': 'Back',
  'action.cancel': 'Cancel',
  'action.close': 'Close',
  'action.continue': 'Continue',
  'action.retry': 'Try again',
  'action.save': 'Save',
  'label.for': '{action}: {subject}',
  'action.working': 'Working…',
  'state.loading': 'Loading',
  'state.forbidden.title': 'You do not have access to this.',
  'reason.token':
    "This widget's token does not include the permission {permission}, which this needs. Your role has it: the page that embeds the widget must ask for it when it creates the token.",
  'state.forbidden.body': 'Your role does not include it. An administrator of your portal can change that.',
  'state.unconfigured':
    'This widget is not connected: it needs a base URL and a token, or an <allot-provider>.',
  'error.validation_failed': 'Some values are not valid. Check the form and try again.',
  'error.unauthenticated': 'Your session has expired. Reload the page to sign in again.',
  'error.forbidden': 'Your role does not allow this. An administrator of your portal can change that.',
  'error.not_found': 'This account or share does not exist, or it is not yours to see.',
  'error.precondition_failed':
    'Someone else changed this in the meantime. The latest version is loaded: check it and save again.',
  'error.precondition_required': 'This change needs the latest version. Reload and try again.',
  'error.rate_limited': 'Too many requests. Wait {seconds} seconds and try again.',
  'error.unavailable': 'The service is not available right now. Try again in a moment.',
  'error.insufficient_minutes': 'This account does not have that many minutes.',
  'error.idempotency_key_reused': 'This request was already sent with other values. Start again.',
  'error.cannot_delete_pool': 'The primary pool cannot be deleted; only projects can.',
  'error.portal_not_found':
    'No portal has this owner e-mail. Check the address: nothing was shared and no e-mail was sent.',
  'error.cannot_share_with_self':
    'This is your own portal’s e-mail. Enter the e-mail of the other portal’s owner.',
  'error.share_exists': 'This account is already shared with that portal (pending or accepted).',
  'error.resend_too_soon': 'This invitation was sent less than a minute ago. You can resend it shortly.',
  'error.account_not_owned':
    'Another portal shared this account with you; only its owner can change or share it.',
  'error.same_account': 'Choose two different accounts.',
  'error.share_not_pending': 'This invitation is no longer pending: it was accepted, declined or cancelled.',
  'error.share_not_active': 'This share has already ended.',
  'error.network': 'The service could not be reached. Check your connection and try again.',
  'error.timeout': 'The service took too long to answer. Try again.',
  'error.unknown': 'Something went wrong ({code}). Try again.',
  'field.required': 'Required.',
  'field.minutes': 'Enter a whole number of minutes from 1 to 1,000,000.',
  'field.email': 'Enter a valid e-mail address, like owner@example.com.',
  'field.emailRequired': 'Enter the e-mail of the other portal’s owner.',
  'field.minimum': 'This value is too small.',
  'field.maximum': 'This value is too large.',
  'field.minLength': 'Required.',
  'field.maxLength': 'This is too long.',
  'field.format': 'This is not in the expected format.',
  'field.pattern': 'This is not in the expected format.',
  'field.invalid': 'This value is not valid.',
  'error.stale_preview': 'Teams or members changed since the preview, so nothing was removed. Preview again.',
  'error.confirmation_required': 'Tick the box to confirm that these members lose access at once.',
  'error.user_not_found': 'No user has this e-mail. Only people who already have an account can be invited.',
  'error.already_member': 'Already a member of this portal.',
  'error.invitation_exists':
    'Already invited and still pending. Resend that invitation from the Pending list.',
  'error.invitation_not_pending':
    'This invitation is no longer pending: it was accepted, revoked or it expired. The list is now up to date.',
  'error.unpaid_invoices': 'Your current account has unpaid invoices, so you cannot join yet.',
  'error.pending_cancellation': 'Your current account has a pending cancellation, so you cannot join yet.',
  'error.linked_users_exist':
    'Users are still linked to your current account (error 1009), so you cannot join yet.',
  'error.license_already_assigned': 'Someone assigned this license in the meantime.',
  'error.product_already_assigned': 'This user already has a license of this product. Choose someone else.',
  'error.license_not_assigned': 'This license is already back in the pool.',
  'error.no_free_license': 'No free license of this product is left.',
  'error.product_not_assigned': 'This user no longer has this product; the panel shows what they have now.',
  'error.allocation_mismatch': 'The parts must add up to the line’s quantity exactly.',
  'error.terms_not_accepted': 'Tick the box to confirm that you read the order and its charges.',
  'error.quote_expired':
    'This quote has expired (quotes stay open 30 minutes) or was already ordered. Get a new quote: the cart is kept.',
  'error.cost_center_exists': 'A cost center already uses this code. Choose another code.',
  'error.exceeds_deletable':
    'Fewer licenses can be deleted now: some were assigned or deleted in the meantime. The counts are updated.',
} satisfies Messages;
