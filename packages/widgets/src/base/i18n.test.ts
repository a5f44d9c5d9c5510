import { html, LitElement } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, mount, settle, speaking, textOf } from '../../test/support.js';
import type { Messages } from '../locales/catalogue.js';
import type { ShareDialog } from '../share-dialog/share-dialog.component.js';
import '../share-dialog/share-dialog.js';
import {
  LocaleController,
  registerLocale,
  resolveLocale,
  type MessageKey,
  type StringModule,
} from './i18n.js';

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

describe('languages the page adds', () => {
  it('speaks a language the page registers, English for what it leaves out, with that language’s numbers', async () => {
    registerLocale('es', {
      'action.close': 'Cerrar',
      'unit.minutes': { one: '{count} minuto', other: '{count} minutos' },
    });
    expect(resolveLocale('es-MX')).toBe('es');
    const es = await speaking('es-MX');
    expect(es.locale).toBe('es');
    expect(es.t('action.close')).toBe('Cerrar');
    expect(es.t('action.retry')).toBe('Try again');
    expect(es.minutes(1)).toBe('1 minuto');
    expect(es.minutes(25000)).toBe('25.000 minutos');
    expect(es.money({ amount: 18000, currency: 'EUR' })).toBe('180,00\u00a0€');
  });

  it('changes one word of a built-in language, in widgets already on the page too', async () => {
    const el = await mount<ShareDialog>(
      html`<share-dialog
        .client=${mockApi().as('a_admin')}
        account-id="acc_pool_a"
        locale="de"
      ></share-dialog>`,
    );
    await expect(el).toShowText('Minuten teilen');
    registerLocale('de', { 'share.open': 'Minuten weitergeben' });
    await expect.poll(() => textOf(el)).toContain('Minuten weitergeben');
    expect(textOf(el)).not.toContain('Minuten teilen');
    expect((await speaking('de')).t('action.close')).toBe('Schließen');
  });

  it('says once which locale it cannot speak, and shows English', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const api = mockApi();
      const template = html`<share-dialog
        .client=${api.as('a_admin')}
        account-id="acc_pool_a"
        locale="xx"
      ></share-dialog>`;
      const [one, two] = [await mount<ShareDialog>(template), await mount<ShareDialog>(template)];
      await settle(two);
      await expect(one).toShowText('Share minutes');
      await expect(two).toShowText('Share minutes');
      const said = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('"xx"'));
      expect(said).toEqual([expect.stringContaining("registerLocale('xx', …)")]);
    } finally {
      warn.mockRestore();
    }
  });
});
