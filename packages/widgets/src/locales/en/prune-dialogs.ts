import type { Messages } from '../catalogue.js';
/**
 * English, the source: the strings of `<inactive-members-pruner>`’s dialogs: archiving a team and removing
 * members, loaded with them the first time one of them opens.
 */
export const messages = {
  'inactiveMembersPruner.archiveTitle': 'Archive “{name}”?',
  'inactiveMembersPruner.unarchiveTitle': 'Unarchive “{name}”?',
  'inactiveMembersPruner.archiveBody':
    'The team is no longer billed from the bill of {date}; this month’s bill does not change. Its members who are in no other active team become inactive: they keep access to the workspace until they are removed.',
  'inactiveMembersPruner.unarchiveBody':
    'The team is billed again from the bill of {date}; this month’s bill does not change. Its members become active.',
  'inactiveMembersPruner.units': 'Billed units',
  'inactiveMembersPruner.before': 'Now',
  'inactiveMembersPruner.after': 'After',
  'inactiveMembersPruner.thisMonth': 'This month',
  'inactiveMembersPruner.fromDate': 'From {date}',
  'inactiveMembersPruner.archiveConfirm': 'Archive team',
  'inactiveMembersPruner.unarchiveConfirm': 'Unarchive team',
  'inactiveMembersPruner.holdingsNote':
    'Their licenses go back to the pool: still owned, and billed until you delete them. They leave their contact-center queues.',
  'inactiveMembersPruner.holdsLicenses': 'Licenses back to the pool: {products}',
  'inactiveMembersPruner.leavesQueues': 'Leaves the queues: {queues}',
  'inactiveMembersPruner.archiveMembers': {
    one: '1 member becomes inactive and can then be removed:',
    other: '{count} members become inactive and can then be removed:',
  },
  'inactiveMembersPruner.archiveNoMembers':
    'Every member of the team is in another active team: nobody becomes inactive.',
  'inactiveMembersPruner.unarchiveMembers': {
    one: '1 member becomes active again:',
    other: '{count} members become active again:',
  },
  'inactiveMembersPruner.unarchiveNoMembers': 'Its members are all active already.',
  'inactiveMembersPruner.archived.done': {
    one: '“{name}” is archived. From {date}, {count} unit is billed.',
    other: '“{name}” is archived. From {date}, {count} units are billed.',
  },
  'inactiveMembersPruner.unarchived.done': {
    one: '“{name}” is active again. From {date}, {count} unit is billed.',
    other: '“{name}” is active again. From {date}, {count} units are billed.',
  },
  'inactiveMembersPruner.removeTitle': {
    one: 'Remove 1 inactive member?',
    other: 'Remove {count} inactive members?',
  },
  'inactiveMembersPruner.removeBody':
    'They lose access to the workspace and its content at once. Teams and content stay. To bring someone back, invite them again.',
  'inactiveMembersPruner.removeUnits': 'Billed units do not change: {now} this month, {next} from {date}.',
  'inactiveMembersPruner.understand': {
    one: 'I understand that this member loses access at once.',
    other: 'I understand that these {count} members lose access at once.',
  },
  'inactiveMembersPruner.removeConfirm': { one: 'Remove 1 member', other: 'Remove {count} members' },
  'inactiveMembersPruner.removing': 'Removing members',
  'inactiveMembersPruner.removed': { one: '1 member removed', other: '{count} members removed' },
  'inactiveMembersPruner.pollFailed': 'The progress could not be read. The removal goes on; check again.',
  'inactiveMembersPruner.checkAgain': 'Check progress',
  'inactiveMembersPruner.done': 'Done',
  'inactiveMembersPruner.noneChosen': 'Tick at least one member to remove.',
  'inactiveMembersPruner.keepHint': 'Untick anyone who should stay: the removal keeps them.',
  'inactiveMembersPruner.keptCount': { one: '{count} member stays.', other: '{count} members stay.' },
} satisfies Messages;
