import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue, MessageKey, Plural } from '../locales/en.js';

/** The languages the widgets speak; anything else falls back to English. */
export const locales = ['en', 'fr', 'de'] as const;
export type Locale = (typeof locales)[number];

export type Params = Record<string, string | number>;

/** The message keys under `prefix.`, written without it. */
export type KeyOf<P extends string> = MessageKey extends infer K
  ? K extends `${P}.${infer R}`
    ? R
    : never
  : never;

/** Money as the API sends it: an integer of minor units and an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

// Every language, English included, is its own chunk, loaded once on first use: the strings stay out of the
// script that registers the widgets, and a page pays only for the languages it shows.
const catalogues = new Map<Locale, Catalogue>();
const pending = new Map<Locale, Promise<void>>();
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('../locales/en.js').then((m) => m.en),
  fr: () => import('../locales/fr.js').then((m) => m.fr),
  de: () => import('../locales/de.js').then((m) => m.de),
};

function load(locale: Locale): Promise<void> {
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale]().then(
      (catalogue) => void catalogues.set(locale, catalogue),
      async (error: unknown) => {
        // A language that fails to load falls back to English.
        if (locale === 'en') throw error;
        await load('en');
        const en = catalogues.get('en');
        if (en) catalogues.set(locale, en);
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/** The first supported language among the candidates (`fr-CA` counts as `fr`), else English. */
export function resolveLocale(...candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const language = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    const match = locales.find((l) => l === language);
    if (match) return match;
  }
  return 'en';
}

// One observer of <html lang> for every widget, so a page that switches language switches the widgets live.
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
function watchDocumentLang(host: ReactiveControllerHost, on: boolean) {
  if (on) hosts.add(host);
  else hosts.delete(host);
  if (hosts.size > 0 && !observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  } else if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

const formats = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules
>();
function cached<
  T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules,
>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/**
 * Localisation of one widget: picks the language (the `locale` attribute, else the provider's, else the
 * document's `lang`, else the browser's), loads its strings, and formats numbers, money, dates, plurals and
 * relative times with `Intl`. Every string a widget shows goes through {@link LocaleController.t}.
 */
export class LocaleController implements ReactiveController {
  /** The language in use. */
  locale: Locale = 'en';
  /** False while the strings of the wanted language are loading. */
  ready = false;
  #catalogue: Catalogue | undefined;
  #loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly preferred: () => readonly (string | undefined)[],
  ) {
    host.addController(this);
  }

  hostConnected() {
    watchDocumentLang(this.host, true);
  }

  hostDisconnected() {
    watchDocumentLang(this.host, false);
  }

  hostUpdate() {
    const wanted = resolveLocale(...this.preferred(), document.documentElement.lang, ...navigator.languages);
    if (wanted === this.locale && this.ready) return;
    const catalogue = catalogues.get(wanted);
    if (catalogue) {
      this.locale = wanted;
      this.#catalogue = catalogue;
      this.ready = true;
      return;
    }
    this.ready = false;
    this.#loading = load(wanted).then(() => this.host.requestUpdate());
  }

  /** Resolves once the strings of the wanted language are loaded (at once when they are). */
  whenReady(): Promise<void> {
    return this.#loading;
  }

  /** `t` for the keys under `prefix.`: a widget's bundle then holds its prefix once, not once per key. */
  scoped<P extends string>(prefix: P): (key: KeyOf<P>, params?: Params) => string {
    return (key, params) => this.t(`${prefix}.${key}` as MessageKey, params);
  }

  /** The message `key` in the current language, with `{name}` placeholders filled and plurals chosen by `count`. */
  t(key: MessageKey, params: Params = {}): string {
    const entry: string | Plural | undefined = this.#catalogue?.[key];
    if (entry === undefined) return '';
    const text =
      typeof entry === 'string' ? entry : (entry[this.plural(Number(params['count'] ?? 0))] ?? entry.other);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      return value === undefined ? '' : typeof value === 'number' ? this.number(value) : value;
    });
  }

  plural(count: number): keyof Plural {
    const form = cached(`p${this.locale}`, () => new Intl.PluralRules(this.locale)).select(count);
    return form === 'one' ? 'one' : 'other';
  }

  number(value: number): string {
    return cached(`n${this.locale}`, () => new Intl.NumberFormat(this.locale)).format(value);
  }

  /** A signed count ("+1,000", "−45"). */
  signed(value: number): string {
    return cached(
      `s${this.locale}`,
      () => new Intl.NumberFormat(this.locale, { signDisplay: 'exceptZero' }),
    ).format(value);
  }

  /** "1,000 minutes", "1 minute", "1 000 minutes", "1.000 Minuten". */
  minutes(count: number): string {
    return this.t('unit.minutes', { count });
  }

  /** Money from minor units: `{ amount: 12000, currency: 'EUR' }` → "€120.00", "120,00 €". */
  money({ amount, currency }: Money): string {
    const format = cached(
      `m${this.locale}${currency}`,
      () => new Intl.NumberFormat(this.locale, { style: 'currency', currency }),
    );
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  }

  date(iso: string): string {
    return cached(
      `d${this.locale}`,
      () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }),
    ).format(new Date(iso));
  }

  /** A calendar date without time (`2026-12-01`, or the date of a timestamp): the same day in every time zone. */
  day(date: string): string {
    return cached(
      `D${this.locale}`,
      () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    ).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
  }

  time(iso: string): string {
    return cached(
      `t${this.locale}`,
      () => new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' }),
    ).format(new Date(iso));
  }

  /** "in 40 seconds", "3 days ago", "dans 2 minutes". */
  relative(seconds: number): string {
    const format = cached(
      `r${this.locale}`,
      () => new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' }),
    );
    const [unit, size] = RELATIVE_UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
    return format.format(Math.round(seconds / size), unit);
  }
}
