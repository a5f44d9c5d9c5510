import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/minutes-forms.js';

/**
 * Deutsch: the strings of `<minutes-balance>`’s dialogs: buying, transferring, projects and auto-recharge,
 * loaded with them the first time one of them opens.
 */
export const messages: Translation<typeof en> = {
  'account.option': '{title} ({balance})',
  'account.defaultChanged':
    '„{title}“ ist jetzt das Standardkonto: Sitzungen, auch aus Integrationen wie Zoom, verbrauchen seine Minuten.',
  'buy.title': 'Minuten kaufen',
  'buy.account': 'Konto',
  'buy.quantity': 'Minuten',
  'buy.enterQuantity': 'Geben Sie eine Anzahl Minuten ein, um den Preis zu sehen.',
  'buy.pricing': 'Preis wird ermittelt…',
  'buy.preview': '{minutes} zu je {unit}: {total}',
  'buy.reviewTitle': 'Kauf bestätigen',
  'buy.unitPrice': 'Preis pro Minute',
  'buy.total': 'Summe',
  'buy.reviewHint': 'Berechnet wird jetzt der Katalogpreis. Die Minuten werden sofort gutgeschrieben.',
  'buy.confirm': 'Für {total} kaufen',
  'buy.done': '{minutes} zu „{account}“ hinzugefügt. Berechnet: {total}.',
  'transfer.title': 'Minuten übertragen',
  'transfer.from': 'Von Konto',
  'transfer.to': 'Auf Konto',
  'transfer.minutes': 'Minuten',
  'transfer.submit': 'Übertragen',
  'transfer.done': '{minutes} von „{from}“ auf „{to}“ übertragen.',
  'project.createTitle': 'Neues Projekt',
  'project.createHint': 'Ein Projekt legt Minuten beiseite, etwa um eine feste Anzahl davon freizugeben.',
  'project.editTitle': '„{title}“ bearbeiten',
  'project.create': 'Projekt anlegen',
  'project.created': 'Projekt „{title}“ angelegt.',
  'project.updated': '„{title}“ gespeichert.',
  'project.theirs':
    'Jetzt steht dort: Titel „{title}“, Beschreibung „{description}“. Speichern ersetzt es durch Ihres.',
  'project.theirsNoDescription':
    'Jetzt steht dort: Titel „{title}“, keine Beschreibung. Speichern ersetzt es durch Ihres.',
  'project.deleteTitle': 'Projekt „{title}“ löschen?',
  'project.deleteMoves': 'Seine {minutes} gehen auf „{pool}“. Keine Minute geht verloren.',
  'project.deleteEmpty': 'Es enthält keine Minuten.',
  'project.deleteNoShares': 'Es ist für kein Portal freigegeben.',
  'project.deleteShares': { one: 'Seine Freigabe endet:', other: 'Seine {count} Freigaben enden:' },
  'project.deleteRevokes': '{portal} ({email}) verliert sofort den Zugriff.',
  'project.deleteCancels': 'Die ausstehende Einladung an {portal} ({email}) wird zurückgezogen.',
  'project.deleteConfirm': 'Projekt löschen',
  'project.deleted': {
    one: 'Projekt „{title}“ gelöscht. {minutes} auf „{pool}“ übertragen; 1 Freigabe beendet.',
    other: 'Projekt „{title}“ gelöscht. {minutes} auf „{pool}“ übertragen; {count} Freigaben beendet.',
  },
  'invitation.accepted': 'Sie haben „{title}“ von {portal} angenommen. Ihr Standardkonto bleibt unverändert.',
  'invitation.acceptedDefault':
    'Sie haben „{title}“ von {portal} angenommen. Es ist jetzt Ihr Standardkonto.',
  'invitation.declined': 'Sie haben „{title}“ von {portal} abgelehnt.',
  'default.title': '„{title}“ zum Standardkonto machen?',
  'default.body':
    'Ab sofort verbrauchen die Sitzungen Ihres Portals die Minuten von „{title}“ ({minutes}) statt von „{current}“.',
  'default.bodyFirst':
    'Ab sofort verbrauchen die Sitzungen Ihres Portals die Minuten von „{title}“ ({minutes}).',
  'default.undo': 'Sie können jederzeit ein anderes Konto zum Standard machen.',
  'transfer.usedBy': {
    one: 'von {count} anderen Portal genutzt',
    other: 'von {count} anderen Portalen genutzt',
  },
  'transfer.toShared': {
    one: 'Ein anderes Portal nutzt „{title}“: Es kann die Minuten verbrauchen, die Sie dorthin übertragen.',
    other:
      '{count} andere Portale nutzen „{title}“: Sie können die Minuten verbrauchen, die Sie dorthin übertragen.',
  },
  'transfer.offeredTo': {
    one: '{count} anderem Portal angeboten',
    other: '{count} anderen Portalen angeboten',
  },
  'transfer.toOffered': {
    one: '„{title}“ ist einem anderen Portal angeboten: Nimmt es an, kann es die Minuten verbrauchen, die Sie dorthin übertragen.',
    other:
      '„{title}“ ist {count} anderen Portalen angeboten: Nehmen sie an, können sie die Minuten verbrauchen, die Sie dorthin übertragen.',
  },
};
