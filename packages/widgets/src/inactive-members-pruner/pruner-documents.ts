import { html, nothing, type TemplateResult } from 'lit';
import { guardedButton, renderReason } from '../base/permission.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import type { ActionController } from '../base/controllers/actions.js';
import { FormController } from '../base/controllers/form.js';
import { PagedList, type PagedView } from '../base/controllers/paged.js';
import { saveFile } from '../base/download.js';
import { formMessage } from '../base/form.js';
import type { KeyOf, Params } from '../base/i18n.js';
import type { AllotStore } from '../base/store.js';
import type { ExportDownloadedDetail } from '../events/inactive-members-pruner.js';

type Invoice = Item<'listInvoices'>;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Renders a paged list with its states and "Show more" (the widget's, shared by its sections). */
export type ListRenderer = <T>(
  list: PagedView<T>,
  key: string,
  empty: string,
  table: (items: T[]) => TemplateResult,
) => unknown;

/**
 * The CSV with a UTF-8 byte order mark: without one, spreadsheet programs read it in the machine's legacy code
 * page and garble every accent ("BÃ©atrice").
 */
function withBom(csv: string): string {
  return csv.startsWith('\ufeff') ? csv : `\ufeff${csv}`;
}

/** `YYYY-MM` (UTC, as the service bills) of an instant in epoch ms, `months` later (negative: earlier). */
export function monthOf(at: number, months = 0): string {
  const date = new Date(at);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)).toISOString().slice(0, 7);
}

/** The documents of the pruner: the export of billed license holders for a month, and the invoices as PDF. */
export class DocumentsSection {
  readonly form: FormController;
  readonly invoices: PagedList<Invoice, readonly [AllotStore | undefined, number, number, boolean]>;
  readonly #api: WidgetApi;
  readonly #rows: ActionController;
  readonly #t: (key: KeyOf<'inactiveMembersPruner'>, params?: Params) => string;

  constructor(api: WidgetApi, rows: ActionController, args: () => readonly [number, boolean]) {
    this.#api = api;
    this.#rows = rows;
    this.#t = api.i18n.scoped('inactiveMembersPruner');
    this.form = new FormController(api.host, api);
    this.invoices = new PagedList(
      api.host,
      () => [api.store, api.revision, ...args()] as const,
      async ([store, , limit, may], cursor, signal) => {
        if (!store || !may) return undefined;
        const query = { limit, ...(cursor && { cursor }) };
        return cursor
          ? store.client.billing.invoices.list(query)
          : store.read(
              `billing:invoices:${limit}`,
              ['billing'],
              () => store.client.billing.invoices.list(query),
              signal,
            );
      },
    );
  }

  /** Sets the month to export once "now" is known (last month by the service's clock); a typed month stays. */
  defaultMonth(now: number): void {
    if (!this.form.value('month')) this.form.reset({ month: monthOf(now, -1) });
  }

  #onExport = async (event: Event) => {
    event.preventDefault();
    const form = this.form;
    const store = this.#api.store;
    const month = form.value('month');
    if (!store || !form.check({ month: MONTH.test(month) ? undefined : this.#api.i18n.t('field.required') }))
      return;
    const outcome = await form.submit(
      () => store.client.billing.exportLicenseHolders({ month }),
      { fields: ['month'] },
      // The month is well formed by now: what the API refuses is a month that has not begun.
      (problem) => {
        if (problem.fields['month']) problem.fields['month'] = this.#t('futureMonth');
      },
    );
    if (!outcome.ok) return;
    this.#saved(new Blob([withBom(outcome.value)], { type: 'text/csv;charset=utf-8' }), {
      kind: 'billed-license-holders',
      filename: `billed-license-holders-${month}.csv`,
      month,
    });
  };

