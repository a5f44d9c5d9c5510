import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/prune-dialogs.js';

/**
 * Deutsch: the strings of `<inactive-members-pruner>`’s dialogs: archiving a team and removing members, loaded
 * with them the first time one of them opens.
 */
export const messages: Translation<typeof en> = {
  'inactiveMembersPruner.archiveTitle': '„{name}“ archivieren?',
  'inactiveMembersPruner.unarchiveTitle': '„{name}“ wiederherstellen?',
  'inactiveMembersPruner.archiveBody':
    'Das Team wird ab der Rechnung vom {date} nicht mehr abgerechnet; die Rechnung dieses Monats ändert sich nicht. Mitglieder, die in keinem anderen aktiven Team sind, werden inaktiv: Sie behalten den Zugriff auf den Workspace, bis sie entfernt werden.',
  'inactiveMembersPruner.unarchiveBody':
    'Das Team wird ab der Rechnung vom {date} wieder abgerechnet; die Rechnung dieses Monats ändert sich nicht. Seine Mitglieder werden wieder aktiv.',
  'inactiveMembersPruner.units': 'Abgerechnete Einheiten',
  'inactiveMembersPruner.before': 'Jetzt',
  'inactiveMembersPruner.after': 'Danach',
  'inactiveMembersPruner.thisMonth': 'Diesen Monat',
  'inactiveMembersPruner.fromDate': 'Ab {date}',
  'inactiveMembersPruner.archiveConfirm': 'Team archivieren',
  'inactiveMembersPruner.unarchiveConfirm': 'Team wiederherstellen',
  'inactiveMembersPruner.holdingsNote':
    'Ihre Lizenzen gehen zurück in den Pool: weiterhin im Besitz und berechnet, bis Sie sie löschen. Sie verlassen ihre Contact-Center-Warteschlangen.',
  'inactiveMembersPruner.holdsLicenses': 'Lizenzen zurück in den Pool: {products}',
  'inactiveMembersPruner.leavesQueues': 'Verlässt die Warteschlangen: {queues}',
  'inactiveMembersPruner.archiveMembers': {
    one: '1 Mitglied wird inaktiv und kann dann entfernt werden:',
    other: '{count} Mitglieder werden inaktiv und können dann entfernt werden:',
  },
  'inactiveMembersPruner.archiveNoMembers':
    'Alle Mitglieder des Teams sind in einem anderen aktiven Team: Niemand wird inaktiv.',
  'inactiveMembersPruner.unarchiveMembers': {
    one: '1 Mitglied wird wieder aktiv:',
    other: '{count} Mitglieder werden wieder aktiv:',
  },
  'inactiveMembersPruner.unarchiveNoMembers': 'Seine Mitglieder sind bereits alle aktiv.',
  'inactiveMembersPruner.archived.done': {
    one: '„{name}“ ist archiviert. Ab {date} wird {count} Einheit abgerechnet.',
    other: '„{name}“ ist archiviert. Ab {date} werden {count} Einheiten abgerechnet.',
  },
  'inactiveMembersPruner.unarchived.done': {
    one: '„{name}“ ist wieder aktiv. Ab {date} wird {count} Einheit abgerechnet.',
    other: '„{name}“ ist wieder aktiv. Ab {date} werden {count} Einheiten abgerechnet.',
  },
  'inactiveMembersPruner.removeTitle': {
    one: '{count} inaktives Mitglied entfernen?',
    other: '{count} inaktive Mitglieder entfernen?',
  },
  'inactiveMembersPruner.removeBody':
    'Sie verlieren sofort den Zugriff auf den Workspace und seine Inhalte. Teams und Inhalte bleiben. Um jemanden zurückzuholen, laden Sie ihn erneut ein.',
  'inactiveMembersPruner.removeUnits':
    'Die abgerechneten Einheiten ändern sich nicht: {now} diesen Monat, {next} ab {date}.',
  'inactiveMembersPruner.understand': {
    one: 'Mir ist klar, dass dieses Mitglied sofort den Zugriff verliert.',
    other: 'Mir ist klar, dass diese {count} Mitglieder sofort den Zugriff verlieren.',
  },
  'inactiveMembersPruner.removeConfirm': {
    one: '{count} Mitglied entfernen',
    other: '{count} Mitglieder entfernen',
  },
  'inactiveMembersPruner.removing': 'Mitglieder werden entfernt',
  'inactiveMembersPruner.removed': { one: '{count} Mitglied entfernt', other: '{count} Mitglieder entfernt' },
  'inactiveMembersPruner.pollFailed':
    'Der Fortschritt konnte nicht gelesen werden. Das Entfernen läuft weiter; prüfen Sie erneut.',
  'inactiveMembersPruner.checkAgain': 'Fortschritt prüfen',
  'inactiveMembersPruner.done': 'Fertig',
  'inactiveMembersPruner.noneChosen': 'Wählen Sie mindestens ein Mitglied zum Entfernen aus.',
  'inactiveMembersPruner.keepHint':
    'Entfernen Sie den Haken bei allen, die bleiben sollen: Sie werden nicht entfernt.',
  'inactiveMembersPruner.keptCount': {
    one: '{count} Mitglied bleibt.',
    other: '{count} Mitglieder bleiben.',
  },
};
