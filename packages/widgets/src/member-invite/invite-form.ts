import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError, type Data } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import { FormController } from '../base/controllers/form.js';
import { errorMessageOf } from '../base/error-messages.js';
import { field, formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import type { Problem } from '../base/problems.js';
import type { MembersInvitedDetail } from '../events/member-invite.js';
import {
  checkAddresses,
  MAX_ADDRESSES,
  renderMoves,
  renderOutcomes,
  splitAddresses,
  type AddressProblem,
} from './addresses.js';

type Product = Data<'listProducts'>['items'][number];
type Outcome = { email: string; ok: boolean; message: string };

/** What the form reads from its widget: the catalogue and how many licenses of each product are free. */
export interface Catalogue {
  products(): readonly Product[];
  /** Free licenses of a product; undefined when they could not be read. */
  free(product: Product): number | undefined;
}

/**
 * The inviting form of `<member-invite>`: addresses (checked one by one before sending), basic or licensed
 * membership with the products, an optional message; each address's own result shown next to it after sending,
 * and the addresses that were not invited kept in the field to correct.
 */
export class InviteForm {
  readonly form: FormController;
  readonly #api: WidgetApi;
  readonly #catalogue: Catalogue;
  readonly #keys = new IdempotencyKeys();
  readonly #products = new Set<string>();
  #outcomes: Outcome[] = [];

  constructor(api: WidgetApi, catalogue: Catalogue) {
    this.#api = api;
    this.#catalogue = catalogue;
    this.form = new FormController(api.host, api);
    this.form.reset({ membership: 'basic' });
  }

  #t(key: string, params?: Record<string, string | number>): string {
    return this.#api.i18n.t(`memberInvite.${key}` as Parameters<WidgetApi['i18n']['t']>[0], params);
  }

  #toggleProduct(id: string, on: boolean) {
    if (on) this.#products.add(id);
    else this.#products.delete(id);
    this.form.set('productIds', [...this.#products].join(','));
  }

  #addressMessage(problem: AddressProblem): string {
    return this.#t(problem === 'duplicate' ? 'duplicate' : 'invalid');
  }

  /** Checks the form before sending; shows each wrong address next to it. */
  #check(emails: string[]): boolean {
    const t = (key: string, params?: Record<string, string | number>) => this.#t(key, params);
    const problems = checkAddresses(emails);
    this.#outcomes = [...problems].map(([i, p]) => ({
      email: emails[i] ?? '',
      ok: false,
      message: this.#addressMessage(p),
    }));
    const licensed = this.form.value('membership') === 'licensed';
    return this.form.check({
      emails:
        emails.length === 0
          ? t('noEmails')
          : emails.length > MAX_ADDRESSES
            ? t('tooMany', { count: emails.length })
            : problems.size
              ? t('fixAddresses', { count: problems.size })
              : undefined,
      productIds: licensed && this.#products.size === 0 ? t('productsRequired') : undefined,
    });
  }

  #onInvite = async (event: Event) => {
    event.preventDefault();
    const store = this.#api.store;
    if (!store || this.form.busy) return;
    const emails = splitAddresses(this.form.value('emails'));
    if (!this.#check(emails)) return;
    const membership: MembersInvitedDetail['membership'] =
      this.form.value('membership') === 'licensed'
        ? { type: 'licensed', productIds: [...this.#products] }
        : { type: 'basic' };
    const message = this.form.value('message').trim();
    const body = { emails, membership, ...(message && { message }) };
    const outcome = await this.form.submit(
      () => store.client.invitations.create(body, { idempotencyKey: this.#keys.for('invite', body) }),
      { fields: ['emails', 'message'] },
      (problem, error) => this.#placeOnAddresses(problem, error, emails),
    );
    if (!outcome.ok) return;
    const result = outcome.value;
    const detail: MembersInvitedDetail = { invited: [], failed: [], membership };
    this.#outcomes = result.results.map((r) => {
      if (r.outcome === 'invited') {
        detail.invited.push({ email: r.email, invitationId: r.invitation.id });
        return { email: r.email, ok: true, message: '' };
      }
      detail.failed.push({ email: r.email, code: r.error.code });
      return {
        email: r.email,
        ok: false,
        message: this.#api.i18n.t(errorMessageOf(this.#api.i18n, r.error.code)),
      };
    });
    // Who was not invited stays in the field, to correct or remove; the rest is done.
    this.form.set('emails', detail.failed.map((f) => f.email).join('\n'));
    this.#keys.clear();
    if (result.invitedCount) store.changed('invitations');
    this.#api.emit('allot-members-invited', detail);
    void this.#api.announce(
      [
        result.invitedCount ? this.#t('sent', { count: result.invitedCount }) : '',
        result.failedCount ? this.#t('notSent', { count: result.failedCount }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      result.failedCount ? 'info' : 'success',
    );
  };

  /** A pointer into the list (`/emails/3`) names one address: say it next to that address. */
  #placeOnAddresses(problem: Problem, error: unknown, emails: readonly string[]) {
    if (!(error instanceof ApiError)) return;
    const wrong = error.errors.filter((e) => /^\/emails\/\d+$/.test(e.pointer));
    if (wrong.length) {
      this.#outcomes = wrong.map((e) => ({
        email: emails[Number(e.pointer.split('/')[2])] ?? '',
        ok: false,
        message: this.#addressMessage(e.code === 'uniqueItems' ? 'duplicate' : 'invalid'),
      }));
      problem.fields['emails'] = this.#t('fixAddresses', { count: wrong.length });
      problem.message = '';
    }
    if (error.errors.some((e) => e.pointer.startsWith('/membership'))) {
      problem.fields['productIds'] = this.#t('productsRequired');
      problem.message = '';
    }
  }

  /** The form. */
  render(): TemplateResult {
    return this.#renderForm();
  }

  /** The products a licensed member gets, with how many of each are free for the invitees. */
  #renderProducts(invitees: number) {
    const t = (key: string, params?: Record<string, string | number>) => this.#t(key, params);
    const products = this.#catalogue.products();
    const error = this.form.errors['productIds'];
    return html`<fieldset
      part="field"
      class="products"
      aria-describedby=${ifDefined(error ? 'f-products-error' : undefined)}
    >
      <legend>${t('products')}</legend>
      ${products.map((p) => this.#productBox(p, !!error))}
      ${error ? html`<p class="field-error" id="f-products-error">${error}</p>` : nothing}
      ${this.#renderShortOfLicenses(products, invitees)}
    </fieldset>`;
  }

  #renderForm() {
    const t = (key: string, params?: Record<string, string | number>) => this.#t(key, params);
    const form = this.form;
    const count = splitAddresses(form.value('emails')).length;
    const licensed = form.value('membership') === 'licensed';
    const emailsError = form.errors['emails'];
    return html`<form class="invite" @submit=${this.#onInvite} novalidate>
      <p class="muted">${t('intro')}</p>
      <div class="field" part="field">
        <label for="f-emails">${t('emails')}</label>
        <textarea
          id="f-emails"
          name="emails"
          rows="4"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="f-emails-hint${emailsError ? ' f-emails-error' : ''}"
          aria-invalid=${ifDefined(emailsError ? 'true' : undefined)}
          .value=${live(form.value('emails'))}
          @input=${(e: Event) => form.set('emails', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="f-emails-hint">${t('emailsHint')} ${count ? t('count', { count }) : ''}</p>
        ${emailsError ? html`<p class="field-error" id="f-emails-error">${emailsError}</p>` : nothing}
      </div>
      ${this.#outcomes.length ? renderOutcomes(this.#api.i18n, this.#outcomes) : nothing}
      ${
        this.#outcomes.some((o) => !o.ok) && !emailsError && form.value('emails')
          ? html`<p class="hint">${t('kept')}</p>`
          : nothing
      }
      <fieldset part="field">
        <legend>${t('joinAs')}</legend>
        ${this.#radio('basic', t('basic'), t('basicHint'))}
        ${this.#radio('licensed', t('licensed'), t('licensedHint'))}
      </fieldset>
      ${licensed ? this.#renderProducts(count) : nothing}
      ${field(form, {
        name: 'message',
        label: t('message'),
        type: 'textarea',
        maxlength: 500,
        hint: t('messageHint'),
      })}
      ${renderMoves(this.#api.i18n, !licensed, 3)} ${formMessage(form)}
      <div class="actions">
        <button type="submit" class="primary" part="button" aria-disabled=${form.busy}>
          ${form.busy ? this.#api.i18n.t('action.working') : t('submit')}
        </button>
      </div>
    </form>`;
  }

  #radio(value: 'basic' | 'licensed', label: string, hint: string) {
    return html`<div class="check">
      <input
        type="radio"
        id="m-${value}"
        name="membership"
        value=${value}
        .checked=${live(this.form.value('membership') === value)}
        aria-describedby="m-${value}-hint"
        @change=${() => this.form.set('membership', value)}
      />
      <div>
        <label for="m-${value}">${label}</label>
        <p class="hint" id="m-${value}-hint">${hint}</p>
      </div>
    </div>`;
  }

  #productBox(product: Product, invalid: boolean) {
    const free = this.#catalogue.free(product);
    return html`<div class="check">
      <input
        type="checkbox"
        id="p-${product.id}"
        .checked=${live(this.#products.has(product.id))}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(free === undefined ? undefined : `p-${product.id}-free`)}
        @change=${(e: Event) => this.#toggleProduct(product.id, (e.target as HTMLInputElement).checked)}
      />
      <label for="p-${product.id}">${product.name}</label>
      ${
        free === undefined
          ? nothing
          : html`<span class="muted small" id="p-${product.id}-free"
              >${free ? this.#t('free', { count: free }) : this.#t('noneFree')}</span
            >`
      }
    </div>`;
  }

  /** Before sending: which chosen products have fewer free licenses than there are invitees. */
  #renderShortOfLicenses(products: readonly Product[], invitees: number) {
    const t = (key: string, params?: Record<string, string | number>) => this.#t(key, params);
    return products.map((p) => {
      const free = this.#catalogue.free(p);
      if (!this.#products.has(p.id) || free === undefined || free >= Math.max(invitees, 1)) return nothing;
      return html`<p class="alert warning" part="warning">
        ${free ? t('fewFree', { product: p.name, count: free, invitees }) : t('noFree', { product: p.name })}
      </p>`;
    });
  }
}
