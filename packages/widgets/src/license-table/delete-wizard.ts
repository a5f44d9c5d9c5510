import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Data, Item } from '@allot/sdk';
import { FormController } from '../base/controllers/form.js';
import { field, formActions, formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { toProblem } from '../base/problems.js';
import { heading, parseCount, type Host } from './host.js';

type Counts = Item<'getLicenseInventory'>;
type Deletion = Data<'deleteLicenses'>;
type CenterCount = Data<'listLicenses'>['facets']['costCenters'][number];

/** The cost-center select's value for licenses billed to no cost center ('' is any cost center). */
const NONE = 'none';

/** Licenses were deleted: tell the page and the other widgets, and read the table again. */
export function deleted(host: Host, result: Deletion): void {
  host.emit('allot-licenses-deleted', {
    productIds: result.products.map((p) => p.productId),
    deleted: result.deleted,
    licenseIds: result.deletedLicenseIds,
  });
  host.deselect(result.deletedLicenseIds);
  host.changed();
}

/**
 * What a deletion takes away (as the server's dry run answers it, or as it was done): per product how many and
 * what is left, and the cost centers that lose seats.
 */
export function renderDeletion(host: Host, d: Deletion): TemplateResult {
  const { t } = host;
  return html`<ul class="bullets" part="deletion-products">
      ${d.products.map(
        (p) =>
          html`<li>
            ${t('delete.productLeft', {
              product: p.productName,
              count: p.deleted,
              left: p.remaining.owned,
              assigned: p.remaining.assigned,
            })}
          </li>`,
      )}
    </ul>
    <h3>${t('delete.centers')}</h3>
    <ul class="bullets" part="deletion-centers">
      ${d.costCenters.map(
        (c) =>
          html`<li>
            ${t('delete.centerLoses', {
              center: c.costCenter ? `${c.costCenter.code} · ${c.costCenter.name}` : t('bulk.noCenter'),
              count: c.deleted,
            })}
          </li>`,
      )}
    </ul>`;
}

/**
 * Deleting licenses in two steps, as RingCentral's billing details do: per product, how many "can be deleted"
 * (its unassigned licenses), how many to delete and, if the admin wants, from which cost center; then a review,
 * the server's dry run, that names the cost centers losing seats, and deletes exactly the licenses it listed.
 * Assigned licenses are never touched.
 */
export class DeleteWizard {
  step: 'choose' | 'review' = 'choose';
  readonly form: FormController;
  active = false;
  #rev = 0;
  readonly #keys = new IdempotencyKeys();
  readonly #inventory;
  /** The chosen product's unassigned licenses per cost center (the list's facets). */
  readonly #free: Task<readonly [Host['store'], boolean, string, number], CenterCount[] | undefined>;
  /** The review: what the server answered for a dry run of the choice. */
  #preview: Deletion | undefined;

  constructor(private readonly host: Host) {
    this.form = new FormController(host, host.reporter);
    this.#inventory = new Task(host, {
      args: () => [host.store, this.active, this.#rev] as const,
      task: ([store, active], { signal }) =>
        store && active ? store.client.licenses.inventory({ signal }) : undefined,
    });
    this.#free = new Task(host, {
      args: () => [host.store, this.active, this.form.value('productId'), this.#rev] as const,
      task: async ([store, active, productId], { signal }) =>
        store && active && productId
          ? (
              await store.client.licenses.list(
                { productId: [productId], status: 'unassigned', limit: 1 },
                { signal },
              )
            ).facets.costCenters
          : undefined,
    });
  }

  start(): void {
    this.step = 'choose';
    this.#preview = undefined;
    this.form.reset();
    this.#keys.clear();
    this.#rev++;
  }

  #chosen(): Counts | undefined {
    return this.#inventory.value?.items.find((i) => i.productId === this.form.value('productId'));
  }

  /** The chosen cost center's unassigned licenses of the product, when one is chosen. */
  #inCenter(): CenterCount | undefined {
    const center = this.form.value('costCenterId');
    if (!center) return undefined;
    const id = center === NONE ? null : center;
    return this.#free.value?.find((c) => c.costCenterId === id) ?? { costCenterId: id, code: null, count: 0 };
  }

  #go(step: 'choose' | 'review') {
    this.step = step;
    this.host.focus('#dialog-title');
  }

  /** The choice, as the deletion request says it. */
  #request(item: Counts) {
    const center = this.form.value('costCenterId');
    const quantity = Number(this.form.value('quantity'));
    return center
      ? { productId: item.productId, quantity, costCenterId: center === NONE ? null : center }
      : { productId: item.productId, quantity };
  }

  /** Checks the choice here, then asks the server what it would delete (a dry run) for the review. */
  #onNext = async (e: Event) => {
    e.preventDefault();
    const { host, form } = this;
    const { t } = host;
    const item = this.#chosen();
    const max = this.#inCenter()?.count ?? item?.deletable ?? 0;
    const ok = form.check({
      productId: item ? undefined : t('delete.pickProduct'),
      quantity:
        !item || parseCount(form.value('quantity'), max) !== undefined
          ? undefined
          : t('delete.range', { max }),
    });
    const client = host.store?.client;
    if (!ok || !item || !client) return;
    const outcome = await form.submit(
      () => client.licenses.delete({ ...this.#request(item), dryRun: true }),
      { fieldOf: { exceeds_deletable: 'quantity' }, fields: ['quantity', 'productId', 'costCenterId'] },
    );
    if (!outcome.ok) return;
    this.#preview = outcome.value;
    this.#go('review');
  };

  /** Deletes exactly the licenses the review listed. */
  #onDelete = async (e: Event) => {
    e.preventDefault();
    const { host, form } = this;
    const item = this.#chosen();
    const preview = this.#preview;
    const client = host.store?.client;
    if (!item || !preview || !client || form.busy) return;
    const body = { licenseIds: preview.deletedLicenseIds };
    const outcome = await form.submit(
      () => client.licenses.delete(body, { idempotencyKey: this.#keys.for('delete', body) }),
      { fieldOf: { exceeds_deletable: 'quantity' }, fields: ['quantity', 'productId'] },
    );
    if (!outcome.ok) {
      // One of them was assigned or deleted meanwhile: fewer can be deleted; show the new counts by the quantity.
      const code = outcome.problem?.code;
      if (code && ['license_already_assigned', 'not_found', 'exceeds_deletable'].includes(code)) {
        form.message = '';
        form.errors = { quantity: host.i18n.t('error.exceeds_deletable') };
        this.#rev++;
        this.#go('choose');
      }
      return;
    }
    const result = outcome.value;
    deleted(host, result);
    host.say(
      host.t('delete.done', {
        count: result.deleted,
        product: item.productName,
        left: result.products[0]?.remaining.owned ?? 0,
      }),
    );
    host.close();
  };

  render() {
    const { t, i18n } = this.host;
    const inventory = this.#inventory.value;
    const title = heading(t(this.step === 'choose' ? 'delete.title' : 'delete.reviewTitle'));
    if (this.#inventory.status === TaskStatus.ERROR)
      return html`${title}
        <p class="alert">${toProblem(this.#inventory.error, i18n).message}</p>`;
    if (!inventory)
      return html`${title}
        <div class="skeleton" aria-busy="true" part="loading"><span></span><span></span></div>`;
    const item = this.#chosen();
    return this.step === 'review' && item && this.#preview
      ? this.#renderReview(title, item, this.#preview)
      : this.#renderChoose(title, inventory.items, item);
  }

  /** What is deleted, what is left and which cost centers lose seats, to confirm. */
  #renderReview(title: TemplateResult, item: Counts, preview: Deletion) {
    const { host, form } = this;
    const { t, i18n } = host;
    return html`<form class="stack" novalidate @submit=${this.#onDelete}>
      ${title}
      <p>${t('delete.review', { count: preview.deleted, product: item.productName })}</p>
      ${renderDeletion(host, preview)} ${formMessage(form)}
      ${formActions(form, i18n, {
        submit: t('delete.confirm', { count: preview.deleted }),
        tone: 'danger',
        cancel: () => this.#go('choose'),
        cancelLabel: i18n.t('action.back'),
      })}
    </form>`;
  }

  /** Each product with what is owned, assigned and deletable; the product and the quantity to delete. */
  #renderChoose(title: TemplateResult, items: readonly Counts[], item: Counts | undefined) {
    const { host, form } = this;
    const { t, i18n } = host;
    const error = form.errors['productId'];
    const max = this.#inCenter()?.count ?? item?.deletable;
    return html`<form class="stack" novalidate @submit=${this.#onNext}>
      ${title}
      <p class="muted">${t('delete.hint')}</p>
      <table class="lines">
        <thead>
          <tr>
            <th scope="col">${t('cart.product')}</th>
            <th scope="col" class="num">${t('delete.owned')}</th>
            <th scope="col" class="num">${t('delete.assigned')}</th>
            <th scope="col" class="num">${t('delete.deletable')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (i) =>
              html`<tr>
                <td>
                  <label class="check">
                    <input
                      type="radio"
                      name="productId"
                      ?disabled=${i.deletable === 0}
                      aria-invalid=${error ? 'true' : 'false'}
                      aria-describedby=${error ? 'f-productId-error' : nothing}
                      .checked=${i.productId === form.value('productId')}
                      @change=${() => (form.set('productId', i.productId), form.set('costCenterId', ''))}
                    />
                    <span>${i.productName}</span>
                  </label>
                </td>
                <td class="num">${i18n.number(i.owned)}</td>
                <td class="num">${i18n.number(i.assigned)}</td>
                <td class="num">${i18n.number(i.deletable)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${error ? html`<p class="field-error" id="f-productId-error">${error}</p>` : nothing}
      ${field(form, {
        name: 'costCenterId',
        label: t('delete.costCenter'),
        type: 'select',
        options: [
          { value: '', label: t('delete.anyCenter') },
          ...(item ? (this.#free.value ?? []) : []).map((c) => ({
            value: c.costCenterId ?? NONE,
            label: `${c.code ?? t('bulk.noCenter')} (${i18n.number(c.count)})`,
          })),
        ],
      })}
      ${field(form, {
        name: 'quantity',
        label: t('delete.quantity'),
        type: 'number',
        min: 1,
        max: max ?? 1,
        hint: item ? t('delete.max', { count: max ?? 0, product: item.productName }) : t('delete.pickFirst'),
      })}
      ${formMessage(form)}
      ${formActions(form, i18n, { submit: t('wizard.next'), cancel: () => host.close() })}
    </form>`;
  }
}
