import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/minutes-balance.js';

/**
 * Deutsch: the strings of `<minutes-balance>`: accounts, invitations, usage and ledger; its dialogs' own are in
 * `minutes-forms`. It also loads `<share-dialog>`'s.
 */
export const messages: Translation<typeof en> = {
  'reason.minutesAdmin': 'Minuten kaufen und Konten ändern erfordert eine Administratorrolle.',
  'balance.title': 'Minuten',
  'balance.actions': 'Aktionen für Minuten',
  'balance.accounts': 'Konten',
  'balance.empty': 'Es gibt noch keine Minutenkonten.',
  'account.default': 'Standard',
  'account.pool': 'Pool',
  'account.project': 'Projekt',
  'account.sharedBy': 'Freigegeben von {portal}',
  'account.shareCount': { one: 'Für 1 Portal freigegeben', other: 'Für {count} Portale freigegeben' },
  'account.sharePending': {
    one: '1 Freigabe wartet auf Antwort',
    other: '{count} Freigaben warten auf Antwort',
  },
  'account.transactions': 'Buchungen',
  'account.makeDefault': 'Als Standard festlegen',
  'account.edit': 'Bearbeiten',
  'account.delete': 'Löschen',
  'buy.open': 'Minuten kaufen',
  'transfer.open': 'Übertragen',
  'project.open': 'Neues Projekt',
  'invitation.title': {
    one: 'Eine Einladung zum Teilen von Minuten',
    other: '{count} Einladungen zum Teilen von Minuten',
  },
  'invitation.offerPool':
    '{portal} ({email}) bietet Ihnen den ganzen Pool „{title}“ an: heute {minutes}, und was er künftig kauft.',
  'invitation.offerProject': '{portal} ({email}) bietet Ihnen {minutes} aus „{title}“ an.',
  'invitation.setDefault': 'Diese Minuten standardmäßig verwenden',
  'invitation.setDefaultHint':
    'Ohne diese Option verbrauchen Sitzungen aus Integrationen wie Zoom diese Minuten nicht, und sie erscheinen nicht im Zoom-Dashboard.',
  'invitation.accept': 'Annehmen',
  'invitation.decline': 'Ablehnen',
  'usage.title': 'Verbrauch von „{account}“ in den letzten 30 Tagen',
  'usage.slider': 'Tag',
  'usage.day': '{date}: {minutes}',
  'usage.summary': '{minutes} in den letzten 30 Tagen verbraucht',
  'usage.none': 'In den letzten 30 Tagen hat keine Sitzung diese Minuten verbraucht.',
  'usage.empty': 'Dieses Konto ist leer.',
  'usage.projection': 'Beim aktuellen Verbrauch ({rate} pro Tag) sind diese Minuten {when} aufgebraucht.',
  'ledger.title': 'Buchungen von „{title}“',
  'ledger.empty': 'Noch keine Buchungen.',
  'ledger.date': 'Datum',
  'ledger.transaction': 'Buchung',
  'ledger.actor': 'Von',
  'ledger.minutes': 'Minuten',
  'ledger.balance': 'Saldo',
  'ledger.balanceAfter': 'Saldo {balance}',
  'ledger.more': 'Ältere Buchungen anzeigen',
  'ledger.loaded': { one: '1 ältere Buchung angezeigt.', other: '{count} ältere Buchungen angezeigt.' },
  'ledger.kind.purchase': 'Kauf',
  'ledger.kind.transfer_out': 'Übertragung ausgehend',
  'ledger.kind.transfer_outNamed': 'Übertragung auf „{title}“',
  'ledger.kind.transfer_in': 'Übertragung eingehend',
  'ledger.kind.transfer_inNamed': 'Übertragung von „{title}“',
  'ledger.kind.usage': 'Sitzungen',
  'ledger.kind.refund': 'Erstattung',
  'ledger.kind.adjustment': 'Korrektur',
};
