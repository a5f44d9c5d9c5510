import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/license-flows.js';

/**
 * Français: the strings of `<license-table>`’s dialogs: buying, assigning, deleting, products and statements,
 * loaded with them the first time one of them opens.
 */
export const messages: Translation<typeof en> = {
  'licenseTable.reason.center': 'Créer un centre de coûts demande un rôle d’administrateur.',
  'licenseTable.notify': 'Envoyer un e-mail de notification de changement de produit',
  'licenseTable.assign.title': 'Attribuer une licence {product}',
  'licenseTable.assign.hint': 'Centre de coûts : {center}. Ajoutée le {date}.',
  'licenseTable.assign.pickUser': 'Choisissez l’utilisateur à qui attribuer cette licence.',
  'licenseTable.assign.submit': 'Attribuer',
  'licenseTable.assign.done': 'La licence {product} est maintenant attribuée à {name}.',
  'licenseTable.leftFilter': 'Elle ne correspond plus au filtre : elle a quitté la liste.',
  'licenseTable.picker.search': 'Rechercher un utilisateur',
  'licenseTable.picker.users': 'Utilisateurs',
  'licenseTable.picker.count': {
    one: '{count} utilisateur correspond.',
    other: '{count} utilisateurs correspondent.',
  },
  'licenseTable.picker.holds': 'A déjà {product}',
  'licenseTable.picker.searching': 'Recherche…',
  'licenseTable.unassign.title': 'Annuler l’attribution de la licence {product} à {name} ?',
  'licenseTable.unassign.titleFree': 'Annuler l’attribution de cette licence ?',
  'licenseTable.unassign.body':
    'La licence ne sera plus attribuée et restera disponible dans votre compte pour une utilisation ultérieure ; elle reste facturée.',
  'licenseTable.unassign.submit': 'Confirmer',
  'licenseTable.unassign.doneLeftQueues': {
    one: 'La licence {product} de {name} est revenue dans le pool, et {name} ne figure plus dans {count} file.',
    other:
      'La licence {product} de {name} est revenue dans le pool, et {name} ne figure plus dans {count} files.',
  },
  'licenseTable.unassign.done': 'La licence {product} de {name} est revenue dans le pool.',
  'licenseTable.unassign.doneStillBilled':
    'La licence {product} de {name} est revenue dans le pool, mais une licence Contact Center reste facturée tant que {name} figure dans des files.',
  'licenseTable.conflict.assigned': 'Elle est maintenant attribuée à {name}.',
  'licenseTable.conflict.free': 'Elle n’est plus attribuée.',
  'licenseTable.notice.manage': 'Gérer les produits et les files de {name}',
  'licenseTable.notice.dismiss': 'Masquer',
  'licenseTable.price.month': '{price} par mois',
  'licenseTable.price.year': '{price} par an',
  'licenseTable.products.title': 'Produits de {name}',
  'licenseTable.user.title': 'Produits d’un utilisateur',
  'licenseTable.user.hint':
    'Trouvez un utilisateur pour voir, ajouter ou retirer ses produits et fonctionnalités.',
  'licenseTable.user.submit': 'Afficher les produits',
  'licenseTable.user.pick': 'Choisissez l’utilisateur dont afficher les produits.',
  'licenseTable.products.extension': 'extension {extension}',
  'licenseTable.products.legend': 'Produits et fonctionnalités',
  'licenseTable.products.held': 'attribué',
  'licenseTable.products.features': 'Fonctionnalités de {product}',
  'licenseTable.products.ccWarning': {
    one: 'Retirer {product} ne supprime pas la facturation Contact Center. {name} figure encore dans {count} file du centre de contact ; une licence Contact Center reste facturée jusqu’à son retrait de cette file :',
    other:
      'Retirer {product} ne supprime pas la facturation Contact Center. {name} figure encore dans {count} files du centre de contact ; une licence Contact Center reste facturée jusqu’à son retrait de toutes ces files :',
  },
  'licenseTable.products.leaveQueues': {
    one: 'Retirer aussi {name} de cette file (libère la licence Contact Center)',
    other: 'Retirer aussi {name} des {count} files (libère la licence Contact Center)',
  },
  'licenseTable.products.inQueues': {
    one: 'Dans {count} file du centre de contact',
    other: 'Dans {count} files du centre de contact',
  },
  'licenseTable.products.leaveAll': 'Retirer {name} de toutes ces files',
  'licenseTable.products.stillBilled': {
    one: '{name} figure encore dans {count} file du centre de contact : une licence Contact Center est donc toujours facturée :',
    other:
      '{name} figure encore dans {count} files du centre de contact : une licence Contact Center est donc toujours facturée :',
  },
  'licenseTable.products.leftQueues': {
    one: '{name} ne figure plus dans {count} file ; la licence Contact Center est revenue dans le pool.',
    other: '{name} ne figure plus dans {count} files ; la licence Contact Center est revenue dans le pool.',
  },
  'licenseTable.products.save': 'Enregistrer les produits',
  'licenseTable.products.saved': 'Les produits de {name} sont enregistrés.',
  'licenseTable.products.savedLeftQueues': {
    one: 'Les produits de {name} sont enregistrés et {name} ne figure plus dans {count} file.',
    other: 'Les produits de {name} sont enregistrés et {name} ne figure plus dans {count} files.',
  },
  'licenseTable.products.savedStillBilled':
    'Les produits de {name} sont enregistrés, mais une licence Contact Center reste facturée : voir les files ci-dessus.',
  'licenseTable.products.buy': 'Acheter des licences {product}',
  'licenseTable.wizard.steps': 'Étapes',
  'licenseTable.wizard.cart': 'Panier',
  'licenseTable.wizard.allocate': 'Centres de coûts',
  'licenseTable.wizard.review': 'Vérifier la commande',
  'licenseTable.wizard.statement': 'Relevé',
  'licenseTable.wizard.next': 'Suivant',
  'licenseTable.cart.product': 'Produit',
  'licenseTable.cart.quantity': 'Quantité',
  'licenseTable.cart.productOf': 'Produit de la ligne {n}',
  'licenseTable.cart.quantityOf': 'Quantité de la ligne {n}',
  'licenseTable.cart.quantityRange': 'Saisissez un nombre entier de 1 à {max}.',
  'licenseTable.cart.duplicate': 'Ce produit est déjà dans le panier.',
  'licenseTable.cart.remove': 'Retirer',
  'licenseTable.cart.add': 'Ajouter un produit',
  'licenseTable.cart.linePrice': '{quantity} × {unit} = {total}',
  'licenseTable.cart.hint':
    'Les prix sont par licence. La vérification montre les totaux avec taxes avant tout achat.',
  'licenseTable.allocate.hint':
    'Choisissez un centre de coûts, puis attribuez-le à toutes les lignes ou à la sélection, ou fractionnez une ligne entre plusieurs centres de coûts.',
  'licenseTable.allocate.find': 'Rechercher un centre de coûts',
  'licenseTable.allocate.found': {
    one: '{count} centre de coûts trouvé.',
    other: '{count} centres de coûts trouvés.',
  },
  'licenseTable.allocate.noMatch': 'Aucun centre de coûts ne correspond à « {query} ».',
  'licenseTable.allocate.more': 'Affichage des {count} premiers : affinez la recherche.',
  'licenseTable.allocate.center': 'Centre de coûts',
  'licenseTable.allocate.choose': 'Choisir…',
  'licenseTable.allocate.select': 'Sélection',
  'licenseTable.allocate.selectLine': 'Sélectionner {product}',
  'licenseTable.allocate.centers': 'Centre de coûts affecté',
  'licenseTable.allocate.none': 'Pas encore attribué',
  'licenseTable.allocate.split': 'Fractionner',
  'licenseTable.allocate.all': 'Attribuer à tous',
  'licenseTable.allocate.selection': 'Attribuer à la sélection',
  'licenseTable.allocate.pickCenter': 'Choisissez un centre de coûts.',
  'licenseTable.allocate.pickLines': 'Sélectionnez au moins une ligne.',
  'licenseTable.allocate.splitTitle': {
    one: 'Fractionner {product} ({count} licence)',
    other: 'Fractionner {product} ({count} licences)',
  },
  'licenseTable.allocate.partCenter': 'Centre de coûts de la part {n}',
  'licenseTable.allocate.partQuantity': 'Licences de la part {n}',
  'licenseTable.allocate.sum': '{sum} licences réparties sur {count}.',
  'licenseTable.allocate.addPart': 'Ajouter un centre de coûts',
  'licenseTable.allocate.applySplit': 'Appliquer le fractionnement',
  'licenseTable.allocate.done': 'L’attribution est mise à jour.',
  'licenseTable.allocate.complete': 'Chaque ligne a un centre de coûts.',
  'licenseTable.allocate.incomplete':
    'Les licences des lignes sans centre de coûts sont achetées sans centre de coûts.',
  'licenseTable.center.new': 'Nouveau centre de coûts',
  'licenseTable.center.code': 'Code',
  'licenseTable.center.codeHint': 'Lettres, chiffres, point, tiret et tiret bas ; 32 au plus.',
  'licenseTable.center.name': 'Nom',
  'licenseTable.center.create': 'Créer',
  'licenseTable.center.created': 'Centre de coûts {code} créé et choisi.',
  'licenseTable.review.unit': 'Prix unitaire',
  'licenseTable.review.lines': 'Lignes de la commande',
  'licenseTable.review.perPeriod': 'Prix par période',
  'licenseTable.review.tax': 'Taxes ({rate})',
  'licenseTable.review.today': 'Débité aujourd’hui, pour les jours jusqu’au {date}',
  'licenseTable.review.totalToday': 'Total débité aujourd’hui',
  'licenseTable.review.then': 'Ensuite, à partir du {date}',
  'licenseTable.review.every.month': 'Chaque mois',
  'licenseTable.review.every.year': 'Chaque année',
  'licenseTable.review.recurring': '{total} TTC ({subtotal} + {tax})',
  'licenseTable.review.subtotal': 'Sous-total',
  'licenseTable.review.hint':
    'Les nouvelles licences rejoignent le pool, non attribuées, chacune facturée à son centre de coûts.',
  'licenseTable.review.accept':
    'J’ai lu et compris les informations et les frais détaillés de cette commande.',
  'licenseTable.review.confirm': 'Confirmer la commande ({total})',
  'licenseTable.review.done': {
    one: '{count} licence achetée pour {total}.',
    other: '{count} licences achetées pour {total}.',
  },
  'licenseTable.quote.renew': 'Obtenir un nouveau devis pour ce panier',
  'licenseTable.quote.renewed':
    'Un nouveau devis est prêt, avec les mêmes centres de coûts. Vérifiez ses montants et confirmez.',
  'licenseTable.statement.order': 'Commande {id}',
  'licenseTable.statement.date': 'Commandée le {date}',
  'licenseTable.statement.pool':
    'Les nouvelles licences sont dans le pool, non attribuées : attribuez-les depuis le tableau.',
  'licenseTable.statement.print': 'Imprimer',
  'licenseTable.statement.done': 'Terminé',
  'licenseTable.delete.title': 'Supprimer des licences',
  'licenseTable.delete.reviewTitle': 'Vérifier et confirmer la suppression',
  'licenseTable.delete.hint':
    'Seules les licences non attribuées peuvent être supprimées : « Peut être supprimée » indique combien par produit.',
  'licenseTable.delete.owned': 'Possédées',
  'licenseTable.delete.assigned': 'Attribuées',
  'licenseTable.delete.deletable': 'Peut être supprimée',
  'licenseTable.delete.quantity': 'Qté à supprimer',
  'licenseTable.delete.max': {
    one: '{count} licence {product} au plus peut être supprimée.',
    other: '{count} licences {product} au plus peuvent être supprimées.',
  },
  'licenseTable.delete.pickFirst': 'Choisissez d’abord un produit.',
  'licenseTable.delete.pickProduct': 'Choisissez un produit dont des licences peuvent être supprimées.',
  'licenseTable.delete.range': 'Saisissez un nombre entier de 1 à {max}.',
  'licenseTable.delete.review': {
    one: 'Supprimer {count} licence {product} non attribuée ?',
    other: 'Supprimer {count} licences {product} non attribuées ?',
  },
  'licenseTable.delete.confirm': { one: 'Supprimer {count} licence', other: 'Supprimer {count} licences' },
  'licenseTable.delete.done': {
    one: '{count} licence {product} supprimée ; il en reste {left}.',
    other: '{count} licences {product} supprimées ; il en reste {left}.',
  },
  'licenseTable.delete.costCenter': 'Du centre de coûts',
  'licenseTable.delete.anyCenter': 'N’importe quel centre de coûts',
  'licenseTable.delete.centers': 'Centres de coûts qui perdent des licences',
  'licenseTable.delete.centerLoses': {
    one: '{center} : {count} licence de moins',
    other: '{center} : {count} licences de moins',
  },
  'licenseTable.delete.productLeft': {
    one: '{product} : {count} supprimée, total restant : {left} (attribuées : {assigned})',
    other: '{product} : {count} supprimées, total restant : {left} (attribuées : {assigned})',
  },
  'licenseTable.bulk.deleteTitle': 'Supprimer les licences sélectionnées',
  'licenseTable.bulk.deleteReview': {
    one: 'Supprimer {count} licence sélectionnée non attribuée ?',
    other: 'Supprimer {count} licences sélectionnées non attribuées ?',
  },
  'licenseTable.bulk.deleteSkips': {
    one: '{count} licence sélectionnée est attribuée et reste : annulez d’abord son attribution pour la supprimer.',
    other:
      '{count} licences sélectionnées sont attribuées et restent : annulez d’abord leur attribution pour les supprimer.',
  },
  'licenseTable.bulk.noneDeletable':
    'Toutes les licences sélectionnées sont attribuées : annulez d’abord leur attribution pour les supprimer.',
  'licenseTable.bulk.deleted': { one: '{count} licence supprimée.', other: '{count} licences supprimées.' },
  'licenseTable.bulk.unassignTitle': 'Annuler l’attribution des licences sélectionnées',
  'licenseTable.bulk.unassignReview': {
    one: 'Cette licence retourne au pool, non attribuée :',
    other: 'Ces {count} licences retournent au pool, non attribuées :',
  },
  'licenseTable.bulk.unassignSkips': {
    one: '{count} licence sélectionnée n’est pas attribuée.',
    other: '{count} licences sélectionnées ne sont pas attribuées.',
  },
  'licenseTable.bulk.noneAssigned': 'Aucune des licences sélectionnées n’est attribuée.',
  'licenseTable.bulk.holder': '{product} : {name}',
  'licenseTable.bulk.more': { one: 'et {count} autre', other: 'et {count} autres' },
  'licenseTable.bulk.ccWarning': {
    one: '{count} de ces personnes est dans des files du centre de contacts et garde une licence {product} facturée tant qu’elle y est :',
    other:
      '{count} de ces personnes sont dans des files du centre de contacts et gardent une licence {product} facturée tant qu’elles y sont :',
  },
  'licenseTable.bulk.leaveQueues': 'Les retirer aussi de toutes leurs files',
  'licenseTable.bulk.unassignSubmit': {
    one: 'Annuler l’attribution de {count} licence',
    other: 'Annuler l’attribution de {count} licences',
  },
  'licenseTable.bulk.unassigned': {
    one: '{count} licence n’est plus attribuée.',
    other: '{count} licences ne sont plus attribuées.',
  },
  'licenseTable.bulk.leftQueues': {
    one: '{count} personne a quitté toutes ses files.',
    other: '{count} personnes ont quitté toutes leurs files.',
  },
  'licenseTable.bulk.alreadyFree': {
    one: '{count} était déjà revenue au pool.',
    other: '{count} étaient déjà revenues au pool.',
  },
  'licenseTable.bulk.failed': {
    one: '{count} attribution n’a pas pu être annulée : {names}.',
    other: '{count} attributions n’ont pas pu être annulées : {names}.',
  },
  'licenseTable.bulk.moveTitle': 'Changer le centre de coûts des licences sélectionnées',
  'licenseTable.bulk.moveTo': 'Les facturer à',
  'licenseTable.bulk.pickCenter': 'Choisissez un centre de coûts.',
  'licenseTable.bulk.noCenter': 'Aucun centre de coûts',
  'licenseTable.bulk.moveReview': {
    one: '{count} licence passe à {center} :',
    other: '{count} licences passent à {center} :',
  },
  'licenseTable.bulk.moveFrom': 'de {center} : {count}',
  'licenseTable.bulk.moveAlready': {
    one: '{count} y est déjà facturée et reste telle quelle.',
    other: '{count} y sont déjà facturées et restent telles quelles.',
  },
  'licenseTable.bulk.moveNothing': 'Toutes les licences sélectionnées y sont déjà facturées.',
  'licenseTable.bulk.moveSubmit': { one: 'Déplacer {count} licence', other: 'Déplacer {count} licences' },
  'licenseTable.bulk.moved': {
    one: '{count} licence est désormais facturée à {center}.',
    other: '{count} licences sont désormais facturées à {center}.',
  },
};
