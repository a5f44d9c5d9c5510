/**
 * The strings, split per widget and per language, so a page downloads only those of the widgets it shows.
 *
 * One folder per language (`en/`, `fr/`, `de/`), one module per widget in each, plus `common` (what `src/base/`
 * shows, and what several widgets share): a translator works through one folder, and the modules of a widget are
 * found under the same name in each. English is the source: `MessageKey` and `Catalogue` derive from the English
 * modules, and a French or German module is typed as the translation of its English one, so a missing or extra
 * key is a compile error. `{name}` is a placeholder; an object is a plural chosen by `count` (Intl.PluralRules).
 *
 * A widget lists the modules it shows in its static `strings` (`AllotElement.strings`); its `LocaleController`
 * loads those and `common` in the language in use, each a dynamic import, so a bundler makes one chunk per module
 * and language. A widget that renders another lists that one's too. A part of a widget that is its own chunk (a
 * dialog's forms, see `LazyPart`) has its own module too (`parts.ts`), which the part's code exports as `strings`
 * and which loads with the part: a page that never opens the dialog never downloads its words. `catalogue.test.ts`
 * checks that every key a widget's code can show is in a module loaded by then.
 */
import type { Locale } from '../base/i18n.js';
import type { messages as common } from './en/common.js';
import type { messages as inactiveMembersPruner } from './en/inactive-members-pruner.js';
import type { messages as licenseFlows } from './en/license-flows.js';
import type { messages as licenseTable } from './en/license-table.js';
import type { messages as memberInvite } from './en/member-invite.js';
import type { messages as minutesBalance } from './en/minutes-balance.js';
import type { messages as minutesForms } from './en/minutes-forms.js';
import type { messages as pruneDialogs } from './en/prune-dialogs.js';
import type { messages as shareDialog } from './en/share-dialog.js';
import type { messages as sharePanel } from './en/share-panel.js';

/** A message that depends on a count: `one` for the singular forms of the language, `other` for the rest. */
export interface Plural {
  one: string;
  other: string;
}

/** A module of strings: message key → text, or plural. */
export type Messages = Readonly<Record<string, string | Plural>>;

/** The translation of the English module `M`: its keys exactly, each a string or a plural as in English. */
export type Translation<M> = { readonly [K in keyof M]: Translated<M[K]> };
type Translated<V> = V extends string ? string : Plural;

/** Every English message, whichever module holds it. */
type English = typeof common &
  typeof shareDialog &
  typeof sharePanel &
  typeof minutesBalance &
  typeof minutesForms &
  typeof licenseTable &
  typeof licenseFlows &
  typeof inactiveMembersPruner &
  typeof pruneDialogs &
  typeof memberInvite;

export type MessageKey = keyof English;

/** Every message in one language. */
export type Catalogue = Translation<English>;

/**
 * One module of strings in every language, each loaded by a dynamic import (a chunk per language). Typed from
 * the English module `M`, so each language's loader must load the translation of that same module.
 */
export type StringModule<M extends Messages = Messages> = { readonly en: () => Promise<{ messages: M }> } & {
  readonly [L in Exclude<Locale, 'en'>]: () => Promise<{ messages: Translation<M> }>;
};

/** What every widget shows: loaded by every `LocaleController`. */
export const commonStrings = {
  en: () => import('./en/common.js'),
  fr: () => import('./fr/common.js'),
  de: () => import('./de/common.js'),
} satisfies StringModule<typeof common>;

export const shareDialogStrings = {
  en: () => import('./en/share-dialog.js'),
  fr: () => import('./fr/share-dialog.js'),
  de: () => import('./de/share-dialog.js'),
} satisfies StringModule<typeof shareDialog>;

export const minutesBalanceStrings = {
  en: () => import('./en/minutes-balance.js'),
  fr: () => import('./fr/minutes-balance.js'),
  de: () => import('./de/minutes-balance.js'),
} satisfies StringModule<typeof minutesBalance>;

export const licenseTableStrings = {
  en: () => import('./en/license-table.js'),
  fr: () => import('./fr/license-table.js'),
  de: () => import('./de/license-table.js'),
} satisfies StringModule<typeof licenseTable>;

export const inactiveMembersPrunerStrings = {
  en: () => import('./en/inactive-members-pruner.js'),
  fr: () => import('./fr/inactive-members-pruner.js'),
  de: () => import('./de/inactive-members-pruner.js'),
} satisfies StringModule<typeof inactiveMembersPruner>;

export const memberInviteStrings = {
  en: () => import('./en/member-invite.js'),
  fr: () => import('./fr/member-invite.js'),
  de: () => import('./de/member-invite.js'),
} satisfies StringModule<typeof memberInvite>;
