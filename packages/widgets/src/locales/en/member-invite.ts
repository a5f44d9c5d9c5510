import type { Messages } from '../catalogue.js';

/**
 * English, the source: the strings of `<member-invite>`: the invitation form, pending invitations and the
 * invitee’s side.
 */
export const messages = {
  'memberInvite.title': 'Invite existing users',
  'memberInvite.intro':
    'Invite people who already have an account. Their account moves into this portal when they accept.',
  'memberInvite.emails': 'E-mail addresses',
  'memberInvite.emailsHint': 'One per line, or separated by commas. Up to 50 at a time.',
  'memberInvite.count': { one: '1 address', other: '{count} addresses' },
  'memberInvite.noEmails': 'Enter at least one e-mail address.',
  'memberInvite.tooMany': 'At most 50 addresses at a time; there are {count}. Send them in several batches.',
  'memberInvite.invalid': 'Not a valid e-mail address.',
  'memberInvite.duplicate': 'Listed twice.',
  'memberInvite.fixAddresses': { one: 'Correct 1 address.', other: 'Correct {count} addresses.' },
  'memberInvite.joinAs': 'Join as',
  'memberInvite.basic': 'Basic member',
  'memberInvite.basicHint': 'No license. An administrator can assign licenses later.',
  'memberInvite.licensed': 'Licensed member',
  'memberInvite.licensedHint': 'Gets one license of each product chosen below on joining, if one is free.',
  'memberInvite.products': 'Licenses to assign',
  'memberInvite.productsRequired': 'Choose at least one product.',
  'memberInvite.free': { one: '1 free', other: '{count} free' },
  'memberInvite.noneFree': 'none free',
  'memberInvite.fewFree': {
    one: '{product}: 1 free license for {invitees} invitees. The first to join gets it; buy more in the license table.',
    other:
      '{product}: {count} free licenses for {invitees} invitees. The first to join get one; buy more in the license table.',
  },
  'memberInvite.noFree':
    '{product}: no free license. Invitees join without it until one is bought in the license table.',
  'memberInvite.message': 'Personal message',
  'memberInvite.messageHint': 'Optional. Added to the invitation e-mail.',
  'memberInvite.moves': 'Moves with the user',
  'memberInvite.stays': 'Does not move',
  'memberInvite.move.profile': 'Profile (name, picture, time zone…)',
  'memberInvite.move.meetings': 'Scheduled meetings and webinars',
  'memberInvite.move.recordings': 'Cloud recordings',
  'memberInvite.move.chat': 'Chat history',
  'memberInvite.move.contacts': 'Contacts',
  'memberInvite.move.settings': 'Settings (those in conflict with the portal’s settings are changed)',
  'memberInvite.stay.licenses':
    'Large-meeting and webinar licenses: an administrator of the portal joined assigns them again',
  'memberInvite.stay.reports': 'Report data: download reports before accepting',
  'memberInvite.basicWarning':
    'Someone on a licensed plan who joins as a basic member loses the licensed features, such as cloud recording and meetings longer than 40 minutes, until a license is assigned.',
  'memberInvite.submit': 'Send invitations',
  'memberInvite.invited': 'Invited',
  'memberInvite.sent': { one: '1 invitation sent.', other: '{count} invitations sent.' },
  'memberInvite.notSent': {
    one: '1 address was not invited: the reason is next to it.',
    other: '{count} addresses were not invited: the reason is next to each.',
  },
  'memberInvite.kept': 'The addresses that were not invited stay in the field, to correct or remove.',
  'memberInvite.noInvite': 'Your role shows invitations but cannot send, resend or revoke them.',
  'memberInvite.pending': 'Pending ({count})',
  'memberInvite.noPending': 'No pending invitations.',
  'memberInvite.as.basic': 'Basic',
  'memberInvite.as.licensed': 'Licensed: {products}',
  'memberInvite.as.licensedCount': { one: 'Licensed: 1 product', other: 'Licensed: {count} products' },
  'memberInvite.sentOn': 'Sent {date}',
  'memberInvite.expires': 'expires {date}',
  'memberInvite.resend': 'Resend',
  'memberInvite.revoke': 'Revoke',
  'memberInvite.resent': 'The invitation to {email} was sent again. It now expires {date}.',
  'memberInvite.revokeTitle': 'Revoke the invitation to {email}?',
  'memberInvite.revokeBody': 'The link in the e-mail stops working. You can invite this address again later.',
  'memberInvite.keep': 'Keep the invitation',
  'memberInvite.revokeConfirm': 'Revoke invitation',
  'memberInvite.revoked': 'The invitation to {email} was revoked.',
  'memberInvite.more': 'Show more',
  'memberInvite.inviteeTitle': 'Invitations to join another portal',
  'memberInvite.noIncoming': 'You have no pending invitations.',
  'memberInvite.from': '{portal} ({email}) invites you to join. Sent by {inviter}; expires {date}.',
  'memberInvite.joinBasic': 'You would join as a basic member, without licenses.',
  'memberInvite.joinLicensed': {
    one: 'You would join with 1 license.',
    other: 'You would join with {count} licenses.',
  },
  'memberInvite.blockers': 'Before you can accept',
  'memberInvite.blocker.unpaid_invoices': 'Your current account has unpaid invoices.',
  'memberInvite.fix.unpaid_invoices': 'Pay the open invoices on your account’s Billing page, then accept.',
  'memberInvite.blocker.pending_cancellation': 'Your current account has a pending cancellation.',
  'memberInvite.fix.pending_cancellation':
    'On your account’s Billing page, choose “Reactivate plan”, then accept here to receive the prorated refund or credit.',
  'memberInvite.blocker.linked_users_exist': {
    one: '1 user is still linked to your account (error 1009).',
    other: '{count} users are still linked to your account (error 1009).',
  },
  'memberInvite.fix.linked_users_exist':
    'Remove, unlink or invite them into the other portal first, then accept.',
  'memberInvite.settlement': 'The unused part of your plan',
  'memberInvite.proration': {
    one: 'Your plan costs {price} for {days} days; {count} day is unused: {amount}.',
    other: 'Your plan costs {price} for {days} days; {count} days are unused: {amount}.',
  },
  'memberInvite.refund': 'Refund {amount} to my original payment method',
  'memberInvite.refundHint': 'Within 3 to 5 business days, by {date} at the latest.',
  'memberInvite.credit': 'Transfer {amount} as credit to {portal}',
  'memberInvite.creditHint': 'Applied to the next invoice of {portal}.',
  'memberInvite.chooseSettlement': 'Choose a refund or a credit transfer.',
  'memberInvite.accept': 'Accept and join {portal}',
  'memberInvite.acceptBlocked': 'Check again and join {portal}',
  'memberInvite.joined.refund':
    'You joined {portal}. {amount} will be refunded to your original payment method by {date}.',
  'memberInvite.joined.transfer_credit':
    'You joined {portal}. {amount} was credited to {portal} for its next invoice.',
  'memberInvite.joined.none': 'You joined {portal}.',
  'memberInvite.decline': 'Decline',
  'memberInvite.declineAsk':
    'Decline the invitation from {portal}? {portal} will see that you declined, and you stay in your current account.',
  'memberInvite.declineConfirm': 'Decline the invitation',
  'memberInvite.declineKeep': 'Keep it',
  'memberInvite.declined': 'You declined the invitation from {portal}.',
  'memberInvite.linkedUsers': 'Users still linked',
} satisfies Messages;
