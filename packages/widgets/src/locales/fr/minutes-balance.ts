import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/minutes-balance.js';

/**
 * Français: the strings of `<minutes-balance>`: accounts, invitations, usage and ledger; its dialogs' own are in
 * `minutes-forms`. It also loads `<share-dialog>`'s. The source document’s wording is kept (« Définir par défaut
 * »).
 */
export const messages: Translation<typeof en> = {
  'reason.minutesAdmin': 'Acheter des minutes et modifier les comptes nécessitent un rôle d’administrateur.',
  'balance.title': 'Minutes',
  'balance.actions': 'Actions sur les minutes',
  'balance.accounts': 'Comptes',
  'balance.empty': 'Il n’y a pas encore de compte de minutes.',
  'account.default': 'Par défaut',
  'account.pool': 'Pool',
  'account.project': 'Projet',
  'account.sharedBy': 'Partagé par {portal}',
  'account.shareCount': { one: 'Partagé avec 1 portail', other: 'Partagé avec {count} portails' },
  'account.sharePending': {
    one: '1 partage en attente de réponse',
    other: '{count} partages en attente de réponse',
  },
  'account.transactions': 'Transactions',
  'account.makeDefault': 'Définir par défaut',
  'account.edit': 'Modifier',
  'account.delete': 'Supprimer',
  'buy.open': 'Acheter des minutes',
  'transfer.open': 'Transférer',
  'project.open': 'Nouveau projet',
  'invitation.title': {
    one: 'Une invitation à partager des minutes',
    other: '{count} invitations à partager des minutes',
  },
  'invitation.offerPool':
    '{portal} ({email}) vous propose tout son pool « {title} » : {minutes} aujourd’hui, et ce qu’il achètera ensuite.',
  'invitation.offerProject': '{portal} ({email}) vous propose {minutes} de « {title} ».',
  'invitation.setDefault': 'Définir par défaut',
  'invitation.setDefaultHint':
    'Sans cela, les sessions créées depuis des intégrations comme Zoom ne puisent pas dans ces minutes, et elles n’apparaissent pas dans le tableau de bord Zoom.',
  'invitation.accept': 'Accepter',
  'invitation.decline': 'Refuser',
  'usage.title': 'Utilisation de « {account} » sur les 30 derniers jours',
  'usage.slider': 'Jour',
  'usage.day': '{date} : {minutes}',
  'usage.summary': '{minutes} utilisées au cours des 30 derniers jours',
  'usage.none': 'Aucune session n’a utilisé ces minutes au cours des 30 derniers jours.',
  'usage.empty': 'Ce compte est vide.',
  'usage.projection': 'Au rythme actuel ({rate} par jour), ces minutes seront épuisées {when}.',
  'ledger.title': 'Transactions de « {title} »',
  'ledger.empty': 'Aucune transaction pour l’instant.',
  'ledger.date': 'Date',
  'ledger.transaction': 'Transaction',
  'ledger.actor': 'Par',
  'ledger.minutes': 'Minutes',
  'ledger.balance': 'Solde',
  'ledger.balanceAfter': 'Solde {balance}',
  'ledger.more': 'Afficher les transactions plus anciennes',
  'ledger.loaded': {
    one: '1 transaction plus ancienne affichée.',
    other: '{count} transactions plus anciennes affichées.',
  },
  'ledger.kind.purchase': 'Achat',
  'ledger.kind.transfer_out': 'Transfert sortant',
  'ledger.kind.transfer_outNamed': 'Transfert vers « {title} »',
  'ledger.kind.transfer_in': 'Transfert entrant',
  'ledger.kind.transfer_inNamed': 'Transfert depuis « {title} »',
  'ledger.kind.usage': 'Sessions',
  'ledger.kind.refund': 'Remboursement',
  'ledger.kind.adjustment': 'Ajustement',
};
