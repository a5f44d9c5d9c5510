import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/share-dialog.js';

/**
 * Deutsch: the strings of `<share-dialog>` before its dialog opens: its button and reasons; also the project and
 * transfer labels it has in common with `<minutes-balance>`, which loads this module too. The dialog's own are
 * in `share-panel`.
 */
export const messages: Translation<typeof en> = {
  'reason.shareMinutes': 'Minuten teilen erfordert eine Administratorrolle.',
  'transfer.available': 'Verfügbar: {minutes}',
  'project.name': 'Titel',
  'project.description': 'Beschreibung',
  'project.optional': 'Optional.',
  'share.open': 'Minuten teilen',
  'share.title': 'Minuten teilen',
  'share.from': 'Von „{title}“, {minutes} verfügbar.',
};
