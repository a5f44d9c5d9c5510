import type { Translation } from '../catalogue.js';
import type { messages as en } from '../en/share-dialog.js';

/**
 * Français: the strings of `<share-dialog>` before its dialog opens: its button and reasons; also the project
 * and transfer labels it has in common with `<minutes-balance>`, which loads this module too. The dialog's own
 * are in `share-panel`.
 */
export const messages: Translation<typeof en> = {
  'reason.shareMinutes': 'Partager des minutes nécessite un rôle d’administrateur.',
  'transfer.available': 'Disponible : {minutes}',
  'project.name': 'Titre',
  'project.description': 'Description',
  'project.optional': 'Facultatif.',
  'share.open': 'Partager des minutes',
  'share.title': 'Partager des minutes',
  'share.from': 'Depuis « {title} », {minutes} disponibles.',
};
