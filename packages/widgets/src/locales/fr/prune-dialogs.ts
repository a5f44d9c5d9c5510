import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/prune-dialogs.js';
/**
 * Français: the strings of `<inactive-members-pruner>`’s dialogs: archiving a team and removing members, loaded
 * with them the first time one of them opens.
 */
export const messages: Translation<typeof en> = {
  'inactiveMembersPruner.archiveTitle': 'Archiver « {name} » ?',
  'inactiveMembersPruner.unarchiveTitle': 'Désarchiver « {name} » ?',
  'inactiveMembersPruner.archiveBody':
    'L’équipe n’est plus facturée à partir de la facture du {date} ; la facture de ce mois-ci ne change pas. Ses membres qui ne sont dans aucune autre équipe active deviennent inactifs : ils gardent l’accès à l’espace de travail jusqu’à leur suppression.',
  'inactiveMembersPruner.unarchiveBody':
    'L’équipe est de nouveau facturée à partir de la facture du {date} ; la facture de ce mois-ci ne change pas. Ses membres redeviennent actifs.',
  'inactiveMembersPruner.units': 'Unités facturées',
  'inactiveMembersPruner.before': 'Actuellement',
  'inactiveMembersPruner.after': 'Après',
  'inactiveMembersPruner.thisMonth': 'Ce mois-ci',
  'inactiveMembersPruner.fromDate': 'À partir du {date}',
  'inactiveMembersPruner.archiveConfirm': 'Archiver l’équipe',
  'inactiveMembersPruner.unarchiveConfirm': 'Désarchiver l’équipe',
  'inactiveMembersPruner.holdingsNote':
    'Leurs licences reviennent dans le pool : toujours détenues, et facturées jusqu’à ce que vous les supprimiez. Ils quittent leurs files du centre de contact.',
  'inactiveMembersPruner.holdsLicenses': 'Licences rendues au pool : {products}',
  'inactiveMembersPruner.leavesQueues': 'Quitte les files : {queues}',
  'inactiveMembersPruner.archiveMembers': {
    one: '1 membre devient inactif et pourra alors être retiré :',
    other: '{count} membres deviennent inactifs et pourront alors être retirés :',
  },
  'inactiveMembersPruner.archiveNoMembers':
    'Tous les membres de l’équipe sont dans une autre équipe active : personne ne devient inactif.',
  'inactiveMembersPruner.unarchiveMembers': {
    one: '1 membre redevient actif :',
    other: '{count} membres redeviennent actifs :',
  },
  'inactiveMembersPruner.unarchiveNoMembers': 'Ses membres sont déjà tous actifs.',
  'inactiveMembersPruner.archived.done': {
    one: '« {name} » est archivée. À partir du {date}, {count} unité est facturée.',
    other: '« {name} » est archivée. À partir du {date}, {count} unités sont facturées.',
  },
  'inactiveMembersPruner.unarchived.done': {
    one: '« {name} » est de nouveau active. À partir du {date}, {count} unité est facturée.',
    other: '« {name} » est de nouveau active. À partir du {date}, {count} unités sont facturées.',
  },
  'inactiveMembersPruner.removeTitle': {
    one: 'Supprimer {count} membre inactif ?',
    other: 'Supprimer {count} membres inactifs ?',
  },
  'inactiveMembersPruner.removeBody':
    'Ils perdent immédiatement l’accès à l’espace de travail et à son contenu. Les équipes et le contenu restent. Pour faire revenir quelqu’un, invitez-le de nouveau.',
  'inactiveMembersPruner.removeUnits':
    'Les unités facturées ne changent pas : {now} ce mois-ci, {next} à partir du {date}.',
  'inactiveMembersPruner.understand': {
    one: 'Je comprends que ce membre perd l’accès immédiatement.',
    other: 'Je comprends que ces {count} membres perdent l’accès immédiatement.',
  },
  'inactiveMembersPruner.removeConfirm': {
    one: 'Supprimer {count} membre',
    other: 'Supprimer {count} membres',
  },
  'inactiveMembersPruner.removing': 'Suppression des membres',
  'inactiveMembersPruner.removed': { one: '{count} membre supprimé', other: '{count} membres supprimés' },
  'inactiveMembersPruner.pollFailed':
    'La progression n’a pas pu être lue. La suppression continue ; vérifiez de nouveau.',
  'inactiveMembersPruner.checkAgain': 'Vérifier la progression',
  'inactiveMembersPruner.done': 'Terminé',
  'inactiveMembersPruner.noneChosen': 'Cochez au moins un membre à retirer.',
  'inactiveMembersPruner.keepHint': 'Décochez les personnes à garder : elles ne seront pas retirées.',
  'inactiveMembersPruner.keptCount': { one: '{count} membre reste.', other: '{count} membres restent.' },
};
