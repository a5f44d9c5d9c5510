import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/minutes-forms.js';

/**
 * Français: the strings of `<minutes-balance>`’s dialogs: buying, transferring, projects and auto-recharge,
 * loaded with them the first time one of them opens.
 */
export const messages: Translation<typeof en> = {
  'account.option': '{title} ({balance})',
  'account.defaultChanged':
    '« {title} » est désormais le compte par défaut : les sessions, y compris celles créées depuis des intégrations comme Zoom, y puisent leurs minutes.',
  'buy.title': 'Acheter des minutes',
  'buy.account': 'Compte',
  'buy.quantity': 'Minutes',
  'buy.enterQuantity': 'Saisissez un nombre de minutes pour voir le prix.',
  'buy.pricing': 'Calcul du prix…',
  'buy.preview': '{minutes} à {unit} l’unité : {total}',
  'buy.reviewTitle': 'Confirmez votre achat',
  'buy.unitPrice': 'Prix par minute',
  'buy.total': 'Total',
  'buy.reviewHint': 'Le prix du catalogue est facturé maintenant. Les minutes sont ajoutées aussitôt.',
  'buy.confirm': 'Acheter pour {total}',
  'buy.done': '{minutes} ajoutées à « {account} ». Montant facturé : {total}.',
  'transfer.title': 'Transférer des minutes',
  'transfer.from': 'Depuis le compte',
  'transfer.to': 'Vers le compte',
  'transfer.minutes': 'Minutes',
  'transfer.submit': 'Transférer',
  'transfer.done': '{minutes} transférées de « {from} » vers « {to} ».',
  'project.createTitle': 'Nouveau projet',
  'project.createHint': 'Un projet met des minutes de côté, par exemple pour en partager un nombre précis.',
  'project.editTitle': 'Modifier « {title} »',
  'project.create': 'Créer le projet',
  'project.created': 'Projet « {title} » créé.',
  'project.updated': '« {title} » enregistré.',
  'project.theirs':
    'Il indique désormais : titre « {title} », description « {description} ». Enregistrer le remplace par le vôtre.',
  'project.theirsNoDescription':
    'Il indique désormais : titre « {title} », sans description. Enregistrer le remplace par le vôtre.',
  'project.deleteTitle': 'Supprimer le projet « {title} » ?',
  'project.deleteMoves': 'Ses {minutes} vont dans « {pool} ». Aucune minute n’est perdue.',
  'project.deleteEmpty': 'Il ne contient aucune minute.',
  'project.deleteNoShares': 'Il n’est partagé avec aucun portail.',
  'project.deleteShares': { one: 'Son partage prend fin :', other: 'Ses {count} partages prennent fin :' },
  'project.deleteRevokes': '{portal} ({email}) perd l’accès immédiatement.',
  'project.deleteCancels': 'L’invitation en attente à {portal} ({email}) est annulée.',
  'project.deleteConfirm': 'Supprimer le projet',
  'project.deleted': {
    one: 'Projet « {title} » supprimé. {minutes} transférées vers « {pool} » ; 1 partage a pris fin.',
    other:
      'Projet « {title} » supprimé. {minutes} transférées vers « {pool} » ; {count} partages ont pris fin.',
  },
  'invitation.accepted': 'Vous avez accepté « {title} » de {portal}. Votre compte par défaut n’a pas changé.',
  'invitation.acceptedDefault':
    'Vous avez accepté « {title} » de {portal}. C’est désormais votre compte par défaut.',
  'invitation.declined': 'Vous avez refusé « {title} » de {portal}.',
  'default.title': 'Faire de « {title} » le compte par défaut ?',
  'default.body':
    'Dès maintenant, les sessions de votre portail utilisent les minutes de « {title} » ({minutes}) au lieu de « {current} ».',
  'default.bodyFirst':
    'Dès maintenant, les sessions de votre portail utilisent les minutes de « {title} » ({minutes}).',
  'default.undo': 'Vous pouvez choisir un autre compte par défaut à tout moment.',
  'transfer.usedBy': {
    one: 'utilisé par {count} autre portail',
    other: 'utilisé par {count} autres portails',
  },
  'transfer.toShared': {
    one: 'Un autre portail utilise « {title} » : il peut dépenser les minutes que vous y transférez.',
    other:
      '{count} autres portails utilisent « {title} » : ils peuvent dépenser les minutes que vous y transférez.',
  },
  'transfer.offeredTo': {
    one: 'proposé à {count} autre portail',
    other: 'proposé à {count} autres portails',
  },
  'transfer.toOffered': {
    one: '« {title} » est proposé à un autre portail : s’il accepte, il pourra dépenser les minutes que vous y transférez.',
    other:
      '« {title} » est proposé à {count} autres portails : s’ils acceptent, ils pourront dépenser les minutes que vous y transférez.',
  },
};
