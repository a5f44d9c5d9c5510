/**
 * The modules of strings that load with a part of a widget (its dialogs, see `LazyPart`), not with the widget.
 * Kept out of `catalogue.ts` on purpose: only the parts' chunks import this file, so a bundler puts these loaders
 * there, and a page that never opens a dialog holds neither its words nor the code that would fetch them.
 */
import type { StringModule } from './catalogue.js';
import type { messages as licenseFlows } from './en/license-flows.js';
import type { messages as minutesForms } from './en/minutes-forms.js';
import type { messages as pruneDialogs } from './en/prune-dialogs.js';
import type { messages as sharePanel } from './en/share-panel.js';

/** `<share-dialog>`'s form, steps and list of shares, loaded with the dialog (`share-panel.ts`). */
export const sharePanelStrings = {
  en: () => import('./en/share-panel.js'),
  fr: () => import('./fr/share-panel.js'),
  de: () => import('./de/share-panel.js'),
} satisfies StringModule<typeof sharePanel>;

/** `<minutes-balance>`'s dialogs, loaded with them (`minutes-forms.ts`). */
export const minutesFormsStrings = {
  en: () => import('./en/minutes-forms.js'),
  fr: () => import('./fr/minutes-forms.js'),
  de: () => import('./de/minutes-forms.js'),
} satisfies StringModule<typeof minutesForms>;

/** `<license-table>`'s dialogs, loaded with them (`flows.ts`). */
export const licenseFlowsStrings = {
  en: () => import('./en/license-flows.js'),
  fr: () => import('./fr/license-flows.js'),
  de: () => import('./de/license-flows.js'),
} satisfies StringModule<typeof licenseFlows>;

/** `<inactive-members-pruner>`'s dialogs, loaded with them (`prune-dialogs.ts`). */
export const pruneDialogsStrings = {
  en: () => import('./en/prune-dialogs.js'),
  fr: () => import('./fr/prune-dialogs.js'),
  de: () => import('./de/prune-dialogs.js'),
} satisfies StringModule<typeof pruneDialogs>;
