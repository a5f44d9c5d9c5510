import { ContextConsumer } from '@lit/context';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Client } from '@allot/sdk';
import type { AllotEventDetails, AllotEventName } from '../events/events.js';
import { VERSION } from '../version.js';
import { allotContext, type ProvidedConfig } from './context.js';
import { LazyPart, type PartModule } from './controllers/lazy-part.js';
import type { Reporter } from './controllers/reporter.js';
import { renderState, type Loadable } from './controllers/state.js';
import { LocaleController, type LocaleTag, type StringModule } from './i18n.js';
import { isAbort, toProblem, type FormShape, type Problem } from './problems.js';
import { StoreChangeEvent, storeFor, type AllotStore, type Topic } from './store.js';
import { tokenLacks, warnTokenGap, type Me, type Permission, type WidgetPermissions } from './permission.js';
import { followPageTheme, pageTheme } from './page-theme.js';
import { base } from './styles.js';

/** An `allot-…` event: bubbling and composed, so it leaves every shadow root on its way to the page. */
function allotEvent<K extends AllotEventName>(name: K, detail: AllotEventDetails[K]): CustomEvent {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/**
 * What a lazily loaded part of a widget (a form, a dialog's body) may use of the widget it belongs to: the
 * protected helpers, handed over explicitly instead of made public.
 */
export interface WidgetApi extends Reporter {
  readonly host: AllotElement;
  readonly i18n: LocaleController;
  readonly store: AllotStore | undefined;
  readonly revision: number;
  /** The service's time, epoch ms (see {@link AllotElement.now}). */
  now(): number;
  emit<K extends AllotEventName>(name: K, detail: AllotEventDetails[K]): boolean;
  announce(message: string, tone?: 'success' | 'info' | 'error'): Promise<void>;
  problem(error: unknown, form?: FormShape): Problem | undefined;
  renderLoading(): TemplateResult;
  /** The widget's state ladder (see {@link AllotElement.renderState}). */
  renderState<T>(source: Loadable<T>, views: StateOptions<T>): unknown;
}

/** What a view of loaded data shows when ready, when empty, and whether the role may see it at all. */
export interface StateOptions<T> {
  ready(value: T): unknown;
  empty?: { when(value: T): boolean; message: string };
  forbidden?: boolean;
}

/** Where a widget hands its store to the widgets it renders inside itself (they share its client and cache). */
export const parentStore = Symbol('allot.parentStore');

/** `light`, `dark`, or `auto` (the default: the user's `prefers-color-scheme`). */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every Allot widget shares: configuration (`base-url`, `locale`, `token` / `getToken`, or a ready
 * `client`), the store it reads through (its own, or the one of the `<allot-provider>` around it),
 * localisation, one `emit` helper for typed events, a live region, and the loading / empty / error /
 * forbidden states.
 */
export class AllotElement extends LitElement {
  /** The theme and the reset; a widget with forms adds `controls` (from `base/controls.ts`). */
  static override styles = base;

  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    locale: {},
    theme: { reflect: true },
    label: {},
    token: { attribute: false },
    getToken: { attribute: false },
    client: { attribute: false },
    announcement: { state: true, attribute: false },
    tone: { state: true, attribute: false },
    revision: { state: true, attribute: false },
  };

  /** Set by `define()`: the registered names of the widgets, so a widget renders its sub-elements by them. */
  static tags: Record<string, string> = {};
  /** Set by `define()`: the registry the widgets were defined into. */
  static registry: CustomElementRegistry | undefined;
  /** The package version, to tell two bundles apart. */
  static readonly version = VERSION;
  /**
   * The strings the widget shows beyond the common ones: its module of `locales/catalogue.ts`, and the modules
   * of the widgets it renders inside itself (their `strings`), loaded together in the language in use.
   */
  static strings: readonly StringModule[] = [];
  /**
   * The permissions the widget reads with and acts with: mint its token with all of them (the widgets README
   * has the table). Without an `act` one, the action is shown disabled with why; without a `read` one, the
   * widget says which permission its token lacks.
   */
  static permissions: WidgetPermissions = { read: [], act: [] };

  /** The API root, e.g. `https://api.allot.dev/v1`. Not needed inside an `<allot-provider>` or with `client`. */
  declare baseUrl: string | undefined;
  /**
   * `en`, `fr` or `de` (a region such as `fr-CA` is fine), or a language the page added with `registerLocale`.
   * Default: the provider's, the page's `lang`, the browser's. An unknown tag shows English and warns once.
   */
  declare locale: LocaleTag | undefined;
  /** `light`, `dark` or `auto`. A host may also set the class `allot-theme-dark` / `allot-theme-light`. */
  declare theme: Theme | undefined;
  /**
   * The name screen readers give the widget's region, in place of its heading. Set it when a page shows two of
   * the same widget (say, `Minutes of portal B`), so each region has a name of its own. (`<share-dialog>` shows
   * no region: its button and dialog are named by the account they share.)
   */
  declare label: string | undefined;
  /** A bearer token (a short-lived widget token). Never put it in an attribute or a URL. */
  declare token: string | undefined;
  /** Returns a token; called before the first request and again after a 401. Preferred over `token`. */
  declare getToken: (() => string | Promise<string>) | undefined;
  /** An `@allot/sdk` client the host already has; used instead of `base-url` and the token. */
  declare client: Client | undefined;

  /** The text of the live region: what just happened, for screen readers and everyone. */
  declare protected announcement: string;
  /** How the live region looks: a success or a note is shown; an error is only spoken (its field shows it). */
  declare protected tone: 'success' | 'info' | 'error';
  /** Bumped when data this widget reads changed elsewhere; tasks take it as an argument to reload. */
  declare protected revision: number;

  /** Who the token acts as, once {@link AllotElement.readMe} read it. */
  protected me: Me | undefined;

  /** Topics this widget reads; a write to one of them anywhere on the store reloads the widget. */
  protected readonly topics: readonly Topic[] = [];

  protected readonly i18n = new LocaleController(
    this,
    () => [this.locale, this.#provided?.locale],
    (this.constructor as typeof AllotElement).strings,
  );

  #provided: ProvidedConfig | undefined;
  #own: AllotStore | undefined;
  #ownKey: unknown[] = [];
  #listening: AllotStore | undefined;

  constructor() {
    super();
    this.announcement = '';
    this.tone = 'info';
    this.revision = 0;
    new ContextConsumer(this, {
      context: allotContext,
      subscribe: true,
      callback: (provided) => {
        this.#provided = provided;
        this.requestUpdate();
      },
    });
  }

  /** Set by the widget this one is rendered in: its store. */
  [parentStore]: AllotStore | undefined;

  /** The store in use: the widget's own when it has credentials or a client, else its parent's or provider's. */
  get store(): AllotStore | undefined {
    const key = [this.client, this.baseUrl, this.token, this.getToken];
    if (key.some((v, i) => v !== this.#ownKey[i])) {
      this.#ownKey = key;
      this.#own = storeFor(this);
    }
    return this.#own ?? this[parentStore] ?? this.#provided?.store;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#unfollow = followPageTheme(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#listen(undefined);
    this.#unfollow?.();
  }

  #unfollow: (() => void) | undefined;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.isConnected) this.#listen(this.store);
    // The theme in use: the widget's own, else its provider's, else the page's class (the styles read it).
    const theme = this.theme ?? this.#provided?.theme ?? pageTheme();
    if (theme) this.setAttribute('data-theme', theme);
    else this.removeAttribute('data-theme');
  }

  #onStoreChange = (event: Event) => {
    if (event instanceof StoreChangeEvent && event.topics.some((t) => this.topics.includes(t)))
      this.revision++;
  };

  #listen(store: AllotStore | undefined) {
    if (store === this.#listening) return;
    this.#listening?.removeEventListener('allot-store-change', this.#onStoreChange);
    store?.addEventListener('allot-store-change', this.#onStoreChange);
    this.#listening = store;
  }

  /** A part of the widget that is its own chunk (a dialog), loaded with its strings on first use. */
  protected lazyPart<T>(load: () => Promise<PartModule<T>>): LazyPart<T> {
    return new LazyPart(this, load, (modules) => this.i18n.add(modules));
  }

  /**
   * "Now", epoch ms, from the one place widgets take it: the store's service clock. Only a widget that has
   * no store yet (nothing to show) falls back to the device's clock.
   */
  protected now(): number {
    return this.store?.now() ?? Date.now();
  }

  /** Reads who the token acts as (shared by every widget on the store) and keeps it for the permission checks. */
  protected async readMe(store: AllotStore, signal?: AbortSignal): Promise<Me> {
    this.me = await store.read('me', ['me'], () => store.client.me(), signal);
    // A request read alongside may have failed first: its forbidden state can now name the token's gap.
    this.requestUpdate();
    return this.me;
  }

  /**
   * Why an action needing `needed` is disabled: `roleText` when the role lacks it, or, when the role has one
   * but the token was minted without it, a message naming that permission (also an `allot-error` event and a console
   * warning, once): only the page that mints the token can fix that.
   */
  protected reasonFor(needed: readonly Permission[], roleText: string): string {
    const permission = tokenLacks(this.me, needed);
    if (!permission) return roleText;
    const message = this.i18n.t('reason.token', { permission });
    // Rendered inside another widget (a card's share button), the host widget reports it, once.
    if (!this.#reported.has(permission) && this[parentStore] === undefined) {
      this.#reported.add(permission);
      const ctor = this.constructor as typeof AllotElement;
      warnTokenGap(this.localName, permission, ctor.permissions);
      queueMicrotask(() => this.emit('allot-error', { code: 'forbidden', status: 403, message }));
    }
    return message;
  }

  #reported = new Set<Permission>();

  /** Dispatches a typed `allot-…` event, bubbling and composed. */
  protected emit<K extends AllotEventName>(name: K, detail: AllotEventDetails[K]): boolean {
    return this.dispatchEvent(allotEvent(name, detail));
  }

  /** Says `message` in the live region (again, if it is the same text as before). */
  protected async announce(message: string, tone: 'success' | 'info' | 'error' = 'success'): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.tone = tone;
    this.announcement = message;
  }

  /** A failed call as a localised {@link Problem}; also reported as an `allot-error` event. */
  protected problem(error: unknown, form?: FormShape): Problem | undefined {
    if (isAbort(error)) return undefined;
    const problem = toProblem(error, this.i18n, form);
    this.emit('allot-error', {
      code: problem.code,
      message: problem.message || Object.values(problem.fields).join(' '),
      ...(problem.status !== undefined && { status: problem.status }),
    });
    return problem;
  }

  /** The helpers a lazily loaded part of this widget works with. */
  protected api(): WidgetApi {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters below read the live values
    const widget = this;
    return {
      host: this,
      i18n: this.i18n,
      get store() {
        return widget.store;
      },
      get revision() {
        return widget.revision;
      },
      now: () => this.now(),
      emit: (name, detail) => this.emit(name, detail),
      announce: (message, tone) => this.announce(message, tone),
      problem: (error, form) => this.problem(error, form),
      renderLoading: () => this.renderLoading(),
      renderState: (source, views) => this.renderState(source, views),
    };
  }

  /** How this widget's controllers report: problems as `allot-error` events, outcomes in the live region. */
  protected readonly reporter: Reporter = {
    problem: (error, shape) => this.problem(error, shape),
    announce: (message, tone) => this.announce(message, tone),
  };

  /**
   * A view of loaded data through the one state ladder: forbidden (when the role lacks what it needs), error
   * with "Try again", the value (kept while a reload is pending), empty with `empty`'s message, else loading.
   */
  protected renderState<T>(source: Loadable<T>, views: StateOptions<T>): unknown {
    const empty = views.empty;
    return renderState<T, unknown>(source, {
      forbidden: views.forbidden ? () => this.renderForbidden() : undefined,
      loading: () => this.renderLoading(),
      error: (error, retry) => this.renderError(error, retry),
      ...(empty && { empty: { when: empty.when, show: () => this.renderEmpty(empty.message) } }),
      ready: views.ready,
    });
  }

  /** Creates a sub-element (another widget) under the name and in the registry it was defined with. */
  protected createWidget(baseName: string): AllotElement {
    const { tags, registry } = this.constructor as typeof AllotElement;
    const name = tags[baseName] ?? baseName;
    return (
      registry && registry !== customElements
        ? document.createElement(name, { customElementRegistry: registry } as ElementCreationOptions)
        : document.createElement(name)
    ) as AllotElement;
  }

  /** Keeps a sub-element on this widget's store, language and theme. */
  protected follow(widget: AllotElement): void {
    if (widget[parentStore] !== this.store) {
      widget[parentStore] = this.store;
      widget.requestUpdate();
    }
    // The theme this widget shows (its own, its provider's or the page's), or its host class's.
    const shown = this.getAttribute('data-theme');
    const dark = shown === 'dark' || this.classList.contains('allot-theme-dark');
    const light = shown === 'light' || this.classList.contains('allot-theme-light');
    widget.theme = dark ? 'dark' : light ? 'light' : undefined;
    widget.locale = this.locale;
  }

  /** The live region; every widget renders it once, outside of anything that may be hidden. */
  protected renderStatus(): TemplateResult {
    const shown = this.announcement && this.tone !== 'error';
    return html`<div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      part="status"
      class=${shown ? `status alert ${this.tone}` : 'status visually-hidden'}
    >
      ${this.announcement || nothing}
    </div>`;
  }

  /** The region's name: the host's `label`, else the heading `titleId` (bind both attributes of the region). */
  protected regionName(titleId: string): {
    labelledby: string | typeof nothing;
    label: string | typeof nothing;
  } {
    return this.label ? { labelledby: nothing, label: this.label } : { labelledby: titleId, label: nothing };
  }

  protected renderLoading(): TemplateResult {
    return html`<div
      class="skeleton"
      part="loading"
      aria-busy="true"
      role=${this.i18n.ready ? 'progressbar' : nothing}
      aria-label=${this.i18n.ready ? this.i18n.t('state.loading') : nothing}
    >
      <span></span><span></span><span></span>
    </div>`;
  }

  /** The error state: what went wrong, in words, and a way to try again. */
  protected renderError(error: unknown, retry: () => void): TemplateResult | typeof nothing {
    const problem = toProblem(error, this.i18n);
    if (problem.code === 'forbidden') return this.renderForbidden();
    if (isAbort(error)) return nothing;
    return html`<div class="state" part="error" role="alert">
      <p>${problem.message}</p>
      <button type="button" @click=${retry}>${this.i18n.t('action.retry')}</button>
    </div>`;
  }

  protected renderForbidden(): TemplateResult {
    const { read } = (this.constructor as typeof AllotElement).permissions;
    return html`<div class="state" part="forbidden">
      <p><strong>${this.i18n.t('state.forbidden.title')}</strong></p>
      <p class="muted">${this.reasonFor(read, this.i18n.t('state.forbidden.body'))}</p>
    </div>`;
  }

  protected renderEmpty(message: string): TemplateResult {
    return html`<div class="state" part="empty"><p>${message}</p></div>`;
  }

  /** Shown while the widget has no way to reach the API. */
  protected renderUnconfigured(): TemplateResult {
    return html`<div class="state" part="error"><p>${this.i18n.t('state.unconfigured')}</p></div>`;
  }
}
