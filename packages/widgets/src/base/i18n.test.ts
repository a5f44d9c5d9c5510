import { describe, expect, it } from 'vitest';
import { de } from '../locales/de.js';
import { en } from '../locales/en.js';
import { fr } from '../locales/fr.js';
import { speaking } from '../../test/support.js';
import { resolveLocale } from './i18n.js';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('localisation', () => {
  it('takes the first supported language, regions included, else English', () => {
    expect(resolveLocale(undefined, 'fr-CA', 'de')).toBe('fr');
    expect(resolveLocale('de_AT')).toBe('de');
    expect(resolveLocale('es', 'it')).toBe('en');
  });

  it('formats money from minor units in each language', async () => {
    const money = { amount: 18000, currency: 'EUR' };
    expect((await speaking('en')).money(money)).toBe('€180.00');
    expect((await speaking('fr')).money(money)).toBe('180,00\u00a0€');
    expect((await speaking('de')).money(money)).toBe('180,00\u00a0€');
    expect((await speaking('en')).money({ amount: 1200, currency: 'JPY' })).toBe('¥1,200');
  });

  it('chooses plurals by the rules of each language', async () => {
    expect((await speaking('en')).minutes(1)).toBe('1 minute');
    expect((await speaking('en')).minutes(0)).toBe('0 minutes');
    expect((await speaking('fr')).minutes(0)).toBe('0 minute');
    expect((await speaking('fr')).minutes(1500)).toBe('1\u202f500 minutes');
    expect((await speaking('de')).minutes(1)).toBe('1 Minute');
    expect((await speaking('de')).minutes(2000)).toBe('2.000 Minuten');
  });

  it('says relative times in each language', async () => {
    expect((await speaking('en')).relative(40)).toBe('in 40 seconds');
    expect((await speaking('fr')).relative(120)).toBe('dans 2 minutes');
    expect((await speaking('de')).relative(86_400 * 3)).toBe('in 3 Tagen');
  });

  it('has every English message in French and German, with the same placeholders', () => {
    for (const [name, catalogue] of [
      ['fr', fr],
      ['de', de],
    ] as const) {
      expect(Object.keys(catalogue).sort(), name).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const source = en[key];
        const target = catalogue[key];
        const texts = (v: typeof source | typeof target) => (typeof v === 'string' ? [v] : [v.one, v.other]);
        expect(
          texts(target).every((t) => t.trim() !== ''),
          `${name} ${key}`,
        ).toBe(true);
        const expected = placeholders(texts(source).at(-1)!);
        expect(placeholders(texts(target).at(-1)!), `${name} ${key}`).toEqual(expected);
      }
    }
  });
});
