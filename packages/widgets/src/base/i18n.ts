import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  commonStrings,
  type Catalogue,
  type Messages,
  type MessageKey,
  type Plural,
  type StringModule,
} from '../locales/catalogue.js';

export type { MessageKey, StringModule };

/** The languages the widgets speak out of the box; a page can add others with {@link registerLocale}. */
export const locales = ['en', 'fr', 'de'] as const;
export type Locale = (typeof locales)[number];
/** A `locale` attribute's value: a built-in language (suggested by editors) or any tag registered by the page. */
export type LocaleTag = Locale | (string & {});

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

// Each module of strings (one per widget, and the common one) in each language is its own chunk, loaded once, on
// first use: the strings stay out of the script that registers the widgets, and a page pays only for the
// widgets and the languages it shows. What is loaded of a language is merged into one lookup, so a key is
// found whichever module holds it. Loads are known by their loader: one per module and language.
type Loader = () => Promise<{ messages: Messages }>;
type Lookup = Record<string, string | Plural>;
const lookups: Partial<Record<string, Lookup>> = {};
/** Per language, the loads started (one per module) and those done. */
const loads = new Map<string, Map<Loader, Promise<void>>>();
const loaded = new Map<string, Set<Loader>>();
/** What the page registered per language tag (lower case): a language of its own, or overrides of a built-in one. */
const registered = new Map<string, Partial<Catalogue>>();

const isBuiltIn = (tag: string): tag is Locale => (locales as readonly string[]).includes(tag);
/** A module's loader for a language: its own translation, or English under a language the page registered. */
const loaderOf = (module: StringModule, locale: string): Loader =>
  isBuiltIn(locale) ? module[locale] : module.en;
const isLoaded = (module: StringModule, locale: string): boolean =>
  loaded.get(locale)?.has(loaderOf(module, locale)) ?? false;

function load(module: StringModule, locale: string): Promise<void> {
  const loader = loaderOf(module, locale);
  const started = loads.get(locale) ?? new Map<Loader, Promise<void>>();
  loads.set(locale, started);
  let promise = started.get(loader);
  if (!promise) {
    promise = loader()
      .catch((error: unknown) => {
        // A language that fails to load falls back to English, module by module.
        if (locale === 'en') throw error;
        return module.en();
      })
      .then(
        ({ messages }) => {
          // The page's own words win over the package's, in whichever module they are.
          Object.assign((lookups[locale] ??= {}), messages, registered.get(locale));
          const done = loaded.get(locale) ?? new Set<Loader>();
          loaded.set(locale, done.add(loader));
        },
        (error: unknown) => {
          // Not kept: the next render (or the next opening of a dialog) fetches the chunk again.
          started.delete(loader);
          throw error;
        },
      );
    started.set(loader, promise);
  }
  return promise;
}

/**
 * Adds a language, or changes words of one: `registerLocale('es', { 'share.open': 'Compartir minutos', … })`
 * makes `locale="es"` (and a page in Spanish) show these strings, and English for every key left out;
 * `registerLocale('fr', { 'share.open': 'Partager' })` overrides one French string. The messages are typed
 * against the English catalogue (a plural is `{ one, other }`). Widgets already on the page switch at once.
 */
export function registerLocale(tag: string, messages: Partial<Catalogue>): void {
  const key = tag.trim().toLowerCase();
  registered.set(key, { ...registered.get(key), ...messages });
  const lookup = lookups[key];
  if (lookup) Object.assign(lookup, messages);
  for (const host of hosts) host.requestUpdate();
}

const warned = new Set<string>();
/** A `locale` the widgets cannot speak: said once per tag, so the integrator knows why the page shows English. */
function warnUnknown(tag: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `Allot widgets: no strings for locale "${tag}", English shown; add them with registerLocale('${tag}', …).`,
  );
}

/**
 * The first language the widgets speak among the candidates, else English: a tag the page registered as it is
 * (`pt-br`), else its language (`fr-CA` counts as `fr`, `es-MX` as a registered `es`).
 */
export function resolveLocale(...candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const tag = candidate?.trim().toLowerCase().replace('_', '-');
    if (!tag) continue;
    if (registered.has(tag) || isBuiltIn(tag)) return tag;
    const [language = tag] = tag.split('-');
    if (registered.has(language) || isBuiltIn(language)) return language;
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

type Formatter =
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.ListFormat;
const formats = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
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
  /** The language in use (a built-in one, or one the page registered). */
  locale: string = 'en';
  /** False while the strings of the wanted language are loading: the common ones and the host's modules. */
  ready = false;
  #lookup: Readonly<Record<string, string | Plural>> | undefined;
  #loading: Promise<void> = Promise.resolve();
  readonly #modules: StringModule[];

  /** `modules`: the strings the host shows beyond the common ones (a widget's static `strings`). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly preferred: () => readonly (string | undefined)[],
    modules: readonly StringModule[] = [],
  ) {
    this.#modules = [commonStrings, ...modules];
    host.addController(this);
  }

  hostConnected() {
    watchDocumentLang(this.host, true);
  }

  hostDisconnected() {
    watchDocumentLang(this.host, false);
  }

  hostUpdate() {
    const wanted = this.#wanted();
    if (wanted === this.locale && this.ready) return;
    if (this.#modules.every((module) => isLoaded(module, wanted))) {
      this.locale = wanted;
      this.#lookup = lookups[wanted];
      this.ready = true;
      return;
    }
    this.ready = false;
    this.#loading = Promise.all(this.#modules.map((module) => load(module, wanted))).then(() =>
      this.host.requestUpdate(),
    );
  }

  /**
   * Adds `modules` to the strings the host shows (those of a part loaded later, a dialog's) and resolves once
   * they are loaded in the language wanted; a later change of language loads them too.
   */
  async add(modules: readonly StringModule[]): Promise<void> {
    const fresh = modules.filter((module) => !this.#modules.includes(module));
    this.#modules.push(...fresh);
    const wanted = this.#wanted();
    await Promise.all(fresh.map((module) => load(module, wanted)));
  }

  #wanted(): string {
    const preferred = this.preferred();
    // What the widget or its provider asks for explicitly is worth a warning when it cannot be honoured.
    const asked = preferred.find((tag) => tag?.trim());
    if (asked && resolveLocale(asked) === 'en' && !asked.toLowerCase().startsWith('en')) warnUnknown(asked);
    return resolveLocale(...preferred, document.documentElement.lang, ...navigator.languages);
  }

  /** Resolves once the strings of the wanted language are loaded (at once when they are). */
  whenReady(): Promise<void> {
    return this.#loading;
  }

  /** `t` for the keys under `prefix.`: a widget's bundle then holds its prefix once, not once per key. */
  scoped<P extends string>(prefix: P): (key: KeyOf<P>, params?: Params) => string {
    return (key, params) => this.t(`${prefix}.${key}` as MessageKey, params);
  }

  /** True when the loaded strings have `key` (a code's message, say). */
  has(key: string): boolean {
    return this.#lookup?.[key] !== undefined;
  }

  /** The message `key` in the current language, with `{name}` placeholders filled and plurals chosen by `count`. */
  t(key: MessageKey, params: Params = {}): string {
    const entry: string | Plural | undefined = this.#lookup?.[key];
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

  /** Items as the language lists them ("A, B and C", "A, B et C", "A, B und C"). */
  list(items: readonly string[]): string {
    return cached(`l${this.locale}`, () => new Intl.ListFormat(this.locale)).format(items);
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
