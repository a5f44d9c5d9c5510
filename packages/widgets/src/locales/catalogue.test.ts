import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { SourceLiterals } from '../../test/source-literals.js';
import {
  InactiveMembersPruner,
  LicenseTable,
  MemberInvite,
  MinutesBalance,
  ShareDialog,
} from '../classes.js';
import {
  commonStrings,
  inactiveMembersPrunerStrings,
  licenseTableStrings,
  memberInviteStrings,
  minutesBalanceStrings,
  shareDialogStrings,
  type Messages,
  type StringModule,
} from './catalogue.js';
import { licenseFlowsStrings, minutesFormsStrings, pruneDialogsStrings, sharePanelStrings } from './parts.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    sourceLiterals: () => Promise<Record<string, SourceLiterals>>;
  }
}

const modules = {
  common: commonStrings,
  'share-dialog': shareDialogStrings,
  'share-panel': sharePanelStrings,
  'minutes-balance': minutesBalanceStrings,
  'minutes-forms': minutesFormsStrings,
  'license-table': licenseTableStrings,
  'license-flows': licenseFlowsStrings,
  'inactive-members-pruner': inactiveMembersPrunerStrings,
  'prune-dialogs': pruneDialogsStrings,
  'member-invite': memberInviteStrings,
} satisfies Record<string, StringModule>;
type PartStrings = { strings?: readonly StringModule[] };
const widgets = [MinutesBalance, ShareDialog, LicenseTable, InactiveMembersPruner, MemberInvite];
/** Every part of a widget that is its own chunk, by source path: its module, and the strings it loads with it. */
const parts: Record<string, () => Promise<object>> = {
  'share-dialog/share-panel.ts': () => import('../share-dialog/share-panel.js'),
  'minutes-balance/minutes-forms.ts': () => import('../minutes-balance/minutes-forms.js'),
  'license-table/flows.ts': () => import('../license-table/flows.js'),
  'license-table/cost-center-filter.ts': () => import('../license-table/cost-center-filter.js'),
  'inactive-members-pruner/prune-dialogs.ts': () => import('../inactive-members-pruner/prune-dialogs.js'),
  'member-invite/incoming.ts': () => import('../member-invite/incoming.js'),
  'member-invite/pending-actions.ts': () => import('../member-invite/pending-actions.js'),
};

const english = async (module: StringModule): Promise<Messages> => (await module.en()).messages;
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The keys among `keys` that a file's literals may name: a literal that is a key (`'share.open'`), or one under
 * a prefix the file's widget scopes its `t` to (`#t('title')` → `licenseTable.title`); a template literal whose
 * text before its first `${…}` has a dot names every key it can become (`status.${s}` → every `status.…`).
 * Other templates (`${a} ${b}`, `f-${name}`) build markup, ids or cache keys, not message keys.
 */
function keysNamed(file: SourceLiterals, scopes: readonly string[], keys: readonly string[]): Set<string> {
  const named = new Set<string>();
  const prefixes = ['', ...scopes.map((scope) => `${scope}.`)];
  for (const parts of file.literals) {
    if (parts.length > 1 && !parts[0]!.includes('.')) continue;
    for (const prefix of prefixes) {
      const pattern = new RegExp(`^${escape(prefix)}${parts.map(escape).join('.*')}$`);
      for (const key of keys) if (pattern.test(key)) named.add(key);
    }
  }
  return named;
}

describe('the strings', () => {
  it('has every English message in French and German, module by module, with the same placeholders', async () => {
    for (const [name, module] of Object.entries(modules)) {
      const en = await english(module);
      for (const [language, messages] of [
        ['fr', (await module.fr()).messages],
        ['de', (await module.de()).messages],
      ] as const) {
        expect(Object.keys(messages).sort(), `${language}/${name}`).toEqual(Object.keys(en).sort());
        for (const [key, source] of Object.entries(en)) {
          const target: unknown = messages[key as keyof typeof messages];
          const texts = (v: unknown) =>
            typeof v === 'string' ? [v] : [(v as Plural).one, (v as Plural).other];
          type Plural = { one: string; other: string };
          expect(
            texts(target).every((t) => t.trim() !== ''),
            `${language} ${key}`,
          ).toBe(true);
          const expected = placeholders(texts(source).at(-1)!);
          expect(placeholders(texts(target).at(-1)!), `${language} ${key}`).toEqual(expected);
        }
      }
    }
  });

  it('holds each key in one module only', async () => {
    const seen = new Map<string, string>();
    for (const [name, module] of Object.entries(modules))
      for (const key of Object.keys(await english(module))) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
  });

  it('loads, for every widget, each key its code can show by then: on first render the common strings, its own and those of the widgets inside it; in a dialog also the dialog’s', async () => {
    const all = (await Promise.all(Object.values(modules).map(english))).flatMap((m) => Object.keys(m));
    const keysOf = async (list: readonly StringModule[]) =>
      (await Promise.all(list.map(english))).flatMap((m) => Object.keys(m));
    const common = await keysOf([commonStrings]);
    const sources = await commands.sourceLiterals();
    // By folder: a widget's scoped `t` reaches every file of its folder (its lazy parts get it from the widget).
    const folders = new Map<string, [string, SourceLiterals][]>();
    for (const [path, file] of Object.entries(sources)) {
      const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : '.';
      folders.set(folder, [...(folders.get(folder) ?? []), [path, file]]);
    }
    expect([...folders.keys()]).toEqual(expect.arrayContaining([...widgets.map((w) => w.baseName), 'base']));
    const reach = (from: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(from) || !sources[from]) return seen;
      seen.add(from);
      for (const next of sources[from].imports) reach(next, seen);
      return seen;
    };
    const shown = new Set<string>();
    for (const [folder, files] of folders) {
      // A widget loads the common strings and its `strings` before its first render; a part of it that is its own
      // chunk loads its `strings` with it. The rest (base/, provider/, …) serves every widget: the common strings.
      const widget = widgets.find((w) => w.baseName === folder);
      const first = new Set([...common, ...(await keysOf(widget?.strings ?? []))]);
      const view = reach(`${folder}/${folder}.component.ts`);
      const lazyParts = [...view].flatMap((path) => sources[path]!.lazy);
      const partOf = new Map<string, string>();
      for (const part of lazyParts)
        for (const path of reach(part)) if (!view.has(path)) partOf.set(path, part);
      if (widget)
        expect(
          lazyParts.filter((part) => !(part in parts)),
          `${folder}: parts the test knows`,
        ).toEqual([]);
      const scopes = files.flatMap(([, file]) => file.scopes);
      for (const [path, file] of files) {
        const part = partOf.get(path);
        const loaded = part
          ? new Set([...first, ...(await keysOf(((await parts[part]!()) as PartStrings).strings ?? []))])
          : first;
        for (const key of keysNamed(file, scopes, all)) {
          shown.add(key);
          expect(loaded.has(key), `${path} shows ${key}, which is not in the strings loaded by then`).toBe(
            true,
          );
        }
      }
    }
    // And the other way round: a key that no code can show is a leftover.
    expect(
      all.filter((key) => !shown.has(key)),
      'keys no widget shows',
    ).toEqual([]);
  });
});
