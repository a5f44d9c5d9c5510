import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/member-invite.js';

/**
 * Deutsch: the strings of `<member-invite>`: the invitation form, pending invitations and the invitee’s side.
 */
export const messages: Translation<typeof en> = {
  'memberInvite.title': 'Bestehende Nutzer einladen',
  'memberInvite.intro':
    'Laden Sie Personen ein, die bereits ein Konto haben. Ihr Konto wechselt in dieses Portal, sobald sie annehmen.',
  'memberInvite.emails': 'E-Mail-Adressen',
  'memberInvite.emailsHint': 'Eine pro Zeile oder durch Kommas getrennt. Bis zu 50 auf einmal.',
  'memberInvite.count': { one: '{count} Adresse', other: '{count} Adressen' },
  'memberInvite.noEmails': 'Geben Sie mindestens eine E-Mail-Adresse ein.',
  'memberInvite.tooMany':
    'Höchstens 50 Adressen auf einmal; es sind {count}. Senden Sie sie in mehreren Schritten.',
  'memberInvite.invalid': 'Keine gültige E-Mail-Adresse.',
  'memberInvite.duplicate': 'Doppelt eingegeben.',
  'memberInvite.fixAddresses': {
    one: 'Korrigieren Sie {count} Adresse.',
    other: 'Korrigieren Sie {count} Adressen.',
  },
  'memberInvite.joinAs': 'Beitreten als',
  'memberInvite.basic': 'Basis-Mitglied',
  'memberInvite.basicHint': 'Ohne Lizenz. Ein Administrator kann später Lizenzen zuweisen.',
  'memberInvite.licensed': 'Lizenziertes Mitglied',
  'memberInvite.licensedHint':
    'Erhält beim Beitritt je eine Lizenz der unten gewählten Produkte, sofern eine frei ist.',
  'memberInvite.products': 'Zuzuweisende Lizenzen',
  'memberInvite.productsRequired': 'Wählen Sie mindestens ein Produkt.',
  'memberInvite.free': { one: '1 frei', other: '{count} frei' },
  'memberInvite.noneFree': 'keine frei',
  'memberInvite.fewFree': {
    one: '{product}: 1 freie Lizenz für {invitees} eingeladene Personen. Wer zuerst beitritt, erhält sie; kaufen Sie weitere in der Lizenztabelle.',
    other:
      '{product}: {count} freie Lizenzen für {invitees} eingeladene Personen. Wer zuerst beitritt, erhält eine; kaufen Sie weitere in der Lizenztabelle.',
  },
  'memberInvite.noFree':
    '{product}: keine freie Lizenz. Eingeladene treten ohne sie bei, bis eine in der Lizenztabelle gekauft wird.',
  'memberInvite.message': 'Persönliche Nachricht',
  'memberInvite.messageHint': 'Optional. Wird der Einladungs-E-Mail hinzugefügt.',
  'memberInvite.moves': 'Wird mit dem Nutzer übertragen',
  'memberInvite.stays': 'Wird nicht übertragen',
  'memberInvite.move.profile': 'Profil (Name, Bild, Zeitzone …)',
  'memberInvite.move.meetings': 'Geplante Meetings und Webinare',
  'memberInvite.move.recordings': 'Cloud-Aufzeichnungen',
  'memberInvite.move.chat': 'Chatverlauf',
  'memberInvite.move.contacts': 'Kontakte',
  'memberInvite.move.settings': 'Einstellungen (solche im Konflikt mit denen des Portals werden geändert)',
  'memberInvite.stay.licenses':
    'Lizenzen für große Meetings und Webinare: Ein Administrator des neuen Portals weist sie neu zu',
  'memberInvite.stay.reports': 'Berichtsdaten: Berichte vor dem Annehmen herunterladen',
  'memberInvite.basicWarning':
    'Wer heute eine Lizenz hat und als Basis-Mitglied beitritt, verliert die lizenzierten Funktionen wie Cloud-Aufzeichnung und Meetings über 40 Minuten, bis eine Lizenz zugewiesen wird.',
  'memberInvite.submit': 'Einladungen senden',
  'memberInvite.invited': 'Eingeladen',
  'memberInvite.sent': { one: '{count} Einladung gesendet.', other: '{count} Einladungen gesendet.' },
  'memberInvite.notSent': {
    one: '{count} Adresse wurde nicht eingeladen: Der Grund steht daneben.',
    other: '{count} Adressen wurden nicht eingeladen: Der Grund steht jeweils daneben.',
  },
  'memberInvite.kept':
    'Die nicht eingeladenen Adressen bleiben im Feld, um sie zu korrigieren oder zu entfernen.',
  'memberInvite.noInvite':
    'Ihre Rolle zeigt Einladungen, kann sie aber nicht senden, erneut senden oder widerrufen.',
  'memberInvite.pending': 'Ausstehend ({count})',
  'memberInvite.noPending': 'Keine ausstehenden Einladungen.',
  'memberInvite.blocked':
    'Kann noch nicht annehmen: {reasons}. Das muss zuerst im aktuellen Konto der Person geklärt werden.',
  'memberInvite.blockedBy.unpaid_invoices': 'unbezahlte Rechnungen',
  'memberInvite.blockedBy.pending_cancellation': 'eine laufende Kündigung des Tarifs',
  'memberInvite.blockedBy.linked_users_exist': 'noch mit dem Konto verknüpfte Benutzer (Fehler 1009)',
  'memberInvite.history': {
    one: 'Beantwortet, abgelaufen oder widerrufen ({count})',
    other: 'Beantwortet, abgelaufen oder widerrufen ({count})',
  },
  'memberInvite.noHistory': 'Noch keine Einladung wurde beantwortet, ist abgelaufen oder wurde widerrufen.',
  'memberInvite.status.accepted': 'Angenommen',
  'memberInvite.status.declined': 'Abgelehnt',
  'memberInvite.status.expired': 'Abgelaufen',
  'memberInvite.status.revoked': 'Widerrufen',
  'memberInvite.status.acceptedOn': 'angenommen am {date}',
  'memberInvite.status.expiredOn': 'abgelaufen am {date}',
  'memberInvite.status.credit': 'eine Gutschrift von {amount} auf Ihrer nächsten Rechnung',
  'memberInvite.as.basic': 'Basis',
  'memberInvite.as.licensed': 'Lizenziert: {products}',
  'memberInvite.as.licensedCount': { one: 'Lizenziert: 1 Produkt', other: 'Lizenziert: {count} Produkte' },
  'memberInvite.sentOn': 'Gesendet am {date}',
  'memberInvite.expires': 'läuft am {date} ab',
  'memberInvite.resend': 'Erneut senden',
  'memberInvite.revoke': 'Widerrufen',
  'memberInvite.resent': 'Die Einladung an {email} wurde erneut gesendet. Sie läuft jetzt am {date} ab.',
  'memberInvite.revokeTitle': 'Einladung an {email} widerrufen?',
  'memberInvite.revokeBody':
    'Der Link in der E-Mail funktioniert nicht mehr. Sie können diese Adresse später erneut einladen.',
  'memberInvite.keep': 'Einladung behalten',
  'memberInvite.revokeConfirm': 'Einladung widerrufen',
  'memberInvite.revoked': 'Die Einladung an {email} wurde widerrufen.',
  'memberInvite.more': 'Mehr anzeigen',
  'memberInvite.inviteeTitle': 'Einladungen in ein anderes Portal',
  'memberInvite.noIncoming': 'Sie haben keine ausstehenden Einladungen.',
  'memberInvite.from':
    '{portal} ({email}) lädt Sie zum Beitritt ein. Gesendet von {inviter}; läuft am {date} ab.',
  'memberInvite.joinBasic': 'Sie würden als Basis-Mitglied ohne Lizenz beitreten.',
  'memberInvite.joinLicensed': {
    one: 'Sie würden mit {count} Lizenz beitreten.',
    other: 'Sie würden mit {count} Lizenzen beitreten.',
  },
  'memberInvite.blockers': 'Bevor Sie annehmen können',
  'memberInvite.blocker.unpaid_invoices': 'Ihr aktuelles Konto hat unbezahlte Rechnungen.',
  'memberInvite.fix.unpaid_invoices':
    'Bezahlen Sie die offenen Rechnungen auf der Abrechnungsseite Ihres Kontos und nehmen Sie dann an.',
  'memberInvite.blocker.pending_cancellation': 'Für Ihr aktuelles Konto läuft eine Kündigung.',
  'memberInvite.fix.pending_cancellation':
    'Wählen Sie auf der Abrechnungsseite Ihres Kontos „Tarif reaktivieren“ und nehmen Sie dann hier an, um die anteilige Erstattung oder Gutschrift zu erhalten.',
  'memberInvite.blocker.linked_users_exist': {
    one: '{count} Nutzer ist noch mit Ihrem Konto verknüpft (Fehler 1009).',
    other: '{count} Nutzer sind noch mit Ihrem Konto verknüpft (Fehler 1009).',
  },
  'memberInvite.fix.linked_users_exist':
    'Entfernen Sie sie, heben Sie die Verknüpfung auf oder laden Sie sie zuerst in das andere Portal ein, und nehmen Sie dann an.',
  'memberInvite.settlement': 'Der ungenutzte Teil Ihres Tarifs',
  'memberInvite.proration': {
    one: 'Ihr Tarif kostet {price} für {days} Tage; {count} Tag bleibt ungenutzt: {amount}.',
    other: 'Ihr Tarif kostet {price} für {days} Tage; {count} Tage bleiben ungenutzt: {amount}.',
  },
  'memberInvite.refund': '{amount} auf meine ursprüngliche Zahlungsmethode erstatten',
  'memberInvite.refundHint': 'Innerhalb von 3 bis 5 Werktagen, spätestens am {date}.',
  'memberInvite.credit': '{amount} als Gutschrift an {portal} übertragen',
  'memberInvite.creditHint': 'Wird mit der nächsten Rechnung von {portal} verrechnet.',
  'memberInvite.chooseSettlement': 'Wählen Sie eine Erstattung oder eine Gutschrift.',
  'memberInvite.accept': 'Annehmen und {portal} beitreten',
  'memberInvite.acceptBlocked': 'Erneut prüfen und {portal} beitreten',
  'memberInvite.joined.refund':
    'Sie sind {portal} beigetreten. {amount} werden bis spätestens {date} auf Ihre ursprüngliche Zahlungsmethode erstattet.',
  'memberInvite.joined.transfer_credit':
    'Sie sind {portal} beigetreten. {amount} wurden {portal} für die nächste Rechnung gutgeschrieben.',
  'memberInvite.joined.none': 'Sie sind {portal} beigetreten.',
  'memberInvite.decline': 'Ablehnen',
  'memberInvite.declineAsk':
    'Die Einladung von {portal} ablehnen? {portal} sieht, dass Sie abgelehnt haben, und Sie bleiben in Ihrem aktuellen Konto.',
  'memberInvite.declineConfirm': 'Einladung ablehnen',
  'memberInvite.declineKeep': 'Behalten',
  'memberInvite.declined': 'Sie haben die Einladung von {portal} abgelehnt.',
  'memberInvite.linkedUsers': 'Noch verknüpfte Benutzer',
};
