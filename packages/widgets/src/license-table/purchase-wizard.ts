import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Body, Data, Item } from '@allot/sdk';
import { FormController } from '../base/controllers/form.js';
import { sleep } from '../base/controllers/sleep.js';
import { field, formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { isAbort, toProblem } from '../base/problems.js';
import { checkbox, heading, parseCount, type Host, type Key } from './host.js';

type Quote = Data<'createLicenseQuote'>;
type Order = Data<'confirmLicenseOrder'>;
type Center = Item<'listCostCenters'>;
type Step = 'cart' | 'allocate' | 'review' | 'statement';
/** Cost centers found by a search, with the search they answer. */
type Found = { q: string; page: Data<'listCostCenters'> };

const STEPS: Step[] = ['cart', 'allocate', 'review', 'statement'];
const MAX = 10_000;
/** The most cost centers a select lists: beyond them, the search finds the others. */
const CENTERS = 100;

const centerLabel = (c: Center) => `${c.code} · ${c.name}`;

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
  #lines: number[] = [];
  #parts: number[] = [];
  #next = 0;
  #split = '';
  #quote: Quote | undefined;
  #quoted = '';
  #order: Order | undefined;
  #selection = new Set<string>();
  #creating = false;
  #expired = false;
  #accept = false;
  #rev = 0;
  readonly #keys = new IdempotencyKeys();
  /** What the user typed in the cost-center search; `#found` keeps the last answer while the next one loads or fails. */
  #query = '';
  #found: Found | undefined;
  #searchError = '';
  #tries = 0;
  /** Labels of every center seen, so a chosen center keeps its label when the search no longer finds it. */
  readonly #labels = new Map<string, string>();

  constructor(private readonly host: Host) {
    this.form = new FormController(host, host.reporter);
    new Task(host, {
      args: () => [host.store, this.step === 'allocate', this.#rev, this.#query.trim(), this.#tries] as const,
      task: async ([store, shown, , q], { signal }): Promise<Found | undefined> => {
        if (!store || !shown) return undefined;
        if (q) await sleep(300, signal);
        // The same reads as the table's cost-center filter, so the two share their answers.
        const page = await store.read(
          `cost-centers:${q}`,
          ['costCenters'],
          () => store.client.costCenters.list(q ? { q, limit: CENTERS } : { limit: CENTERS }),
          signal,
        );
        return { q, page };
      },
      onComplete: (found) => found && this.#onFound(found),
      onError: (error) => this.#onSearchError(error),
    });
  }

  /** Starts over, with one line of `productId` (or of the first product) in the cart. */
  start(productId = this.host.products[0]?.id ?? ''): void {
    this.form.reset({ p0: productId, q0: '1' });
    this.#lines = [0];
    this.#next = 1;
    this.#quote = this.#order = undefined;
    this.#quoted = this.#split = '';
    this.#selection = new Set();
    this.#creating = this.#expired = this.#accept = false;
    this.#query = this.#searchError = '';
    this.#keys.clear();
    this.step = 'cart';
  }

  #go(step: Step) {
    this.step = step;
    this.form.errors = {};
    this.form.message = '';
    this.host.focus('#dialog-title');
  }

  /** Runs one call with the form busy; on failure shows the error by its field and returns undefined. */
  async #call<T>(
    call: (client: NonNullable<Host['store']>['client']) => Promise<T>,
    fieldOf: Record<string, string> = {},
  ) {
    const { form, host } = this;
    const client = host.store?.client;
    if (form.busy || !client) return undefined;
    form.busy = true;
    form.message = '';
    host.requestUpdate();
    try {
      const result = await call(client);
      form.busy = false;
      host.requestUpdate();
      return result;
    } catch (error) {
      this.#expired = form.fail(error, { fieldOf, fields: ['code', 'name'] })?.code === 'quote_expired';
      return undefined;
    }
  }

  /** Shows errors found before sending; true when there were none. */
  #check(errors: Record<string, string | undefined>): boolean {
    return this.form.check(errors);
  }

  // ——— cart ———

  #cart(): Body<'createLicenseQuote'> {
    const v = (name: string) => this.form.value(name);
    return {
      lines: this.#lines.map((k) => ({ productId: v(`p${k}`), quantity: parseCount(v(`q${k}`), MAX) ?? 0 })),
    };
  }

  #onCart = async (e: Event) => {
    e.preventDefault();
    const { t } = this.host;
    const body = this.#cart();
    const errors: Record<string, string | undefined> = {};
    body.lines.forEach((l, i) => {
      const k = this.#lines[i];
      if (!l.quantity) errors[`q${k}`] = t('cart.quantityRange', { max: MAX });
      if (body.lines.findIndex((o) => o.productId === l.productId) < i) errors[`p${k}`] = t('cart.duplicate');
    });
    if (!this.#check(errors)) return;
    const json = JSON.stringify(body);
    // Back and forward with the same cart keeps the quote and its allocation.
    if (this.#quote && json === this.#quoted && !this.#expired) return this.#go('allocate');
    const quote = await this.#call((c) =>
      c.licenses.quotes.create(body, { idempotencyKey: this.#keys.for(`quote${this.#rev}`, body) }),
    );
    if (!quote) return;
    this.#quote = quote;
    this.#quoted = json;
    this.#expired = false;
    this.#split = '';
    this.#selection.clear();
    this.#go('allocate');
  };

  #renderCart() {
    const { host, form } = this;
    const { t, i18n } = host;
    const options = host.products.map((p) => ({
      value: p.id,
      label: `${p.name} · ${t(`price.${p.billingPeriod}`, { price: i18n.money(p.unitPrice) })}`,
    }));
    return html`<form class="stack" novalidate @submit=${this.#onCart}>
      ${this.#lines.map(
        (k, i) =>
          html`<div class="row align-start line">
            ${field(form, { name: `p${k}`, label: t('cart.productOf', { n: i + 1 }), type: 'select', options })}
            ${field(form, { name: `q${k}`, label: t('cart.quantityOf', { n: i + 1 }), type: 'number', min: 1, max: MAX })}
            ${
              this.#lines.length > 1
                ? html`<button
                    type="button"
                    class="link"
                    part="button"
                    @click=${() => this.#drop('lines', k)}
                  >
                    ${t('cart.remove')}<span class="visually-hidden"
                      >: ${t('cart.productOf', { n: i + 1 })}</span
                    >
                  </button>`
                : nothing
            }
          </div>`,
      )}
      ${
        this.#lines.length < host.products.length
          ? html`<div>
              <button
                type="button"
                part="button"
                @click=${() => {
                  const free = host.products.find(
                    (p) => !this.#lines.some((k) => form.value(`p${k}`) === p.id),
                  );
                  this.#add('lines', `p`, free?.id ?? '', `q`, '1');
                }}
              >
                ${t('cart.add')}
              </button>
            </div>`
          : nothing
      }
      <p class="muted small">${t('cart.hint')}</p>
      ${formMessage(form)} ${this.#nav(t('wizard.next'))}
    </form>`;
  }

  #add(list: 'lines' | 'parts', a: string, av: string, b: string, bv: string) {
    const k = this.#next++;
    if (list === 'lines') this.#lines = [...this.#lines, k];
    else this.#parts = [...this.#parts, k];
    this.form.reset({ ...this.form.values, [`${a}${k}`]: av, [`${b}${k}`]: bv });
  }

  #drop(list: 'lines' | 'parts', k: number) {
    if (list === 'lines') this.#lines = this.#lines.filter((x) => x !== k);
    else this.#parts = this.#parts.filter((x) => x !== k);
    this.host.requestUpdate();
  }

  // ——— allocation ———

  async #allocate(body: Body<'allocateLicenseQuote'>, fieldOf: Record<string, string> = {}) {
    const quote = this.#quote;
    if (!quote) return;
    const next = await this.#call((c) => c.licenses.quotes.allocate(quote.id, body), fieldOf);
    if (!next) return;
    this.#quote = next;
    this.#split = '';
    this.host.say(this.host.t('allocate.done'), 'info');
  }

  #onAssign(selection: boolean) {
    const { t } = this.host;
    const costCenterId = this.form.value('cc');
    const ok = this.#check({
      cc: costCenterId ? undefined : t('allocate.pickCenter'),
      selection: !selection || this.#selection.size ? undefined : t('allocate.pickLines'),
    });
    if (!ok) return;
    void this.#allocate(
      selection
        ? { mode: 'selection', costCenterId, productIds: [...this.#selection] }
        : { mode: 'all', costCenterId },
    );
  }

  #onSplit = (e: Event) => {
    e.preventDefault();
    const { t } = this.host;
    const v = (name: string) => this.form.value(name);
    const errors: Record<string, string | undefined> = {};
    const parts = this.#parts.map((k) => {
      const quantity = parseCount(v(`n${k}`), MAX) ?? 0;
      if (!v(`c${k}`)) errors[`c${k}`] = t('allocate.pickCenter');
      if (!quantity) errors[`n${k}`] = t('cart.quantityRange', { max: MAX });
      return { costCenterId: v(`c${k}`), quantity };
    });
    if (this.#check(errors))
      void this.#allocate({ mode: 'split', productId: this.#split, parts }, { allocation_mismatch: 'split' });
  };

  #startSplit(line: Quote['lines'][number]) {
    const half = Math.ceil(line.quantity / 2);
    const parts =
      line.allocation.length > 1
        ? line.allocation
        : [
            { costCenterId: this.form.value('cc'), quantity: half },
            { costCenterId: '', quantity: line.quantity - half },
          ];
    const values: Record<string, string> = { ...this.form.values };
    // A center allocated earlier may not be among those found: its code labels it in the part's select.
    for (const a of line.allocation)
      if (!this.#labels.has(a.costCenterId)) this.#labels.set(a.costCenterId, a.costCenterCode);
    this.#parts = parts.map((p) => {
      const k = this.#next++;
      values[`c${k}`] = p.costCenterId;
      values[`n${k}`] = String(p.quantity);
      return k;
    });
    this.#split = line.productId;
    this.form.reset(values);
  }

  #onCreate = async () => {
    const { t, i18n } = this.host;
    const body = { code: this.form.value('code').trim(), name: this.form.value('name').trim() };
    const ok = this.#check({
      code: /^[\w.-]{1,32}$/.test(body.code) ? undefined : t('center.codeHint'),
      name: body.name ? undefined : i18n.t('field.required'),
    });
    if (!ok) return;
    const center = await this.#call(
      (c) => c.costCenters.create(body, { idempotencyKey: this.#keys.for('center', body) }),
      { cost_center_exists: 'code' },
    );
    if (!center) return;
    this.#creating = false;
    this.#labels.set(center.id, centerLabel(center));
    this.#rev++;
    this.host.store?.changed('costCenters');
    this.form.reset({ ...this.form.values, cc: center.id, code: '', name: '' });
    this.host.say(t('center.created', { code: center.code }));
  };

  #allocation(allocation: Quote['lines'][number]['allocation']): string {
    const { t, i18n } = this.host;
    return (
      allocation.map((a) => `${a.costCenterCode} (${i18n.number(a.quantity)})`).join(', ') ||
      t('allocate.none')
    );
  }

  // ——— cost-center search ———

  #onFound(found: Found) {
    this.#found = found;
    this.#searchError = '';
    for (const c of found.page.items) this.#labels.set(c.id, centerLabel(c));
  }

  /** A failed search keeps what was typed, chosen and found; its message shows by the search box. */
  #onSearchError(error: unknown) {
    if (isAbort(error)) return;
    const { host } = this;
    const { code, status, message, fields } = toProblem(error, host.i18n);
    this.#searchError = message || Object.values(fields).join(' ');
    host.emit('allot-error', { code, message: this.#searchError, ...(status !== undefined && { status }) });
    host.say(this.#searchError, 'error');
  }

  /** What the search found, said once its answer is in: nothing, the count, or that there are more. */
  #searchStatus(): string {
    const { t } = this.host;
    const q = this.#query.trim();
    const found = this.#found;
    if (!found || found.q !== q) return '';
    const { items, nextCursor } = found.page;
    if (!items.length && q) return t('allocate.noMatch', { query: q });
    if (nextCursor) return t('allocate.more', { count: items.length });
    return q ? t('allocate.found', { count: items.length }) : '';
  }

  #renderSearch() {
    const { host } = this;
    const error = this.#searchError;
    return html`<div class="field">
      <label for="cc-find">${host.t('allocate.find')}</label>
      <input
        id="cc-find"
        type="search"
        autocomplete="off"
        maxlength="100"
        aria-describedby=${error ? 'cc-find-status cc-find-error' : 'cc-find-status'}
        .value=${live(this.#query)}
        @input=${(e: Event) => ((this.#query = (e.target as HTMLInputElement).value), host.requestUpdate())}
      />
      <p class="hint" id="cc-find-status" aria-live="polite">${this.#searchStatus()}</p>
      ${
        error
          ? html`<p class="field-error" id="cc-find-error">
              ${error}
              <button
                type="button"
                class="link"
                part="button"
                @click=${() => (this.#tries++, host.requestUpdate())}
              >
                ${host.i18n.t('action.retry')}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  /** A select's options: the centers found, and the one it has chosen when the search no longer finds it. */
  #centerOptions(chosen: string) {
    const found = this.#found?.page.items ?? [];
    const kept =
      chosen && !found.some((c) => c.id === chosen)
        ? [{ value: chosen, label: this.#labels.get(chosen) ?? chosen }]
        : [];
    return [
      { value: '', label: this.host.t('allocate.choose') },
      ...kept,
      ...found.map((c) => ({ value: c.id, label: centerLabel(c) })),
    ];
  }

  /** A cost-center select: the centers found, and the one it has chosen. */
  #centerField(name: string, label: string) {
    return field(this.form, {
      name,
      label,
      type: 'select',
      options: this.#centerOptions(this.form.value(name)),
    });
  }

  #renderAllocate() {
    const { host, form } = this;
    const { t, i18n } = host;
    const quote = this.#quote;
    if (!quote) return nothing;
    const canCreate = host.can('cost_centers:manage');
    const line = quote.lines.find((l) => l.productId === this.#split);
    const sum = this.#parts.reduce((s, k) => s + (Number(form.value(`n${k}`)) || 0), 0);
    const error = form.errors['split'] || form.errors['selection'];
    return html`<div class="stack">
      <p class="muted">${t('allocate.hint')}</p>
      ${this.#renderSearch()}
      <div class="row align-start">
        ${this.#centerField('cc', t('allocate.center'))}
        <button
          type="button"
          part="button"
          class="push"
          aria-expanded=${this.#creating}
          aria-disabled=${!canCreate}
          aria-describedby=${canCreate ? nothing : 'reason-center'}
          @click=${() => canCreate && ((this.#creating = !this.#creating), host.requestUpdate())}
        >
          ${t('center.new')}
        </button>
      </div>
      ${canCreate ? nothing : html`<p class="hint" id="reason-center">${t('reason.center')}</p>`}
      ${
        this.#creating
          ? html`<fieldset class="inline-form stack" part="new-cost-center">
              <legend>${t('center.new')}</legend>
              <div class="row align-start">
                ${field(form, { name: 'code', label: t('center.code'), maxlength: 32, hint: t('center.codeHint') })}
                ${field(form, { name: 'name', label: t('center.name'), maxlength: 120 })}
              </div>
              <div class="actions">
                <button type="button" part="button" class="primary" @click=${this.#onCreate}>
                  ${t('center.create')}
                </button>
              </div>
            </fieldset>`
          : nothing
      }
      <table class="lines">
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">${t('allocate.select')}</span></th>
            <th scope="col">${t('cart.product')}</th>
            <th scope="col" class="num">${t('cart.quantity')}</th>
            <th scope="col">${t('allocate.centers')}</th>
            <th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${quote.lines.map(
            (l) =>
              html`<tr>
                <td>
                  ${checkbox(
                    this.#selection.has(l.productId),
                    (on) => (
                      on ? this.#selection.add(l.productId) : this.#selection.delete(l.productId),
                      form.set('selection', '')
                    ),
                    t('allocate.selectLine', { product: l.productName }),
                  )}
                </td>
                <td>${l.productName}</td>
                <td class="num">${i18n.number(l.quantity)}</td>
                <td>${this.#allocation(l.allocation)}</td>
                <td>
                  <button type="button" class="link" part="button" @click=${() => this.#startSplit(l)}>
                    ${t('allocate.split')}<span class="visually-hidden">: ${l.productName}</span>
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="row">
        <button type="button" part="button" @click=${() => this.#onAssign(false)}>
          ${t('allocate.all')}
        </button>
        <button type="button" part="button" @click=${() => this.#onAssign(true)}>
          ${t('allocate.selection')}
        </button>
      </div>
      ${
        line
          ? html`<form class="inline-form stack" part="split" novalidate @submit=${this.#onSplit}>
              <h3>${t('allocate.splitTitle', { product: line.productName, count: line.quantity })}</h3>
              ${this.#parts.map(
                (k, i) =>
                  html`<div class="row align-start">
                    ${this.#centerField(`c${k}`, t('allocate.partCenter', { n: i + 1 }))}
                    ${field(form, { name: `n${k}`, label: t('allocate.partQuantity', { n: i + 1 }), type: 'number', min: 1, max: MAX })}
                    ${
                      this.#parts.length > 2
                        ? html`<button
                            type="button"
                            class="link push"
                            part="button"
                            @click=${() => this.#drop('parts', k)}
                          >
                            ${t('cart.remove')}<span class="visually-hidden"
                              >: ${t('allocate.partCenter', { n: i + 1 })}</span
                            >
                          </button>`
                        : nothing
                    }
                  </div>`,
              )}
              <p class="small" aria-live="polite">${t('allocate.sum', { sum, count: line.quantity })}</p>
              <div class="row">
                <button
                  type="button"
                  part="button"
                  ?disabled=${this.#parts.length >= 20}
                  @click=${() => this.#add('parts', 'c', '', 'n', '')}
                >
                  ${t('allocate.addPart')}
                </button>
                <span class="spacer"></span>
                <button
                  type="button"
                  part="button"
                  @click=${() => ((this.#split = ''), host.requestUpdate())}
                >
                  ${i18n.t('action.cancel')}
                </button>
                <button type="submit" part="button" class="primary">${t('allocate.applySplit')}</button>
              </div>
            </form>`
          : nothing
      }
      ${error ? html`<p class="field-error" id="f-split-error" role="alert">${error}</p>` : nothing}
      <p class="muted small">${t(quote.allocationComplete ? 'allocate.complete' : 'allocate.incomplete')}</p>
      ${this.#problem()} ${this.#nav(t('wizard.next'), () => this.#go('review'))}
    </div>`;
  }

  // ——— review and statement ———

  #onConfirm = async (e: Event) => {
    e.preventDefault();
    const { host } = this;
    const quote = this.#quote;
    const body = { acceptTerms: this.#accept };
    if (!quote) return;
    // The server checks the box (terms_not_accepted); its message shows by the box.
    const order = await this.#call(
      (c) => c.licenses.quotes.confirm(quote.id, body, { idempotencyKey: this.#keys.for(quote.id, body) }),
      { terms_not_accepted: 'acceptTerms' },
    );
    if (!order) return;
    this.#order = order;
    host.emit('allot-licenses-purchased', {
      orderId: order.id,
      lines: order.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
      total: order.total,
    });
    host.changed();
    host.say(
      host.t('review.done', {
        count: order.lines.reduce((s, l) => s + l.licensesCreated, 0),
        total: host.i18n.money(order.total),
      }),
    );
    this.#go('statement');
  };

  #summary(doc: Quote | Order) {
    const { t, i18n } = this.host;
    const th = (key: Key, num = true) => html`<th scope="col" class=${num ? 'num' : ''}>${t(key)}</th>`;
    const row = (key: Key, value: string) =>
      html`<dt>${t(key)}</dt>
        <dd class="num">${value}</dd>`;
    return html`<table class="lines">
        <thead>
          <tr>
            ${th('cart.product', false)} ${th('cart.quantity')} ${th('review.unit')} ${th('review.total')}
            ${th('allocate.centers', false)}
          </tr>
        </thead>
        <tbody>
          ${doc.lines.map(
            (l) =>
              html`<tr>
                <td>${l.productName}</td>
                <td class="num">${i18n.number(l.quantity)}</td>
                <td class="num">${t(`price.${l.billingPeriod}`, { price: i18n.money(l.unitPrice) })}</td>
                <td class="num">${i18n.money(l.total)}</td>
                <td>${this.#allocation(l.allocation)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <dl class="summary">
        ${row('review.subtotal', i18n.money(doc.subtotal))} ${row('review.tax', i18n.money(doc.tax))}
        ${row('review.total', i18n.money(doc.total))}
        ${row('review.nextBilling', i18n.day(doc.nextBillingDate))}
      </dl>`;
  }

  #renderReview() {
    const { host, form } = this;
    const quote = this.#quote;
    if (!quote) return nothing;
    const error = form.errors['acceptTerms'];
    return html`<form class="stack" novalidate @submit=${this.#onConfirm}>
      ${this.#summary(quote)}
      <p class="muted small">${host.t('review.hint')}</p>
      <label class="check confirm-box">
        ${checkbox(this.#accept, (on) => ((this.#accept = on), form.set('acceptTerms', '')), undefined, 'f-acceptTerms', error)}
        <span>${host.t('review.accept')}</span>
      </label>
      ${error ? html`<p class="field-error" id="f-acceptTerms-error">${error}</p>` : nothing}
      ${this.#problem()} ${this.#nav(host.t('review.confirm', { total: host.i18n.money(quote.total) }))}
    </form>`;
  }

  #renderStatement() {
    const { t, i18n, close } = this.host;
    const order = this.#order;
    if (!order) return nothing;
    return html`<section class="statement stack" part="statement" aria-labelledby="dialog-title">
      <p>
        ${t('statement.order', { id: order.id })}<br />${t('statement.date', { date: i18n.date(order.createdAt) })}<br />${order.portal.name}
        · ${order.portal.ownerEmail}
      </p>
      ${this.#summary(order)}
      <p class="muted small">${t('statement.pool')}</p>
      <div class="actions">
        <button type="button" part="button" @click=${() => print()}>${t('statement.print')}</button>
        <button type="button" part="button" class="primary" @click=${() => close()}>
          ${t('statement.done')}
        </button>
      </div>
    </section>`;
  }

  // ——— shared ———

  #problem() {
    return html`${formMessage(this.form)}
    ${
      this.#expired
        ? html`<div>
            <button
              type="button"
              part="button"
              @click=${() => {
                this.#rev++;
                this.#quote = undefined;
                this.#onCart(new Event('submit'));
              }}
            >
              ${this.host.t('quote.renew')}
            </button>
          </div>`
        : nothing
    }`;
  }

  #nav(next: string, onNext?: () => void) {
    const { form, host } = this;
    const back = STEPS[STEPS.indexOf(this.step) - 1];
    const i18n = host.i18n;
    return html`<div class="actions">
      <button type="button" part="button" @click=${() => (back ? this.#go(back) : host.close())}>
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
          ? this.#renderCart()
          : step === 'allocate'
            ? this.#renderAllocate()
            : step === 'review'
              ? this.#renderReview()
              : this.#renderStatement()
      }
    </div>`;
  }
}
