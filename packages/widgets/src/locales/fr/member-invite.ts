import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/member-invite.js';

/**
 * Français: the strings of `<member-invite>`: the invitation form, pending invitations and the invitee’s
 * side.
 */
export const messages: Translation<typeof en> = {
  'memberInvite.title': 'Inviter des utilisateurs existants',
  'memberInvite.intro':
    'Invitez des personnes qui ont déjà un compte. Leur compte rejoint ce portail quand elles acceptent.',
  'memberInvite.emails': 'Adresses e-mail',
  'memberInvite.emailsHint': 'Une par ligne, ou séparées par des virgules. Jusqu’à 50 à la fois.',
  'memberInvite.count': { one: '{count} adresse', other: '{count} adresses' },
  'memberInvite.noEmails': 'Saisissez au moins une adresse e-mail.',
  'memberInvite.tooMany': 'Au plus 50 adresses à la fois ; il y en a {count}. Envoyez-les en plusieurs fois.',
  'memberInvite.invalid': 'Adresse e-mail non valide.',
  'memberInvite.duplicate': 'Saisie deux fois.',
  'memberInvite.fixAddresses': { one: 'Corrigez {count} adresse.', other: 'Corrigez {count} adresses.' },
  'memberInvite.joinAs': 'Rejoindre en tant que',
  'memberInvite.basic': 'Membre de base',
  'memberInvite.basicHint': 'Sans licence. Un administrateur peut attribuer des licences plus tard.',
  'memberInvite.licensed': 'Membre avec licence',
  'memberInvite.licensedHint':
    'Reçoit en rejoignant une licence de chaque produit choisi ci-dessous, s’il en reste une libre.',
  'memberInvite.products': 'Licences à attribuer',
  'memberInvite.productsRequired': 'Choisissez au moins un produit.',
  'memberInvite.free': { one: '1 libre', other: '{count} libres' },
  'memberInvite.noneFree': 'aucune libre',
  'memberInvite.fewFree': {
    one: '{product} : 1 licence libre pour {invitees} invités. Le premier à rejoindre la reçoit ; achetez-en d’autres dans le tableau des licences.',
    other:
      '{product} : {count} licences libres pour {invitees} invités. Les premiers à rejoindre en reçoivent une ; achetez-en d’autres dans le tableau des licences.',
  },
  'memberInvite.noFree':
    '{product} : aucune licence libre. Les invités rejoignent sans elle jusqu’à l’achat d’une licence dans le tableau des licences.',
  'memberInvite.message': 'Message personnel',
  'memberInvite.messageHint': 'Facultatif. Ajouté à l’e-mail d’invitation.',
  'memberInvite.moves': 'Transféré avec l’utilisateur',
  'memberInvite.stays': 'Non transféré',
  'memberInvite.move.profile': 'Profil (nom, photo, fuseau horaire…)',
  'memberInvite.move.meetings': 'Réunions et webinaires programmés',
  'memberInvite.move.recordings': 'Enregistrements dans le cloud',
  'memberInvite.move.chat': 'Historique de messagerie instantanée',
  'memberInvite.move.contacts': 'Contacts',
  'memberInvite.move.settings': 'Paramètres (ceux en conflit avec ceux du portail sont modifiés)',
  'memberInvite.stay.licenses':
    'Licences de grandes réunions et de webinaires : un administrateur du portail rejoint les attribue de nouveau',
  'memberInvite.stay.reports': 'Données de rapport : téléchargez les rapports avant d’accepter',
  'memberInvite.basicWarning':
    'Une personne qui a une licence aujourd’hui et rejoint en tant que membre de base perd les fonctions sous licence, comme l’enregistrement dans le cloud et les réunions de plus de 40 minutes, jusqu’à ce qu’une licence lui soit attribuée.',
  'memberInvite.submit': 'Envoyer les invitations',
  'memberInvite.invited': 'Invité',
  'memberInvite.sent': { one: '{count} invitation envoyée.', other: '{count} invitations envoyées.' },
  'memberInvite.notSent': {
    one: '{count} adresse n’a pas été invitée : la raison est indiquée à côté.',
    other: '{count} adresses n’ont pas été invitées : la raison est indiquée à côté de chacune.',
  },
  'memberInvite.kept': 'Les adresses non invitées restent dans le champ, pour les corriger ou les retirer.',
  'memberInvite.noInvite':
    'Votre rôle permet de voir les invitations, pas d’en envoyer, d’en renvoyer ni d’en révoquer.',
  'memberInvite.pending': 'En attente ({count})',
  'memberInvite.noPending': 'Aucune invitation en attente.',
  'memberInvite.blocked':
    'Ne peut pas encore accepter : {reasons}. La personne doit d’abord régler cela dans son compte actuel.',
  'memberInvite.blockedBy.unpaid_invoices': 'factures impayées',
  'memberInvite.blockedBy.pending_cancellation': 'résiliation de son offre en cours',
  'memberInvite.blockedBy.linked_users_exist': 'utilisateurs encore liés à son compte (erreur 1009)',
  'memberInvite.history': {
    one: 'Acceptée, refusée, expirée ou révoquée ({count})',
    other: 'Acceptées, refusées, expirées ou révoquées ({count})',
  },
  'memberInvite.noHistory': 'Aucune invitation n’a encore été acceptée, refusée, révoquée ni n’a expiré.',
  'memberInvite.status.accepted': 'Acceptée',
  'memberInvite.status.declined': 'Refusée',
  'memberInvite.status.expired': 'Expirée',
  'memberInvite.status.revoked': 'Révoquée',
  'memberInvite.status.acceptedOn': 'acceptée le {date}',
  'memberInvite.status.expiredOn': 'expirée le {date}',
  'memberInvite.status.credit': 'un avoir de {amount} sur votre prochaine facture',
  'memberInvite.as.basic': 'De base',
  'memberInvite.as.licensed': 'Avec licence : {products}',
  'memberInvite.as.licensedCount': {
    one: 'Avec licence : 1 produit',
    other: 'Avec licence : {count} produits',
  },
  'memberInvite.sentOn': 'Envoyée le {date}',
  'memberInvite.expires': 'expire le {date}',
  'memberInvite.resend': 'Renvoyer',
  'memberInvite.revoke': 'Révoquer',
  'memberInvite.resent': 'L’invitation à {email} a été renvoyée. Elle expire désormais le {date}.',
  'memberInvite.revokeTitle': 'Révoquer l’invitation à {email} ?',
  'memberInvite.revokeBody':
    'Le lien de l’e-mail ne fonctionne plus. Vous pourrez inviter cette adresse de nouveau plus tard.',
  'memberInvite.keep': 'Garder l’invitation',
  'memberInvite.revokeConfirm': 'Révoquer l’invitation',
  'memberInvite.revoked': 'L’invitation à {email} a été révoquée.',
  'memberInvite.more': 'Afficher plus',
  'memberInvite.inviteeTitle': 'Invitations à rejoindre un autre portail',
  'memberInvite.noIncoming': 'Vous n’avez aucune invitation en attente.',
  'memberInvite.from':
    '{portal} ({email}) vous invite à le rejoindre. Envoyée par {inviter} ; expire le {date}.',
  'memberInvite.joinBasic': 'Vous rejoindriez en tant que membre de base, sans licence.',
  'memberInvite.joinLicensed': {
    one: 'Vous rejoindriez avec {count} licence.',
    other: 'Vous rejoindriez avec {count} licences.',
  },
  'memberInvite.blockers': 'Avant de pouvoir accepter',
  'memberInvite.blocker.unpaid_invoices': 'Votre compte actuel a des factures impayées.',
  'memberInvite.fix.unpaid_invoices':
    'Réglez les factures ouvertes sur la page Facturation de votre compte, puis acceptez.',
  'memberInvite.blocker.pending_cancellation': 'Votre compte actuel a une demande d’annulation en cours.',
  'memberInvite.fix.pending_cancellation':
    'Sur la page Facturation de votre compte, cliquez sur « Réactiver le forfait », puis acceptez ici pour recevoir le remboursement ou le crédit au prorata.',
  'memberInvite.blocker.linked_users_exist': {
    one: '{count} utilisateur est encore lié à votre compte (erreur 1009).',
    other: '{count} utilisateurs sont encore liés à votre compte (erreur 1009).',
  },
  'memberInvite.fix.linked_users_exist':
    'Supprimez-les, dissociez-les ou invitez-les d’abord dans l’autre portail, puis acceptez.',
  'memberInvite.settlement': 'La partie inutilisée de votre forfait',
  'memberInvite.proration': {
    one: 'Votre forfait coûte {price} pour {days} jours ; {count} jour reste inutilisé : {amount}.',
    other: 'Votre forfait coûte {price} pour {days} jours ; {count} jours restent inutilisés : {amount}.',
  },
  'memberInvite.refund': 'Me rembourser {amount} sur mon mode de paiement d’origine',
  'memberInvite.refundHint': 'Sous 3 à 5 jours ouvrables, au plus tard le {date}.',
  'memberInvite.credit': 'Transférer {amount} en crédit à {portal}',
  'memberInvite.creditHint': 'Appliqué à la prochaine facture de {portal}.',
  'memberInvite.chooseSettlement': 'Choisissez un remboursement ou un transfert de crédit.',
  'memberInvite.accept': 'Accepter et rejoindre {portal}',
  'memberInvite.acceptBlocked': 'Vérifier de nouveau et rejoindre {portal}',
  'memberInvite.joined.refund':
    'Vous avez rejoint {portal}. {amount} sera remboursé sur votre mode de paiement d’origine au plus tard le {date}.',
  'memberInvite.joined.transfer_credit':
    'Vous avez rejoint {portal}. {amount} a été crédité à {portal} pour sa prochaine facture.',
  'memberInvite.joined.none': 'Vous avez rejoint {portal}.',
  'memberInvite.decline': 'Refuser',
  'memberInvite.declineAsk':
    'Refuser l’invitation de {portal} ? {portal} verra que vous l’avez refusée, et vous restez dans votre compte actuel.',
  'memberInvite.declineConfirm': 'Refuser l’invitation',
  'memberInvite.declineKeep': 'La garder',
  'memberInvite.declined': 'Vous avez refusé l’invitation de {portal}.',
  'memberInvite.linkedUsers': 'Utilisateurs encore liés',
};
