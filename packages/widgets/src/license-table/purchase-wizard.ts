import { html, nothing } from 'lit';
import type { Body } from '@allot/sdk';
import { FormController } from '../base/controllers/form.js';
import { formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { heading, parseCount, type Host } from './host.js';
import { CostCenterSearch } from './cost-center-search.js';
import { renderAllocate } from './purchase-allocate.js';
import { renderCart, renewQuote } from './purchase-cart.js';
import { renderReview, renderStatement } from './purchase-review.js';
import { MAX, STEPS, type Order, type Quote, type Step } from './purchase-shared.js';

/**
 * Buying licenses as RingCentral's portal does it, in four steps that keep their state going back and forth:
 * the cart (product, quantity, price), the cost-center allocation (all lines to one center, the selected lines,
 * or one line split across centers; a center can be created inline), the review with the totals and a box to
 * tick, and the printable statement. Every field's value lives in the form, so going back shows it as it was.
 * The cost-center selects list the first 100 centers matching the allocation step's search box (searched by the
 * server as the user types), and always the center each one has chosen.
 */
export class PurchaseWizard {
  step: Step = 'cart';
  readonly form: FormController;
  /** Keys of the cart's lines (fields `p<key>`, `q<key>`) and of the split's parts (`c<key>`, `n<key>`). */
  lines: number[] = [];
  parts: number[] = [];
  next = 0;
  split = '';
  quote: Quote | undefined;
  quoted = '';
  order: Order | undefined;
  selection = new Set<string>();
  creating = false;
  expired = false;
  accept = false;
  rev = 0;
  readonly keys = new IdempotencyKeys();
  /** The allocation step's cost-center search, and the labels of every center seen. */
  readonly centers: CostCenterSearch;

  constructor(readonly host: Host) {
    this.form = new FormController(host, host.reporter);
    this.centers = new CostCenterSearch(
      host,
      () => this.step === 'allocate',
      () => this.rev,
    );
  }

  /** Starts over, with one line of `productId` (or of the first product) in the cart. */
  start(productId = this.host.products[0]?.id ?? ''): void {
    this.form.reset({ p0: productId, q0: '1' });
    this.lines = [0];
    this.next = 1;
    this.quote = this.order = undefined;
    this.quoted = this.split = '';
    this.selection = new Set();
    this.creating = this.expired = this.accept = false;
    this.centers.reset();
    this.keys.clear();
    this.step = 'cart';
  }

  go(step: Step) {
    this.step = step;
    this.form.errors = {};
    this.form.message = '';
    this.host.focus('#dialog-title');
  }

  /** Runs one call with the form busy; on failure shows the error by its field and returns undefined. */
  async call<T>(
    call: (client: NonNullable<Host['store']>['client']) => Promise<T>,
    fieldOf: Record<string, string> = {},
  ): Promise<T | undefined> {
    const client = this.host.store?.client;
    if (!client) return undefined;
    const outcome = await this.form.submit(() => call(client), { fieldOf, fields: ['code', 'name'] });
    this.expired = !outcome.ok && outcome.problem?.code === 'quote_expired';
    return outcome.ok ? outcome.value : undefined;
  }

  /** Shows errors found before sending; true when there were none. */
  check(errors: Record<string, string | undefined>): boolean {
    return this.form.check(errors);
  }

  // ——— cart ———

  cart(): Body<'createLicenseQuote'> {
    const v = (name: string) => this.form.value(name);
    return {
      lines: this.lines.map((k) => ({ productId: v(`p${k}`), quantity: parseCount(v(`q${k}`), MAX) ?? 0 })),
    };
  }

  add(list: 'lines' | 'parts', a: string, av: string, b: string, bv: string) {
    const k = this.next++;
    if (list === 'lines') this.lines = [...this.lines, k];
    else this.parts = [...this.parts, k];
    this.form.reset({ ...this.form.values, [`${a}${k}`]: av, [`${b}${k}`]: bv });
  }

  drop(list: 'lines' | 'parts', k: number) {
    if (list === 'lines') this.lines = this.lines.filter((x) => x !== k);
    else this.parts = this.parts.filter((x) => x !== k);
    this.host.requestUpdate();
  }

  // ——— allocation ———

  // ——— cost-center search ———

  // ——— review and statement ———

  // ——— shared ———

  problem() {
    return html`${formMessage(this.form)}
    ${
      this.expired
        ? html`<div>
            <button type="button" part="button" @click=${() => void renewQuote(this)}>
              ${this.host.t('quote.renew')}
            </button>
          </div>`
        : nothing
    }`;
  }

  nav(next: string, onNext?: () => void) {
    const { form, host } = this;
    const back = STEPS[STEPS.indexOf(this.step) - 1];
    const i18n = host.i18n;
    return html`<div class="actions">
      <button type="button" part="button" @click=${() => (back ? this.go(back) : host.close())}>
        ${i18n.t(back ? 'action.back' : 'action.cancel')}
      </button>
      <button
        type=${onNext ? 'button' : 'submit'}
        part="button"
        class="primary"
        aria-disabled=${form.busy}
        @click=${onNext ?? nothing}
      >
        ${form.busy ? i18n.t('action.working') : next}
      </button>
    </div>`;
  }

  render() {
    const { t } = this.host;
    const n = STEPS.indexOf(this.step);
    const step = this.step;
    return html`<div class="stack">
      ${heading(t(`wizard.${step}`))}
      <ol class="steps" aria-label=${t('wizard.steps')}>
        ${STEPS.map((s, i) => html`<li class=${i === n ? 'current' : ''} aria-current=${i === n ? 'step' : 'false'}>${t(`wizard.${s}`)}</li>`)}
      </ol>
      ${
        step === 'cart'
          ? renderCart(this)
          : step === 'allocate'
            ? renderAllocate(this)
            : step === 'review'
              ? renderReview(this)
              : renderStatement(this)
      }
    </div>`;
  }
}
