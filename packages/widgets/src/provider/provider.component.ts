import { ContextProvider } from '@lit/context';
import type { Theme } from '../base/allot-element.js';
import type { LocaleTag } from '../base/i18n.js';
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import type { Client } from '@allot/sdk';
import { allotContext } from '../base/context.js';
import { storeFor, type AllotStore } from '../base/store.js';
import { VERSION } from '../version.js';

/**
 * Shares one API client and one cache between every Allot widget inside it, so a change made in one widget
 * (a transfer, a share) refreshes the others, and the widgets are configured once. Renders only its children.
 *
 * @tagname allot-provider
 * @summary One client, one cache and one configuration for the widgets inside.
 * @slot - The widgets (and anything else).
 *
 * @example
 * <allot-provider base-url="https://api.allot.dev/v1" locale="fr">
 *   <minutes-balance></minutes-balance>
 *   <share-dialog account-id="acc_pool_a"></share-dialog>
 * </allot-provider>
 */
export class AllotProvider extends LitElement {
  static readonly baseName = 'allot-provider';
  static tags: Record<string, string> = {};
  static registry: CustomElementRegistry | undefined;
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    locale: {},
    theme: {},
    token: { attribute: false },
    getToken: { attribute: false },
    client: { attribute: false },
  };

  /** The API root, e.g. `https://api.allot.dev/v1`. */
  declare baseUrl: string | undefined;
  /** The language of the widgets inside that have no `locale` of their own (see the widgets' `locale`). */
  declare locale: LocaleTag | undefined;
  /** `light`, `dark` or `auto` for the widgets inside that have no `theme` of their own. */
  declare theme: Theme | undefined;
  /** A bearer token (a short-lived widget token). Never put it in an attribute or a URL. */
  declare token: string | undefined;
  /** Returns a token; called before the first request and again after a 401. */
  declare getToken: (() => string | Promise<string>) | undefined;
  /** An `@allot/sdk` client the host already has; used instead of `base-url` and the token. */
  declare client: Client | undefined;

  readonly #provider = new ContextProvider(this, { context: allotContext });
  #store: AllotStore | undefined;

  /** The shared store (client and cache), once configured. */
  get store(): AllotStore | undefined {
    return this.#store;
  }

  #key: unknown[] = [];

  // Runs before the children connect (so their first request for the context finds the store) and on change.
  #sync() {
    const key = [this.client, this.baseUrl, this.token, this.getToken];
    if (key.some((v, i) => v !== this.#key[i])) {
      this.#key = key;
      this.#store = storeFor(this);
    }
    const value = this.#provider.value;
    if (
      value === undefined ||
      value.store !== this.#store ||
      value.locale !== this.locale ||
      value.theme !== this.theme
    ) {
      this.#provider.setValue({ store: this.#store, locale: this.locale, theme: this.theme });
    }
  }

  override connectedCallback() {
    this.#sync();
    super.connectedCallback();
  }

  protected override willUpdate() {
    this.#sync();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
