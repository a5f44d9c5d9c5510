import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/inactive-members-pruner.js';

/**
 * Deutsch: the strings of `<inactive-members-pruner>`: billing, teams, inactive members, exports and invoices;
 * its dialogs' own are in `prune-dialogs`.
 */
export const messages: Translation<typeof en> = {
  'inactiveMembersPruner.title': 'Workspace-Mitglieder und Abrechnung',
  'inactiveMembersPruner.billing': 'Abrechnung',
  'inactiveMembersPruner.mode': 'Abrechnungsart',
  'inactiveMembersPruner.mode.team_licenses': 'Team-Lizenzen',
  'inactiveMembersPruner.mode.user_licenses': 'Nutzer-Lizenzen',
  'inactiveMembersPruner.modeHint.team_licenses':
    'Jedes aktive Team ist eine abgerechnete Einheit. Archivierte Teams werden nicht abgerechnet.',
  'inactiveMembersPruner.modeHint.user_licenses':
    'Jedes Mitglied mindestens eines aktiven Teams ist eine abgerechnete Einheit. Archivierte Teams und Mitglieder ohne aktives Team werden nicht abgerechnet.',
  'inactiveMembersPruner.unitsNow': 'Abgerechnete Einheiten diesen Monat',
  'inactiveMembersPruner.unitsNext': 'Abgerechnete Einheiten ab {date}',
  'inactiveMembersPruner.unitPrice': 'Preis pro Einheit',
  'inactiveMembersPruner.activeTeams': 'Aktive Teams',
  'inactiveMembersPruner.archivedTeams': 'Archivierte Teams',
  'inactiveMembersPruner.activeMembers': 'Aktive Mitglieder',
  'inactiveMembersPruner.inactiveMembers': 'Inaktive Mitglieder',
  'inactiveMembersPruner.readOnly':
    'Ihre Rolle zeigt Teams und Mitglieder. Teams archivieren und Mitglieder entfernen kann ein Administrator Ihres Portals.',
  'inactiveMembersPruner.teams': 'Teams',
  'inactiveMembersPruner.teamsSearch': 'Teams durchsuchen',
  'inactiveMembersPruner.team': 'Team',
  'inactiveMembersPruner.status': 'Status',
  'inactiveMembersPruner.members': 'Mitglieder',
  'inactiveMembersPruner.billedNext': 'Nächsten Monat abgerechnet',
  'inactiveMembersPruner.active': 'Aktiv',
  'inactiveMembersPruner.archived': 'Archiviert',
  'inactiveMembersPruner.archivedOn': 'seit {date}',
  'inactiveMembersPruner.yes': 'Ja',
  'inactiveMembersPruner.no': 'Nein',
  'inactiveMembersPruner.archive': 'Archivieren',
  'inactiveMembersPruner.unarchive': 'Wiederherstellen',
  'inactiveMembersPruner.noTeams': 'Kein Team passt.',
  'inactiveMembersPruner.noTeamsYet': 'Dieser Workspace hat noch keine Teams.',
  'inactiveMembersPruner.more': 'Mehr anzeigen',
  'inactiveMembersPruner.loaded': { one: '{count} weiterer angezeigt.', other: '{count} weitere angezeigt.' },
  'inactiveMembersPruner.inactiveCount': {
    one: '{count} inaktives Mitglied',
    other: '{count} inaktive Mitglieder',
  },
  'inactiveMembersPruner.inactiveHint':
    'Mitglieder ohne aktives Team. Sie werden nicht als Nutzer abgerechnet, behalten aber den Zugriff auf die Inhalte des Workspace, bis sie entfernt werden.',
  'inactiveMembersPruner.inactiveSearch': 'Inaktive Mitglieder durchsuchen',
  'inactiveMembersPruner.member': 'Mitglied',
  'inactiveMembersPruner.lastSeen': 'Zuletzt aktiv',
  'inactiveMembersPruner.never': 'Nie',
  'inactiveMembersPruner.noInactive': 'Kein Mitglied ist inaktiv: Alle sind in einem aktiven Team.',
  'inactiveMembersPruner.noMatch': 'Kein inaktives Mitglied passt zu dieser Suche.',
  'inactiveMembersPruner.excluded': 'Werden nie entfernt',
  'inactiveMembersPruner.reason.caller': 'Sie entfernen sich nie selbst',
  'inactiveMembersPruner.reason.super_admin': 'Super-Admins werden nie entfernt',
  'inactiveMembersPruner.excludedItem': '{name} ({email}): {reason}',
  'inactiveMembersPruner.removeOpen': 'Inaktive Mitglieder entfernen',
  'inactiveMembersPruner.nothingToRemove': 'Es gibt kein inaktives Mitglied zu entfernen.',
  'inactiveMembersPruner.who': 'Wer entfernt wird',
  'inactiveMembersPruner.andMore': { one: 'und {count} weiteres', other: 'und {count} weitere' },
  'inactiveMembersPruner.stale':
    'Teams oder Mitglieder haben sich geändert, seit die Liste erstellt wurde, daher wurde noch niemand entfernt.',
  'inactiveMembersPruner.staleAdded': 'Jetzt ebenfalls inaktiv: {names}.',
  'inactiveMembersPruner.staleGone': 'Nicht mehr zu entfernen: {names}.',
  'inactiveMembersPruner.staleSame': 'Die zu entfernenden Mitglieder sind dieselben.',
  'inactiveMembersPruner.staleCheck': 'Prüfen Sie die neue Liste und bestätigen Sie erneut.',
  'inactiveMembersPruner.progress': '{processed} von {total} bearbeitet',
  'inactiveMembersPruner.removedBody': 'Sie haben keinen Zugriff mehr auf den Workspace.',
  'inactiveMembersPruner.notRemoved': {
    one: '{count} Mitglied wurde nicht entfernt',
    other: '{count} Mitglieder wurden nicht entfernt',
  },
  'inactiveMembersPruner.jobFailed':
    'Das Entfernen wurde vor dem Ende abgebrochen. Die als entfernt aufgeführten Mitglieder haben den Zugriff verloren; die anderen wurden nicht entfernt.',
  'inactiveMembersPruner.export': 'Monatlicher Export der abgerechneten Lizenzinhaber',
  'inactiveMembersPruner.exportHint': 'Eine CSV-Datei mit einer Zeile pro abgerechneter Einheit des Monats.',
  'inactiveMembersPruner.month': 'Monat',
  'inactiveMembersPruner.futureMonth': 'Wählen Sie diesen oder einen früheren Monat.',
  'inactiveMembersPruner.downloadCsv': 'CSV herunterladen',
  'inactiveMembersPruner.downloaded': '{filename} heruntergeladen.',
  'inactiveMembersPruner.noBilling':
    'Exporte und Rechnungen erfordern Zugriff auf die Abrechnung, den Ihre Rolle nicht umfasst.',
  'inactiveMembersPruner.invoices': 'Rechnungen',
  'inactiveMembersPruner.invoice': 'Rechnung',
  'inactiveMembersPruner.period': 'Zeitraum',
  'inactiveMembersPruner.amount': 'Betrag',
  'inactiveMembersPruner.range': '{start} – {end}',
  'inactiveMembersPruner.invoiceStatus.paid': 'Bezahlt',
  'inactiveMembersPruner.invoiceStatus.open': 'Offen',
  'inactiveMembersPruner.invoiceStatus.void': 'Storniert',
  'inactiveMembersPruner.invoiceStatus.uncollectible': 'Uneinbringlich',
  'inactiveMembersPruner.due': 'fällig am {date}',
  'inactiveMembersPruner.pdf': 'PDF herunterladen',
  'inactiveMembersPruner.noInvoices': 'Noch keine Rechnungen.',
  'inactiveMembersPruner.keepHint':
    'Entfernen Sie den Haken bei allen, die bleiben sollen: Sie werden nicht entfernt.',
  'inactiveMembersPruner.keptCount': {
    one: '{count} Mitglied bleibt.',
    other: '{count} Mitglieder bleiben.',
  },
};
