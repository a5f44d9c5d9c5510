import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/common.js';

/**
 * Français: the strings every widget shows: units, actions, loading and access states, form checks,
 * and the message of every error code (what `src/base/` shows).
 */
export const messages: Translation<typeof en> = {
  'unit.minutes': { one: '{count} minute', other: '{count} minutes' },
  'unit.minutesWord': { one: 'minute', other: 'minutes' },
  'action.back': 'Retour',
  'action.cancel': 'Annuler',
  'action.close': 'Fermer',
  'action.continue': 'Continuer',
  'action.retry': 'Réessayer',
  'action.save': 'Enregistrer',
  'label.for': '{action} : {subject}',
  'action.working': 'En cours…',
  'state.loading': 'Chargement',
  'state.forbidden.title': 'Vous n’avez pas accès à ceci.',
  'reason.token':
    'Le jeton de ce widget n’inclut pas la permission {permission}, nécessaire ici. Votre rôle l’a : la page qui intègre le widget doit la demander en créant le jeton.',
  'state.forbidden.body': 'Votre rôle ne le permet pas. Un administrateur de votre portail peut le modifier.',
  'state.unconfigured':
    'Ce widget n’est pas connecté : il lui faut une URL de base et un jeton, ou un <allot-provider>.',
  'error.validation_failed': 'Certaines valeurs ne sont pas valides. Vérifiez le formulaire et réessayez.',
  'error.unauthenticated': 'Votre session a expiré. Rechargez la page pour vous reconnecter.',
  'error.forbidden':
    'Votre rôle ne permet pas cette action. Un administrateur de votre portail peut le modifier.',
  'error.not_found': 'Ce compte ou ce partage n’existe pas, ou vous ne pouvez pas le voir.',
  'error.precondition_failed':
    'Quelqu’un d’autre l’a modifié entre-temps. La dernière version est chargée : vérifiez-la et enregistrez à nouveau.',
  'error.precondition_required': 'Cette modification demande la dernière version. Rechargez et réessayez.',
  'error.rate_limited': 'Trop de requêtes. Attendez {seconds} secondes et réessayez.',
  'error.unavailable': 'Le service n’est pas disponible pour le moment. Réessayez dans un instant.',
  'error.insufficient_minutes': 'Ce compte n’a pas autant de minutes.',
  'error.idempotency_key_reused': 'Cette requête a déjà été envoyée avec d’autres valeurs. Recommencez.',
  'error.cannot_delete_pool':
    'Le pool principal ne peut pas être supprimé ; seuls les projets peuvent l’être.',
  'error.portal_not_found':
    'Aucun portail n’a cette adresse e-mail de propriétaire. Vérifiez l’adresse : rien n’a été partagé et aucun e-mail n’a été envoyé.',
  'error.cannot_share_with_self':
    'C’est l’adresse de votre propre portail. Saisissez l’e-mail du propriétaire de l’autre portail.',
  'error.share_exists': 'Ce compte est déjà partagé avec ce portail (en attente ou accepté).',
  'error.resend_too_soon':
    'Cette invitation a été envoyée il y a moins d’une minute. Vous pourrez la renvoyer bientôt.',
  'error.account_not_owned':
    'Un autre portail a partagé ce compte avec vous ; seul son propriétaire peut le modifier ou le partager.',
  'error.same_account': 'Choisissez deux comptes différents.',
  'error.share_not_pending':
    'Cette invitation n’est plus en attente : elle a été acceptée, refusée ou annulée.',
  'error.share_not_active': 'Ce partage a déjà pris fin.',
  'error.network': 'Le service est injoignable. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le service a mis trop de temps à répondre. Réessayez.',
  'error.unknown': 'Une erreur s’est produite ({code}). Réessayez.',
  'field.required': 'Obligatoire.',
  'field.minutes': 'Saisissez un nombre entier de minutes entre 1 et 1 000 000.',
  'field.email': 'Saisissez une adresse e-mail valide, comme proprietaire@exemple.fr.',
  'field.emailRequired': 'Saisissez l’e-mail du propriétaire de l’autre portail.',
  'field.minimum': 'Cette valeur est trop petite.',
  'field.maximum': 'Cette valeur est trop grande.',
  'field.minLength': 'Obligatoire.',
  'field.maxLength': 'C’est trop long.',
  'field.format': 'Ce n’est pas au format attendu.',
  'field.pattern': 'Ce n’est pas au format attendu.',
  'field.invalid': 'Cette valeur n’est pas valide.',
  'error.stale_preview':
    'Des équipes ou des membres ont changé depuis l’aperçu : personne n’a été supprimé. Refaites l’aperçu.',
  'error.confirmation_required':
    'Cochez la case pour confirmer que ces membres perdent l’accès immédiatement.',
  'error.user_not_found':
    'Aucun utilisateur n’a cette adresse. Seules les personnes qui ont déjà un compte peuvent être invitées.',
  'error.already_member': 'Déjà membre de ce portail.',
  'error.invitation_exists': 'Déjà invité, invitation en attente. Renvoyez-la depuis la liste En attente.',
  'error.invitation_not_pending':
    'Cette invitation n’est plus en attente : elle a été acceptée, révoquée ou elle a expiré. La liste est à jour.',
  'error.unpaid_invoices':
    'Votre compte actuel a des factures impayées : vous ne pouvez pas encore rejoindre.',
  'error.pending_cancellation':
    'Votre compte actuel a une demande d’annulation en cours : vous ne pouvez pas encore rejoindre.',
  'error.linked_users_exist':
    'Des utilisateurs sont encore liés à votre compte actuel (erreur 1009) : vous ne pouvez pas encore rejoindre.',
  'error.license_already_assigned': 'Quelqu’un a attribué cette licence entre-temps.',
  'error.product_already_assigned':
    'Cet utilisateur a déjà une licence de ce produit. Choisissez quelqu’un d’autre.',
  'error.license_not_assigned': 'Cette licence est déjà revenue dans le pool.',
  'error.no_free_license': 'Il ne reste aucune licence libre de ce produit.',
  'error.product_not_assigned':
    'Cet utilisateur n’a plus ce produit ; le panneau montre ce qu’il a maintenant.',
  'error.allocation_mismatch': 'Les parts doivent totaliser exactement la quantité de la ligne.',
  'error.terms_not_accepted': 'Cochez la case pour confirmer que vous avez lu la commande et ses frais.',
  'error.quote_expired':
    'Ce devis a expiré (un devis reste ouvert 30 minutes) ou a déjà été commandé. Obtenez un nouveau devis : le panier est conservé.',
  'error.cost_center_exists': 'Un centre de coûts utilise déjà ce code. Choisissez-en un autre.',
  'error.exceeds_deletable':
    'Moins de licences peuvent être supprimées maintenant : certaines ont été attribuées ou supprimées entre-temps. Les nombres sont à jour.',
};
