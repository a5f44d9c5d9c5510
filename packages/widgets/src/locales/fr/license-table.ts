import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/license-table.js';

/**
 * Français: the strings of `<license-table>`: the grid, its toolbar and filters; its dialogs' own (buying,
 * assigning, deleting, products) are in `license-flows`.
 */
export const messages: Translation<typeof en> = {
  'licenseTable.title': 'Licences',
  'licenseTable.actions': 'Actions sur les licences',
  'licenseTable.buy': 'Acheter des licences',
  'licenseTable.delete': 'Supprimer des licences',
  'licenseTable.userProducts': 'Produits d’un utilisateur',
  'licenseTable.reason.admin': 'Acheter et supprimer des licences demande un rôle d’administrateur.',
  'licenseTable.reason.assign': 'Votre rôle permet de voir les licences, pas de les attribuer.',
  'licenseTable.search.label': 'Rechercher des licences',
  'licenseTable.search.hint':
    'Nom, e-mail, extension, type ou code du centre de coûts. Chaque mot doit correspondre.',
  'licenseTable.filter.costCenters': 'Centres de coûts',
  'licenseTable.filter.findCostCenter': 'Rechercher un centre de coûts',
  'licenseTable.filter.noCostCenter': 'Sans centre de coûts',
  'licenseTable.filter.noMatch': 'Aucun centre de coûts ne correspond.',
  'licenseTable.filter.chosen': 'Affichés : {list}.',
  'licenseTable.filter.clear': 'Effacer',
  'licenseTable.filter.product': 'Produit',
  'licenseTable.filter.allProducts': 'Tous les produits',
  'licenseTable.filter.status': 'Attribution',
  'licenseTable.filter.all': 'Attribuées ou non',
  'licenseTable.filter.assigned': 'Attribuées',
  'licenseTable.filter.unassigned': 'Non attribuées (N/A)',
  'licenseTable.summary.total': { one: '{count} licence', other: '{count} licences' },
  'licenseTable.summary.split': '{assigned} attribuées, {unassigned} non attribuées',
  'licenseTable.summary.selected': { one: '{count} sélectionnée', other: '{count} sélectionnées' },
  'licenseTable.summary.clearSelection': 'Tout désélectionner',
  'licenseTable.empty.none':
    'Ce portail n’a pas encore de licence. Achetez des licences pour alimenter le pool.',
  'licenseTable.empty.filtered': 'Aucune licence ne correspond à cette recherche et à ces filtres.',
  'licenseTable.empty.clear': 'Effacer la recherche et les filtres',
  'licenseTable.col.type': 'Type de licence',
  'licenseTable.col.assignee': 'Attribuée à',
  'licenseTable.col.extension': 'Extension',
  'licenseTable.col.costCenter': 'Code de centre de coûts',
  'licenseTable.col.addedAt': 'Date d’ajout',
  'licenseTable.col.actions': 'Actions',
  'licenseTable.grid.keys':
    'Les flèches passent d’une cellule à l’autre, Entrée lance l’action de la ligne, Espace la sélectionne.',
  'licenseTable.grid.selectAll': 'Sélectionner toutes les licences chargées',
  'licenseTable.grid.select': 'Sélectionner : {product}, {name}',
  'licenseTable.grid.productsOf': 'Produits de {name}',
  'licenseTable.grid.na': 'N/A',
  'licenseTable.grid.free': 'Non attribuée',
  'licenseTable.grid.label': '{column} :',
  'licenseTable.grid.costCenterShort': 'Centre de coûts',
  'licenseTable.grid.noCenter': 'Aucun',
  'licenseTable.grid.loadingRow': 'Chargement…',
  'licenseTable.assign.open': 'Attribuer',
  'licenseTable.unassign.open': 'Annuler l’attribution',
  'licenseTable.queue.item': '{name} : {kind}, {role}',
  'licenseTable.queue.kind.call': 'file d’appels',
  'licenseTable.queue.kind.inbound': 'file de réception',
  'licenseTable.queue.kind.outbound': 'file de sortie',
  'licenseTable.queue.role.supervisor': 'superviseur',
  'licenseTable.queue.role.agent': 'agent',
  'licenseTable.error.precondition_failed':
    'Quelqu’un d’autre a modifié cette licence entre-temps ; le tableau montre maintenant son dernier état.',
  'licenseTable.error.not_found':
    'Cette licence, cet utilisateur ou ce centre de coûts n’existe plus, ou ne vous est pas visible.',
  'licenseTable.bulk.label': 'Actions sur les licences sélectionnées',
  'licenseTable.bulk.unassign': 'Annuler l’attribution',
  'licenseTable.bulk.delete': 'Supprimer',
  'licenseTable.bulk.move': 'Changer de centre de coûts',
  'licenseTable.reason.bulk':
    'Supprimer des licences ou changer leur centre de coûts demande un rôle d’administrateur.',
};
