import type { Messages } from '../catalogue.js';

/**
 * English, the source: the strings of `<share-dialog>`’s form, steps and list of shares (also opened from
 * `<minutes-balance>`), loaded with the dialog the first time it opens.
 */
export const messages = {
  'share.what': 'What to share',
  'share.mode.account': 'All minutes of “{title}”',
  'share.mode.accountHint':
    'The other portal draws from this account’s whole balance, now and after every purchase.',
  'share.mode.minutes': 'A fixed number of minutes',
  'share.mode.minutesHint': 'A new project receives the minutes, and that project is shared.',
  'share.projectHint': 'The name of the new project that holds the shared minutes.',
  'share.minutes': 'Minutes to share',
  'share.email': 'E-mail of the other portal’s owner',
  'share.emailHint':
    'No e-mail is sent at this step: the address identifies the portal, so the minutes go to the right account.',
  'share.submit': 'Share',
  'share.resume': 'Finish sharing',
  'share.sent': 'The invitation to share minutes has been sent to the account',
  'share.sentDetail': '{portal} ({email}) can use these minutes once it accepts.',
  'share.resent': 'The invitation to {portal} was sent again.',
  'share.cancelled': 'The invitation to {portal} was cancelled.',
  'share.revoked': '{portal} no longer has access to “{title}”.',
  'steps.title': 'Sharing a fixed number of minutes',
  'steps.project': 'Project “{title}” created',
  'steps.transfer': 'Move the minutes into the project',
  'steps.transferred': '{minutes} moved into the project',
  'steps.share': 'Send the invitation',
  'steps.resume': 'What is done stays done: finishing does not create or move anything twice.',
  'steps.done': 'done',
  'steps.failed': 'failed',
  'steps.todo': 'to do',
  'shares.title': 'Shares of “{title}”',
  'shares.fromProject': 'The minutes set apart in the new project “{title}”',
  'shares.empty': 'This account is not shared with any portal.',
  'shares.sent': 'Sent {date}',
  'shares.resend': 'Resend',
  'shares.resendIn': 'Can be resent {when}',
  'shares.cancel': 'Cancel invitation',
  'shares.revoke': 'Revoke access',
  'status.pending': 'Pending',
  'status.accepted': 'Accepted',
  'status.declined': 'Declined',
  'status.cancelled': 'Cancelled',
  'status.revoked': 'Revoked',
  'confirm.cancelTitle': 'Cancel the invitation to {portal}?',
  'confirm.cancelBody': '{portal} can no longer accept it. No minutes move.',
  'confirm.keepInvitation': 'Keep the invitation',
  'confirm.revokeTitle': 'Revoke the access of {portal} to “{title}”?',
  'confirm.revokeBody':
    '{portal} loses access at once. If this account was its default, its sessions draw from its own pool again. No minutes move: the account and its balance stay with you.',
  'confirm.keepSharing': 'Keep sharing',
} satisfies Messages;
