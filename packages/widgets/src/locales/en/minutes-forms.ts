import type { Messages } from '../catalogue.js';

/**
 * English, the source: the strings of `<minutes-balance>`’s dialogs: buying, transferring, projects and auto-
 * recharge, loaded with them the first time one of them opens.
 */
export const messages = {
  'account.option': '{title} ({balance})',
  'account.defaultChanged':
    '“{title}” is now the default account: sessions, including those from integrations such as Zoom, draw from it.',
  'buy.title': 'Buy minutes',
  'buy.account': 'Account',
  'buy.quantity': 'Minutes',
  'buy.enterQuantity': 'Enter a number of minutes to see the price.',
  'buy.pricing': 'Getting the price…',
  'buy.preview': '{minutes} at {unit} each: {total}',
  'buy.reviewTitle': 'Confirm your purchase',
  'buy.unitPrice': 'Price per minute',
  'buy.total': 'Total',
  'buy.reviewHint': 'You are charged the catalogue price now. The minutes are added at once.',
  'buy.confirm': 'Buy for {total}',
  'buy.done': '{minutes} added to “{account}”. Charged {total}.',
  'transfer.title': 'Transfer minutes',
  'transfer.from': 'From account',
  'transfer.to': 'To account',
  'transfer.minutes': 'Minutes',
  'transfer.submit': 'Transfer',
  'transfer.done': '{minutes} moved from “{from}” to “{to}”.',
  'project.createTitle': 'New project',
  'project.createHint': 'A project sets minutes apart, for example to share a fixed number of them.',
  'project.editTitle': 'Edit “{title}”',
  'project.create': 'Create project',
  'project.created': 'Project “{title}” created.',
  'project.updated': '“{title}” saved.',
  'project.theirs':
    'It now says: title “{title}”, description “{description}”. Saving replaces it with yours.',
  'project.theirsNoDescription':
    'It now says: title “{title}”, no description. Saving replaces it with yours.',
  'project.deleteTitle': 'Delete the project “{title}”?',
  'project.deleteMoves': 'Its {minutes} move to “{pool}”. No minutes are lost.',
  'project.deleteEmpty': 'It holds no minutes.',
  'project.deleteNoShares': 'It is not shared with any portal.',
  'project.deleteShares': {
    one: 'Its share ends:',
    other: 'Its {count} shares end:',
  },
  'project.deleteRevokes': '{portal} ({email}) loses access at once.',
  'project.deleteCancels': 'The pending invitation to {portal} ({email}) is cancelled.',
  'project.deleteConfirm': 'Delete project',
  'project.deleted': {
    one: 'Project “{title}” deleted. {minutes} moved to “{pool}”; 1 share ended.',
    other: 'Project “{title}” deleted. {minutes} moved to “{pool}”; {count} shares ended.',
  },
  'invitation.accepted': 'You accepted “{title}” from {portal}. Your default account did not change.',
  'invitation.acceptedDefault': 'You accepted “{title}” from {portal}. It is now your default account.',
  'invitation.declined': 'You declined “{title}” from {portal}.',
  'default.title': 'Make “{title}” the default account?',
  'default.body':
    'From now on, your portal’s sessions draw their minutes from “{title}” ({minutes}) instead of “{current}”.',
  'default.bodyFirst': 'From now on, your portal’s sessions draw their minutes from “{title}” ({minutes}).',
  'default.undo': 'You can make another account the default at any time.',
  'transfer.usedBy': { one: 'used by {count} other portal', other: 'used by {count} other portals' },
  'transfer.toShared': {
    one: 'Another portal uses “{title}”: it can spend the minutes you move there.',
    other: '{count} other portals use “{title}”: they can spend the minutes you move there.',
  },
  'transfer.offeredTo': { one: 'offered to {count} other portal', other: 'offered to {count} other portals' },
  'transfer.toOffered': {
    one: '“{title}” is offered to another portal: once it accepts, it can spend the minutes you move there.',
    other:
      '“{title}” is offered to {count} other portals: once they accept, they can spend the minutes you move there.',
  },
} satisfies Messages;
