import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Item } from '@allot/sdk';
import { FormController } from '../base/controllers/form.js';
import { field, formActions, formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { toProblem } from '../base/problems.js';
import { heading, parseCount, type Host } from './host.js';

type Counts = Item<'getLicenseInventory'>;

/**
 * Deleting licenses in two steps, as RingCentral's billing details do: per product, how many "can be deleted"
 * (its unassigned licenses) and how many to delete, then a review to confirm. Assigned licenses are never touched.
 */
export class DeleteWizard {
  step: 'choose' | 'review' = 'choose';
  readonly form: FormController;
  active = false;
  #rev = 0;
  readonly #keys = new IdempotencyKeys();
  readonly #inventory;

  constructor(private readonly host: Host) {
    this.form = new FormController(host, host.reporter);
    this.#inventory = new Task(host, {
      args: () => [host.store, this.active, this.#rev] as const,
      task: ([store, active], { signal }) =>
        store && active ? store.client.licenses.inventory({ signal }) : undefined,
    });
  }

  start(): void {
    this.step = 'choose';
    this.form.reset();
    this.#keys.clear();
    this.#rev++;
  }

  #chosen(): Counts | undefined {
    return this.#inventory.value?.items.find((i) => i.productId === this.form.value('productId'));
  }

  #go(step: 'choose' | 'review') {
    this.step = step;
    this.host.focus('#dialog-title');
  }

  #onNext = (e: Event) => {
    e.preventDefault();
    const { t } = this.host;
    const item = this.#chosen();
    const max = item?.deletable ?? 0;
    const ok = this.form.check({
      productId: item ? undefined : t('delete.pickProduct'),
      quantity:
        !item || parseCount(this.form.value('quantity'), max) !== undefined
          ? undefined
          : t('delete.range', { max }),
    });
    if (!ok) return;
    this.#go('review');
  };

  #onDelete = async (e: Event) => {
    e.preventDefault();
    const { host, form } = this;
    const item = this.#chosen();
    const store = host.store;
    const quantity = Number(form.value('quantity'));
    if (!item || !store || form.busy) return;
    form.busy = true;
    form.message = '';
    host.requestUpdate();
    const body = { productId: item.productId, quantity };
    try {
      const result = await store.client.licenses.delete(body, {
        idempotencyKey: this.#keys.for('delete', body),
      });
      form.busy = false;
      host.emit('allot-licenses-deleted', {
        productId: result.productId,
        deleted: result.deleted,
        licenseIds: result.deletedLicenseIds,
      });
      host.changed();
      host.say(
        host.t('delete.done', {
          count: result.deleted,
          product: item.productName,
          left: result.remaining.owned,
        }),
      );
      host.close();
    } catch (error) {
      const problem = form.fail(error, {
        fieldOf: { exceeds_deletable: 'quantity' },
        fields: ['quantity', 'productId'],
      });
      // Someone assigned licenses meanwhile: show the new counts next to the quantity.
      if (problem?.code === 'exceeds_deletable' || problem?.code === 'validation_failed') {
        this.#rev++;
        this.step = 'choose';
      }
    }
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
    return this.step === 'review' && item
      ? this.#renderReview(title, item)
      : this.#renderChoose(title, inventory.items, item);
  }

  /** What is deleted and what is left, to confirm. */
  #renderReview(title: TemplateResult, item: Counts) {
    const { host, form } = this;
    const { t, i18n } = host;
    const quantity = Number(form.value('quantity'));
    return html`<form class="stack" novalidate @submit=${this.#onDelete}>
      ${title}
      <p>${t('delete.review', { count: quantity, product: item.productName })}</p>
      <p class="muted">
        ${t('delete.reviewLeft', { count: item.owned - quantity, product: item.productName, assigned: item.assigned })}
      </p>
      ${formMessage(form)}
      ${formActions(form, i18n, {
        submit: t('delete.confirm', { count: quantity }),
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
                      @change=${() => form.set('productId', i.productId)}
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
        name: 'quantity',
        label: t('delete.quantity'),
        type: 'number',
        min: 1,
        max: item?.deletable ?? 1,
        hint: item
          ? t('delete.max', { count: item.deletable, product: item.productName })
          : t('delete.pickFirst'),
      })}
      ${formMessage(form)}
      ${formActions(form, i18n, { submit: t('wizard.next'), cancel: () => host.close() })}
    </form>`;
  }
}
