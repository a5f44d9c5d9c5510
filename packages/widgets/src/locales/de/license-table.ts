import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/license-table.js';

/**
 * Deutsch: the strings of `<license-table>`: the grid, its toolbar and filters; its dialogs' own (buying,
 * assigning, deleting, products) are in `license-flows`.
 */
export const messages: Translation<typeof en> = {
  'licenseTable.title': 'Lizenzen',
  'licenseTable.actions': 'Lizenzaktionen',
  'licenseTable.buy': 'Lizenzen kaufen',
  'licenseTable.delete': 'Lizenzen löschen',
  'licenseTable.reason.admin': 'Lizenzen kaufen und löschen erfordert eine Administratorrolle.',
  'licenseTable.reason.assign': 'Ihre Rolle darf Lizenzen sehen, aber nicht zuweisen.',
  'licenseTable.search.label': 'Lizenzen durchsuchen',
  'licenseTable.search.hint': 'Name, E-Mail, Durchwahl, Typ oder Kostenstellencode. Jedes Wort muss passen.',
  'licenseTable.filter.costCenters': 'Kostenstellen',
  'licenseTable.filter.findCostCenter': 'Kostenstelle suchen',
  'licenseTable.filter.noCostCenter': 'Ohne Kostenstelle',
  'licenseTable.filter.noMatch': 'Keine Kostenstelle passt.',
  'licenseTable.filter.chosen': 'Angezeigt: {list}.',
  'licenseTable.filter.clear': 'Zurücksetzen',
  'licenseTable.filter.product': 'Produkt',
  'licenseTable.filter.allProducts': 'Alle Produkte',
  'licenseTable.filter.status': 'Zuweisung',
  'licenseTable.filter.all': 'Zugewiesen und frei',
  'licenseTable.filter.assigned': 'Zugewiesen',
  'licenseTable.filter.unassigned': 'Nicht zugewiesen (k. A.)',
  'licenseTable.summary.total': { one: '{count} Lizenz', other: '{count} Lizenzen' },
  'licenseTable.summary.split': '{assigned} zugewiesen, {unassigned} nicht zugewiesen',
  'licenseTable.summary.selected': { one: '{count} ausgewählt', other: '{count} ausgewählt' },
  'licenseTable.summary.clearSelection': 'Auswahl aufheben',
  'licenseTable.empty.none':
    'Dieses Portal hat noch keine Lizenzen. Kaufen Sie Lizenzen, um den Pool zu füllen.',
  'licenseTable.empty.filtered': 'Keine Lizenz passt zu dieser Suche und diesen Filtern.',
  'licenseTable.empty.clear': 'Suche und Filter zurücksetzen',
  'licenseTable.col.type': 'Lizenztyp',
  'licenseTable.col.assignee': 'Zugewiesen an',
  'licenseTable.col.extension': 'Durchwahl',
  'licenseTable.col.costCenter': 'Kostenstelle',
  'licenseTable.col.addedAt': 'Hinzugefügt am',
  'licenseTable.col.actions': 'Aktionen',
  'licenseTable.grid.keys':
    'Pfeiltasten wechseln die Zelle, die Eingabetaste führt die Aktion der Zeile aus, die Leertaste wählt sie aus.',
  'licenseTable.grid.selectAll': 'Alle geladenen Lizenzen auswählen',
  'licenseTable.grid.select': 'Auswählen: {product}, {name}',
  'licenseTable.grid.productsOf': 'Produkte von {name}',
  'licenseTable.grid.na': 'k. A.',
  'licenseTable.grid.free': 'Nicht zugewiesen',
  'licenseTable.grid.noCenter': 'Keine',
  'licenseTable.grid.loadingRow': 'Wird geladen…',
  'licenseTable.assign.open': 'Zuweisen',
  'licenseTable.unassign.open': 'Zuweisung aufheben',
  'licenseTable.queue.item': '{name}: {kind}, {role}',
  'licenseTable.queue.kind.call': 'Anrufwarteschlange',
  'licenseTable.queue.kind.inbound': 'Eingangswarteschlange',
  'licenseTable.queue.kind.outbound': 'Ausgangswarteschlange',
  'licenseTable.queue.role.supervisor': 'Supervisor',
  'licenseTable.queue.role.agent': 'Agent',
  'licenseTable.error.precondition_failed':
    'Jemand anderes hat diese Lizenz inzwischen geändert; die Tabelle zeigt jetzt ihren aktuellen Stand.',
  'licenseTable.error.not_found':
    'Diese Lizenz, Person oder Kostenstelle existiert nicht mehr oder ist für Sie nicht sichtbar.',
};
