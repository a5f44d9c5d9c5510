import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/share-panel.js';

/**
 * Deutsch: the strings of `<share-dialog>`’s form, steps and list of shares (also opened from
 * `<minutes-balance>`), loaded with the dialog the first time it opens.
 */
export const messages: Translation<typeof en> = {
  'share.what': 'Was teilen',
  'share.mode.account': 'Alle Minuten von „{title}“',
  'share.mode.accountHint':
    'Das andere Portal nutzt das gesamte Guthaben dieses Kontos, jetzt und nach jedem Kauf.',
  'share.mode.minutes': 'Eine feste Anzahl Minuten',
  'share.mode.minutesHint': 'Ein neues Projekt erhält die Minuten, und dieses Projekt wird freigegeben.',
  'share.projectHint': 'Der Name des neuen Projekts, das die geteilten Minuten enthält.',
  'share.minutes': 'Zu teilende Minuten',
  'share.email': 'E-Mail des Inhabers des anderen Portals',
  'share.emailHint':
    'In diesem Schritt wird keine E-Mail gesendet: Die Adresse bestimmt das Portal, damit die Minuten beim richtigen Konto ankommen.',
  'share.submit': 'Teilen',
  'share.resume': 'Teilen abschließen',
  'share.sent': 'Die Einladung zum Teilen von Minuten wurde an das Konto gesendet',
  'share.sentDetail': '{portal} ({email}) kann diese Minuten nutzen, sobald es annimmt.',
  'share.resent': 'Die Einladung an {portal} wurde erneut gesendet.',
  'share.cancelled': 'Die Einladung an {portal} wurde zurückgezogen.',
  'share.revoked': '{portal} hat keinen Zugriff mehr auf „{title}“.',
  'steps.title': 'Eine feste Anzahl Minuten teilen',
  'steps.project': 'Projekt „{title}“ angelegt',
  'steps.transfer': 'Minuten auf das Projekt übertragen',
  'steps.transferred': '{minutes} auf das Projekt übertragen',
  'steps.share': 'Einladung senden',
  'steps.resume':
    'Was erledigt ist, bleibt erledigt: Beim Abschließen wird nichts doppelt angelegt oder übertragen.',
  'steps.done': 'erledigt',
  'steps.failed': 'fehlgeschlagen',
  'steps.todo': 'offen',
  'shares.title': 'Freigaben von „{title}“',
  'shares.fromProject': 'Die im neuen Projekt „{title}“ zurückgelegten Minuten',
  'shares.empty': 'Dieses Konto ist für kein Portal freigegeben.',
  'shares.sent': 'Gesendet am {date}',
  'shares.resend': 'Erneut senden',
  'shares.resendIn': 'Erneut senden möglich {when}',
  'shares.cancel': 'Einladung zurückziehen',
  'shares.revoke': 'Zugriff entziehen',
  'status.pending': 'Ausstehend',
  'status.accepted': 'Angenommen',
  'status.declined': 'Abgelehnt',
  'status.cancelled': 'Zurückgezogen',
  'status.revoked': 'Entzogen',
  'confirm.cancelTitle': 'Einladung an {portal} zurückziehen?',
  'confirm.cancelBody': '{portal} kann sie dann nicht mehr annehmen. Es werden keine Minuten bewegt.',
  'confirm.keepInvitation': 'Einladung behalten',
  'confirm.revokeTitle': 'Zugriff von {portal} auf „{title}“ entziehen?',
  'confirm.revokeBody':
    '{portal} verliert sofort den Zugriff. War dieses Konto dort das Standardkonto, nutzen die Sitzungen wieder den eigenen Pool. Es werden keine Minuten bewegt: Das Konto und sein Guthaben bleiben bei Ihnen.',
  'confirm.keepSharing': 'Weiter teilen',
};
