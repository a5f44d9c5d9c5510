import type { Messages } from '../catalogue.js';

/**
 * English, the source: the strings of `<share-dialog>` before its dialog opens: its button and reasons; also the
 * project and transfer labels it has in common with `<minutes-balance>`, which loads this module too. The
 * dialog's own are in `share-panel`.
 */
export const messages = {
  'reason.shareMinutes': 'Sharing minutes needs an administrator role.',
  'transfer.available': 'Available: {minutes}',
  'project.name': 'Title',
  'project.description': 'Description',
  'project.optional': 'Optional.',
  'share.open': 'Share minutes',
  'share.title': 'Share minutes',
  'share.from': 'From “{title}”, {minutes} available.',
} satisfies Messages;
