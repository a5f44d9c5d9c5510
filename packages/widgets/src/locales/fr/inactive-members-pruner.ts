import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/inactive-members-pruner.js';

/**
 * Français: the strings of `<inactive-members-pruner>`: billing, teams, inactive members, exports and
 * invoices.
 */
export const messages: Translation<typeof en> = {
  'inactiveMembersPruner.title': 'Membres de l’espace de travail et facturation',
  'inactiveMembersPruner.billing': 'Facturation',
  'inactiveMembersPruner.mode': 'Type de facturation',
  'inactiveMembersPruner.mode.team_licenses': 'Licences d’équipe',
  'inactiveMembersPruner.mode.user_licenses': 'Licences d’utilisateurs',
  'inactiveMembersPruner.modeHint.team_licenses':
    'Chaque équipe active est une unité facturée. Les équipes archivées ne sont pas facturées.',
  'inactiveMembersPruner.modeHint.user_licenses':
    'Chaque membre d’au moins une équipe active est une unité facturée. Les équipes archivées et les membres sans équipe active ne sont pas facturés.',
  'inactiveMembersPruner.unitsNow': 'Unités facturées ce mois-ci',
  'inactiveMembersPruner.unitsNext': 'Unités facturées à partir du {date}',
  'inactiveMembersPruner.unitPrice': 'Prix par unité',
  'inactiveMembersPruner.activeTeams': 'Équipes actives',
  'inactiveMembersPruner.archivedTeams': 'Équipes archivées',
  'inactiveMembersPruner.activeMembers': 'Membres actifs',
  'inactiveMembersPruner.inactiveMembers': 'Membres inactifs',
  'inactiveMembersPruner.readOnly':
    'Votre rôle permet de voir les équipes et les membres. Archiver des équipes et supprimer des membres demande un administrateur de votre portail.',
  'inactiveMembersPruner.teams': 'Équipes',
  'inactiveMembersPruner.teamsSearch': 'Rechercher une équipe',
  'inactiveMembersPruner.team': 'Équipe',
  'inactiveMembersPruner.status': 'Statut',
  'inactiveMembersPruner.members': 'Membres',
  'inactiveMembersPruner.billedNext': 'Facturée le mois prochain',
  'inactiveMembersPruner.active': 'Active',
  'inactiveMembersPruner.archived': 'Archivée',
  'inactiveMembersPruner.archivedOn': 'depuis le {date}',
  'inactiveMembersPruner.yes': 'Oui',
  'inactiveMembersPruner.no': 'Non',
  'inactiveMembersPruner.archive': 'Archiver',
  'inactiveMembersPruner.unarchive': 'Désarchiver',
  'inactiveMembersPruner.noTeams': 'Aucune équipe ne correspond.',
  'inactiveMembersPruner.noTeamsYet': 'Cet espace de travail n’a pas encore d’équipe.',
  'inactiveMembersPruner.more': 'Afficher plus',
  'inactiveMembersPruner.loaded': { one: '{count} de plus affiché.', other: '{count} de plus affichés.' },
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
  'inactiveMembersPruner.archived.done': {
    one: '« {name} » est archivée. À partir du {date}, {count} unité est facturée.',
    other: '« {name} » est archivée. À partir du {date}, {count} unités sont facturées.',
  },
  'inactiveMembersPruner.unarchived.done': {
    one: '« {name} » est de nouveau active. À partir du {date}, {count} unité est facturée.',
    other: '« {name} » est de nouveau active. À partir du {date}, {count} unités sont facturées.',
  },
  'inactiveMembersPruner.inactiveCount': { one: '{count} membre inactif', other: '{count} membres inactifs' },
  'inactiveMembersPruner.inactiveHint':
    'Membres qui ne sont dans aucune équipe active. Ils ne sont pas facturés comme utilisateurs, mais gardent l’accès au contenu de l’espace de travail tant qu’ils ne sont pas supprimés.',
  'inactiveMembersPruner.inactiveSearch': 'Rechercher un membre inactif',
  'inactiveMembersPruner.member': 'Membre',
  'inactiveMembersPruner.lastSeen': 'Dernière activité',
  'inactiveMembersPruner.never': 'Jamais',
  'inactiveMembersPruner.noInactive': 'Aucun membre inactif : tout le monde est dans une équipe active.',
  'inactiveMembersPruner.noMatch': 'Aucun membre inactif ne correspond à cette recherche.',
  'inactiveMembersPruner.excluded': 'Jamais supprimés',
  'inactiveMembersPruner.reason.caller': 'vous ne vous supprimez jamais vous-même',
  'inactiveMembersPruner.reason.super_admin': 'les super administrateurs ne sont jamais supprimés',
  'inactiveMembersPruner.excludedItem': '{name} ({email}) : {reason}',
  'inactiveMembersPruner.removeOpen': 'Supprimer les membres inactifs',
  'inactiveMembersPruner.nothingToRemove': 'Aucun membre inactif à supprimer.',
  'inactiveMembersPruner.removeTitle': {
    one: 'Supprimer {count} membre inactif ?',
    other: 'Supprimer {count} membres inactifs ?',
  },
  'inactiveMembersPruner.removeBody':
    'Ils perdent immédiatement l’accès à l’espace de travail et à son contenu. Les équipes et le contenu restent. Pour faire revenir quelqu’un, invitez-le de nouveau.',
  'inactiveMembersPruner.removeUnits':
    'Les unités facturées ne changent pas : {now} ce mois-ci, {next} à partir du {date}.',
  'inactiveMembersPruner.who': 'Qui est supprimé',
  'inactiveMembersPruner.andMore': { one: 'et {count} autre', other: 'et {count} autres' },
  'inactiveMembersPruner.understand': {
    one: 'Je comprends que ce membre perd l’accès immédiatement.',
    other: 'Je comprends que ces {count} membres perdent l’accès immédiatement.',
  },
  'inactiveMembersPruner.removeConfirm': {
    one: 'Supprimer {count} membre',
    other: 'Supprimer {count} membres',
  },
  'inactiveMembersPruner.stale':
    'Des équipes ou des membres ont changé depuis l’établissement de la liste : personne n’a encore été supprimé.',
  'inactiveMembersPruner.staleAdded': 'Désormais inactifs aussi : {names}.',
  'inactiveMembersPruner.staleGone': 'Plus à supprimer : {names}.',
  'inactiveMembersPruner.staleSame': 'Les membres à supprimer sont les mêmes.',
  'inactiveMembersPruner.staleCheck': 'Vérifiez la nouvelle liste et confirmez de nouveau.',
  'inactiveMembersPruner.removing': 'Suppression des membres',
  'inactiveMembersPruner.progress': '{processed} sur {total} traités',
  'inactiveMembersPruner.removed': { one: '{count} membre supprimé', other: '{count} membres supprimés' },
  'inactiveMembersPruner.removedBody': 'Ils n’ont plus accès à l’espace de travail.',
  'inactiveMembersPruner.notRemoved': {
    one: '{count} membre n’a pas été supprimé',
    other: '{count} membres n’ont pas été supprimés',
  },
  'inactiveMembersPruner.jobFailed':
    'La suppression s’est arrêtée avant la fin. Les membres listés comme supprimés ont perdu l’accès ; les autres n’ont pas été supprimés.',
  'inactiveMembersPruner.pollFailed':
    'La progression n’a pas pu être lue. La suppression continue ; vérifiez de nouveau.',
  'inactiveMembersPruner.checkAgain': 'Vérifier la progression',
  'inactiveMembersPruner.done': 'Terminé',
  'inactiveMembersPruner.export': 'Export mensuel des titulaires de licences facturés',
  'inactiveMembersPruner.exportHint': 'Un fichier CSV avec une ligne par unité facturée ce mois-là.',
  'inactiveMembersPruner.month': 'Mois',
  'inactiveMembersPruner.futureMonth': 'Choisissez ce mois-ci ou un mois antérieur.',
  'inactiveMembersPruner.downloadCsv': 'Télécharger le CSV',
  'inactiveMembersPruner.downloaded': '{filename} téléchargé.',
  'inactiveMembersPruner.noBilling':
    'Les exports et les factures demandent l’accès à la facturation, que votre rôle n’inclut pas.',
  'inactiveMembersPruner.invoices': 'Factures',
  'inactiveMembersPruner.invoice': 'Facture',
  'inactiveMembersPruner.period': 'Période',
  'inactiveMembersPruner.amount': 'Montant',
  'inactiveMembersPruner.range': 'du {start} au {end}',
  'inactiveMembersPruner.invoiceStatus.paid': 'Payée',
  'inactiveMembersPruner.invoiceStatus.open': 'Ouverte',
  'inactiveMembersPruner.invoiceStatus.void': 'Annulée',
  'inactiveMembersPruner.invoiceStatus.uncollectible': 'Irrécouvrable',
  'inactiveMembersPruner.due': 'échéance le {date}',
  'inactiveMembersPruner.pdf': 'Télécharger le PDF',
  'inactiveMembersPruner.noInvoices': 'Pas encore de facture.',
};
