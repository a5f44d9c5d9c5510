import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { speaking } from '../../test/support.js';
import type { Messages } from '../locales/catalogue.js';
import { LocaleController, resolveLocale, type MessageKey, type StringModule } from './i18n.js';

class Host extends LitElement {}
customElements.define('allot-test-i18n-host', Host);

/** A module of one string whose French and German chunks fail to load. */
const unreachable = {
  en: () => Promise.resolve({ messages: { 'test.greeting': 'Hello, {name}' } }),
  fr: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  de: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
} satisfies StringModule;

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

  it('finds a key whichever module of the language holds it', async () => {
    const fr = await speaking('fr', unreachable);
    expect(fr.t('action.cancel')).toBe('Annuler');
    expect(fr.t('test.greeting' as MessageKey, { name: 'Ada' })).toBe('Hello, Ada');
  });

  it('falls back to English for a module whose language fails to load, and only for that module', async () => {
    const de = await speaking('de', unreachable);
    expect(de.ready).toBe(true);
    expect(de.t('test.greeting' as MessageKey, { name: 'Ada' })).toBe('Hello, Ada');
    expect(de.t('action.close')).toBe('Schließen');
  });

  it('is ready only once every module of its host is loaded', async () => {
    let arrive: (module: { messages: Messages }) => void = () => undefined;
    const late = {
      en: () => new Promise<{ messages: Messages }>((resolve) => (arrive = resolve)),
      fr: () => Promise.reject(new Error('not asked for')),
      de: () => Promise.reject(new Error('not asked for')),
    } satisfies StringModule;
    const i18n = new LocaleController(new Host(), () => ['en'], [late]);
    i18n.hostUpdate();
    expect(i18n.ready).toBe(false);
    await speaking('en'); // the common strings alone are not enough
    i18n.hostUpdate();
    expect(i18n.ready).toBe(false);
    arrive({ messages: { 'test.late': 'At last' } });
    await i18n.whenReady();
    i18n.hostUpdate();
    expect(i18n.ready).toBe(true);
    expect(i18n.t('test.late' as MessageKey)).toBe('At last');
  });
});
