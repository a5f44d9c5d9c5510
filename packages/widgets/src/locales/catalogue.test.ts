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

declare module 'vitest/browser' {
  interface BrowserCommands {
    sourceLiterals: () => Promise<Record<string, SourceLiterals>>;
  }
}

const modules = {
  common: commonStrings,
  'share-dialog': shareDialogStrings,
  'minutes-balance': minutesBalanceStrings,
  'license-table': licenseTableStrings,
  'inactive-members-pruner': inactiveMembersPrunerStrings,
  'member-invite': memberInviteStrings,
} satisfies Record<string, StringModule>;
const widgets = [MinutesBalance, ShareDialog, LicenseTable, InactiveMembersPruner, MemberInvite];

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

  it('loads, for every widget, each key its code can show: the common strings, its own, those of the widgets inside it', async () => {
    const all = (await Promise.all(Object.values(modules).map(english))).flatMap((m) => Object.keys(m));
    const common = Object.keys(await english(commonStrings));
    // By folder: a widget's scoped `t` reaches every file of its folder (its lazy parts get it from the widget).
    const folders = new Map<string, [string, SourceLiterals][]>();
    for (const [path, file] of Object.entries(await commands.sourceLiterals())) {
      const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : '.';
      folders.set(folder, [...(folders.get(folder) ?? []), [path, file]]);
    }
    expect([...folders.keys()]).toEqual(expect.arrayContaining([...widgets.map((w) => w.baseName), 'base']));
    const shown = new Set<string>();
    for (const [folder, files] of folders) {
      // A widget loads the common strings and its `strings`; the rest (base/, provider/, …) serves every widget.
      const widget = widgets.find((w) => w.baseName === folder);
      const loaded = new Set(common);
      for (const module of widget?.strings ?? [])
        for (const key of Object.keys(await english(module))) loaded.add(key);
      const scopes = files.flatMap(([, file]) => file.scopes);
      for (const [path, file] of files)
        for (const key of keysNamed(file, scopes, all)) {
          shown.add(key);
          expect(loaded.has(key), `${path} shows ${key}, which is not in the strings it loads`).toBe(true);
        }
    }
    // And the other way round: a key that no code can show is a leftover.
    expect(
      all.filter((key) => !shown.has(key)),
      'keys no widget shows',
    ).toEqual([]);
  });
});