  #downloadInvoice(invoice: Invoice) {
    const store = this.#api.store;
    if (!store) return;
    void this.#rows.run(invoice.id, async () => {
      const pdf = await store.client.billing.invoices.pdf(invoice.id);
      return this.#saved(pdf, { kind: 'invoice', filename: `${invoice.number}.pdf`, invoiceId: invoice.id });
    });
  }

  /** Hands the file to the browser; says so (returned for a row action to say it). */
  #saved(blob: Blob, detail: ExportDownloadedDetail): string {
    saveFile(blob, detail.filename);
    this.#api.emit('allot-export-downloaded', detail);
    const message = this.#t('downloaded', { filename: detail.filename });
    void this.#api.announce(message);
    return message;
  }

  /** The export form and the invoices; without `billing:read`, the export disabled with `reason`. */
  render(renderList: ListRenderer, mayRead: boolean, reason: string): TemplateResult {
    const t = this.#t;
    if (!mayRead) {
      return html`<section class="documents" part="documents">
        <h3 id="export-title">${t('export')}</h3>
        ${guardedButton({ allowed: false, reasonId: 'billing-reason', label: t('downloadCsv'), onClick: () => 0 })}
        ${renderReason('billing-reason', reason, true)}
      </section>`;
    }
    const form = this.form;
    const error = form.errors['month'];
    return html`<section class="documents" part="documents">
      <form class="export" @submit=${this.#onExport} novalidate>
        <h3 id="export-title">${t('export')}</h3>
        <p class="muted">${t('exportHint')}</p>
        <div class="row">
          <div class="field" part="field">
            <label for="f-month">${t('month')}</label>
            <input
              id="f-month"
              name="month"
              type="month"
              max=${monthOf(this.#api.now())}
              aria-invalid=${ifDefined(error ? 'true' : undefined)}
              aria-describedby=${ifDefined(error ? 'f-month-error' : undefined)}
              .value=${live(form.value('month'))}
              @input=${(e: Event) => form.set('month', (e.target as HTMLInputElement).value)}
            />
          </div>
          <button type="submit" part="button" aria-disabled=${form.busy}>
            ${form.busy ? this.#api.i18n.t('action.working') : t('downloadCsv')}
          </button>
        </div>
        ${error ? html`<p class="field-error" id="f-month-error">${error}</p>` : nothing} ${formMessage(form)}
      </form>
      <h3 id="invoices-title">${t('invoices')}</h3>
      ${renderList(
        this.invoices,
        'invoices',
        t('noInvoices'),
        (invoices) =>
          html`<div class="scroll">
            <table aria-labelledby="invoices-title">
              <thead>
                <tr>
                  <th scope="col">${t('invoice')}</th>
                  <th scope="col" class="wide-only">${t('period')}</th>
                  <th scope="col" class="num">${t('amount')}</th>
                  <th scope="col">${t('status')}</th>
                  <th scope="col"><span class="visually-hidden">${t('pdf')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  invoices,
                  (i) => i.id,
                  (i) => this.#renderInvoice(i),
                )}
              </tbody>
            </table>
          </div>`,
      )}
    </section>`;
  }

  #renderInvoice(invoice: Invoice) {
    const t = this.#t;
    const error = this.#rows.error(invoice.id);
    const busy = this.#rows.busy(invoice.id);
    const period = t('range', {
      start: this.#api.i18n.day(invoice.periodStart),
      end: this.#api.i18n.day(invoice.periodEnd),
    });
    // On a narrow card the period goes under the invoice's number (its own column hidden), so nothing is cut.
    return html`<tr part="invoice">
      <th scope="row">${invoice.number}<span class="narrow-only muted small">${period}</span></th>
      <td class="nowrap wide-only">${period}</td>
      <td class="num nowrap">${this.#api.i18n.money(invoice.amount)}</td>
      <td>
        <span class="badge ${invoice.status === 'open' ? 'accent' : ''}" part="badge"
          >${t(`invoiceStatus.${invoice.status}`)}</span
        >
        ${
          invoice.status === 'open'
            ? html`<span class="muted small">${t('due', { date: this.#api.i18n.date(invoice.dueAt) })}</span>`
            : nothing
        }
      </td>
      <td>
        <button
          type="button"
          part="button"
          class="link"
          aria-label=${`${t('pdf')}: ${invoice.number}`}
          aria-disabled=${busy}
          @click=${() => this.#downloadInvoice(invoice)}
        >
          ${
            busy
              ? this.#api.i18n.t('action.working')
              : // Narrow, the button says only "PDF" (its accessible name stays the full one, with the number).
                html`<span class="wide-only">${t('pdf')}</span><span class="narrow-only">PDF</span>`
          }
        </button>
        ${error ? html`<p class="field-error">${error}</p>` : nothing}
      </td>
    </tr>`;
  }
}
