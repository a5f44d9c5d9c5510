import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/common.js';

/**
 * Deutsch: the strings every widget shows: units, actions, loading and access states, form checks,
 * and the message of every error code (what `src/base/` shows).
 */
export const messages: Translation<typeof en> = {
  'unit.minutes': { one: '{count} Minute', other: '{count} Minuten' },
  'unit.minutesWord': { one: 'Minute', other: 'Minuten' },
  'action.back': 'Zurück',
  'action.cancel': 'Abbrechen',
  'action.close': 'Schließen',
  'action.continue': 'Weiter',
  'action.retry': 'Erneut versuchen',
  'action.save': 'Speichern',
  'label.for': '{action}: {subject}',
  'action.working': 'Wird ausgeführt…',
  'state.loading': 'Wird geladen',
  'state.forbidden.title': 'Sie haben darauf keinen Zugriff.',
  'reason.token':
    'Das Token dieses Widgets enthält die Berechtigung {permission} nicht, die hierfür nötig ist. Ihre Rolle hat sie: Die Seite, die das Widget einbettet, muss sie beim Erstellen des Tokens anfordern.',
  'state.forbidden.body': 'Ihre Rolle umfasst das nicht. Eine Administratorin Ihres Portals kann das ändern.',
  'state.unconfigured':
    'Dieses Widget ist nicht verbunden: Es braucht eine Basis-URL und ein Token oder einen <allot-provider>.',
  'error.validation_failed':
    'Einige Werte sind ungültig. Prüfen Sie das Formular und versuchen Sie es erneut.',
  'error.unauthenticated': 'Ihre Sitzung ist abgelaufen. Laden Sie die Seite neu, um sich erneut anzumelden.',
  'error.forbidden': 'Ihre Rolle erlaubt das nicht. Eine Administratorin Ihres Portals kann das ändern.',
  'error.not_found': 'Dieses Konto oder diese Freigabe gibt es nicht, oder Sie dürfen sie nicht sehen.',
  'error.precondition_failed':
    'Jemand anderes hat das inzwischen geändert. Die neueste Fassung ist geladen: Prüfen Sie sie und speichern Sie erneut.',
  'error.precondition_required':
    'Diese Änderung braucht die neueste Fassung. Laden Sie neu und versuchen Sie es erneut.',
  'error.rate_limited': 'Zu viele Anfragen. Warten Sie {seconds} Sekunden und versuchen Sie es erneut.',
  'error.unavailable': 'Der Dienst ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  'error.insufficient_minutes': 'Dieses Konto hat nicht so viele Minuten.',
  'error.idempotency_key_reused': 'Diese Anfrage wurde schon mit anderen Werten gesendet. Beginnen Sie neu.',
  'error.cannot_delete_pool': 'Der Hauptpool kann nicht gelöscht werden, nur Projekte.',
  'error.portal_not_found':
    'Kein Portal hat diese Inhaber-E-Mail. Prüfen Sie die Adresse: Nichts wurde freigegeben und keine E-Mail gesendet.',
  'error.cannot_share_with_self':
    'Das ist die E-Mail Ihres eigenen Portals. Geben Sie die E-Mail des Inhabers des anderen Portals ein.',
  'error.share_exists': 'Dieses Konto ist für dieses Portal schon freigegeben (ausstehend oder angenommen).',
  'error.resend_too_soon':
    'Diese Einladung wurde vor weniger als einer Minute gesendet. Sie können sie gleich erneut senden.',
  'error.account_not_owned':
    'Ein anderes Portal hat dieses Konto für Sie freigegeben; nur sein Inhaber kann es ändern oder freigeben.',
  'error.same_account': 'Wählen Sie zwei verschiedene Konten.',
  'error.share_not_pending':
    'Diese Einladung ist nicht mehr ausstehend: Sie wurde angenommen, abgelehnt oder zurückgezogen.',
  'error.share_not_active': 'Diese Freigabe ist bereits beendet.',
  'error.network': 'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Dienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  'error.unknown': 'Etwas ist schiefgegangen ({code}). Versuchen Sie es erneut.',
  'field.required': 'Pflichtfeld.',
  'field.minutes': 'Geben Sie eine ganze Zahl von Minuten zwischen 1 und 1.000.000 ein.',
  'field.email': 'Geben Sie eine gültige E-Mail-Adresse ein, etwa inhaber@beispiel.de.',
  'field.emailRequired': 'Geben Sie die E-Mail des Inhabers des anderen Portals ein.',
  'field.minimum': 'Dieser Wert ist zu klein.',
  'field.maximum': 'Dieser Wert ist zu groß.',
  'field.minLength': 'Pflichtfeld.',
  'field.maxLength': 'Das ist zu lang.',
  'field.format': 'Das hat nicht das erwartete Format.',
  'field.pattern': 'Das hat nicht das erwartete Format.',
  'field.invalid': 'Dieser Wert ist ungültig.',
  'error.stale_preview':
    'Teams oder Mitglieder haben sich seit der Vorschau geändert, daher wurde niemand entfernt. Erstellen Sie die Vorschau neu.',
  'error.confirmation_required':
    'Setzen Sie das Häkchen, um zu bestätigen, dass diese Mitglieder sofort den Zugriff verlieren.',
  'error.user_not_found':
    'Kein Nutzer hat diese E-Mail-Adresse. Eingeladen werden können nur Personen, die bereits ein Konto haben.',
  'error.already_member': 'Bereits Mitglied dieses Portals.',
  'error.invitation_exists':
    'Bereits eingeladen, Einladung ausstehend. Senden Sie sie in der Liste „Ausstehend“ erneut.',
  'error.invitation_not_pending':
    'Diese Einladung ist nicht mehr ausstehend: Sie wurde angenommen, widerrufen oder ist abgelaufen. Die Liste ist jetzt aktuell.',
  'error.unpaid_invoices':
    'Ihr aktuelles Konto hat unbezahlte Rechnungen, daher können Sie noch nicht beitreten.',
  'error.pending_cancellation':
    'Für Ihr aktuelles Konto läuft eine Kündigung, daher können Sie noch nicht beitreten.',
  'error.linked_users_exist':
    'Mit Ihrem aktuellen Konto sind noch Nutzer verknüpft (Fehler 1009), daher können Sie noch nicht beitreten.',
  'error.license_already_assigned': 'Jemand hat diese Lizenz inzwischen zugewiesen.',
  'error.product_already_assigned':
    'Diese Person hat bereits eine Lizenz dieses Produkts. Wählen Sie jemand anderen.',
  'error.license_not_assigned': 'Diese Lizenz ist bereits wieder im Pool.',
  'error.no_free_license': 'Von diesem Produkt ist keine freie Lizenz mehr übrig.',
  'error.product_not_assigned':
    'Diese Person hat dieses Produkt nicht mehr; die Ansicht zeigt den aktuellen Stand.',
  'error.allocation_mismatch': 'Die Teile müssen genau die Menge der Zeile ergeben.',
  'error.terms_not_accepted':
    'Bestätigen Sie mit dem Häkchen, dass Sie die Bestellung und ihre Kosten gelesen haben.',
  'error.quote_expired':
    'Dieses Angebot ist abgelaufen (Angebote gelten 30 Minuten) oder wurde schon bestellt. Holen Sie ein neues Angebot: Der Warenkorb bleibt erhalten.',
  'error.cost_center_exists': 'Eine Kostenstelle verwendet diesen Code bereits. Wählen Sie einen anderen.',
  'error.exceeds_deletable':
    'Jetzt können weniger Lizenzen gelöscht werden: Einige wurden inzwischen zugewiesen oder gelöscht. Die Zahlen sind aktualisiert.',
};
