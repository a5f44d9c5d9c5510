import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/share-panel.js';

/**
 * Français: the strings of `<share-dialog>`’s form, steps and list of shares (also opened from
 * `<minutes-balance>`), loaded with the dialog the first time it opens. The source document’s wording is kept
 * for the success message.
 */
export const messages: Translation<typeof en> = {
  'share.what': 'Que partager',
  'share.mode.account': 'Toutes les minutes de « {title} »',
  'share.mode.accountHint':
    'L’autre portail puise dans tout le solde de ce compte, maintenant et après chaque achat.',
  'share.mode.minutes': 'Un nombre précis de minutes',
  'share.mode.minutesHint': 'Un nouveau projet reçoit les minutes, et c’est ce projet qui est partagé.',
  'share.projectHint': 'Le nom du nouveau projet qui contient les minutes partagées.',
  'share.minutes': 'Minutes à partager',
  'share.email': 'E-mail du propriétaire de l’autre portail',
  'share.emailHint':
    'Aucun e-mail n’est envoyé à cette étape : l’adresse identifie le portail, pour que les minutes aillent au bon compte.',
  'share.submit': 'Partager',
  'share.resume': 'Terminer le partage',
  'share.sent': 'L’invitation à partager des minutes a été envoyée au compte',
  'share.sentDetail': '{portal} ({email}) pourra utiliser ces minutes dès qu’il aura accepté.',
  'share.resent': 'L’invitation à {portal} a été renvoyée.',
  'share.cancelled': 'L’invitation à {portal} a été annulée.',
  'share.revoked': '{portal} n’a plus accès à « {title} ».',
  'steps.title': 'Partage d’un nombre précis de minutes',
  'steps.project': 'Projet « {title} » créé',
  'steps.transfer': 'Transférer les minutes dans le projet',
  'steps.transferred': '{minutes} transférées dans le projet',
  'steps.share': 'Envoyer l’invitation',
  'steps.resume': 'Ce qui est fait reste fait : terminer ne crée ni ne transfère rien deux fois.',
  'steps.done': 'fait',
  'steps.failed': 'échec',
  'steps.todo': 'à faire',
  'shares.title': 'Partages de « {title} »',
  'shares.fromProject': 'Les minutes mises à part dans le nouveau projet « {title} »',
  'shares.empty': 'Ce compte n’est partagé avec aucun portail.',
  'shares.sent': 'Envoyée le {date}',
  'shares.resend': 'Renvoyer',
  'shares.resendIn': 'Peut être renvoyée {when}',
  'shares.cancel': 'Annuler l’invitation',
  'shares.revoke': 'Retirer l’accès',
  'status.pending': 'En attente',
  'status.accepted': 'Acceptée',
  'status.declined': 'Refusée',
  'status.cancelled': 'Annulée',
  'status.revoked': 'Révoquée',
  'confirm.cancelTitle': 'Annuler l’invitation à {portal} ?',
  'confirm.cancelBody': '{portal} ne pourra plus l’accepter. Aucune minute ne bouge.',
  'confirm.keepInvitation': 'Garder l’invitation',
  'confirm.revokeTitle': 'Retirer à {portal} l’accès à « {title} » ?',
  'confirm.revokeBody':
    '{portal} perd l’accès immédiatement. Si ce compte était son compte par défaut, ses sessions puisent de nouveau dans son propre pool. Aucune minute ne bouge : le compte et son solde restent chez vous.',
  'confirm.keepSharing': 'Continuer à partager',
};
