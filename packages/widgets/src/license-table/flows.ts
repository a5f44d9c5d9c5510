import { html, nothing } from 'lit';
import { FormController } from '../base/controllers/form.js';
import { formMessage } from '../base/form.js';
import { DeleteWizard } from './delete-wizard.js';
import { checkbox, heading, queueList, type Host, type License, type Queue } from './host.js';
import { PurchaseWizard } from './purchase-wizard.js';
import { UserPicker } from './user-picker.js';
import { UserProductsPanel } from './user-products.js';

export { flowStyles } from './flows.styles.js';

/** What the dialog shows. */
export type Panel = 'assign' | 'unassign' | 'products' | 'purchase' | 'delete';

/** Codes after which the row is read again: someone else changed the license. */
const STALE = ['precondition_failed', 'license_already_assigned', 'license_not_assigned', 'not_found'];

/**
 * Everything `<license-table>` shows in its dialog, loaded the first time one opens: assigning a free license
 * (with the user picker) and unassigning one (after saying it goes back to the pool), both shown in the row at
 * once and rolled back if the server refuses; a user's products; the purchase and delete wizards.
 */
export class LicenseFlows {
  panel: Panel | undefined;
  license: License | undefined;
  readonly form: FormController;
  readonly host: Host;
  #notify = false;
  #notice: { id: string; name: string; queues: Queue[] } | undefined;
  readonly #picker: UserPicker;
  readonly #products: UserProductsPanel;
  readonly #purchase: PurchaseWizard;
  readonly #delete: DeleteWizard;

  constructor(host: Host) {
    this.host = host;
    this.form = new FormController(host, host.reporter);
    this.#picker = new UserPicker(host);
    this.#products = new UserProductsPanel(host);
    this.#purchase = new PurchaseWizard(host);
    this.#delete = new DeleteWizard(host);
  }

  /** Shows `panel`: the license's assign or unassign, a user's products (`id` is the user), or a wizard. */
  open(panel: Panel, license?: License, id?: string): void {
    this.panel = panel;
    this.license = license;
    this.form.reset();
    this.#notify = false;
    this.#picker.active = panel === 'assign';
    this.#delete.active = panel === 'delete';
    if (panel === 'assign') this.#picker.reset();
    if (panel === 'products' && id) this.#products.show(id);
    if (panel === 'purchase') this.#purchase.start(id);
    if (panel === 'delete') this.#delete.start();
  }

  closed(): void {
    this.panel = this.license = undefined;
    this.#picker.active = this.#delete.active = false;
    this.form.reset();
  }

  /** Sends an assignment or an unassignment, showing it in the row at once and undoing that if it fails. */
  async #change(assignee: License['assignee']) {
    const { host, form } = this;
    const license = this.license;
    const client = host.store?.client;
    if (!license || !client || form.busy) return;
    const notify = this.#notify;
    const previous = license.assignee;
    form.busy = true;
    host.patch({ ...license, assignee }, true);
    try {
      const { data } = assignee
        ? await client.licenses.assign(license.id, { userId: assignee.id, notify }, { ifMatch: license.etag })
        : await client.licenses.unassign(license.id, { notify }, { ifMatch: license.etag });
      form.busy = false;
      host.patch(data.license);
      const ids = { licenseId: license.id, productId: license.productId };
      const product = license.productName;
      if (assignee) {
        host.emit('allot-license-assigned', { ...ids, userId: assignee.id, notify });
        host.say(host.t('assign.done', { product, name: assignee.name }));
      } else if (previous) {
        const queues = data.warnings.find((w) => w.code === 'contact_center_still_billed')?.queues ?? [];
        this.#notice = queues.length ? { id: previous.id, name: previous.name, queues } : undefined;
        host.emit('allot-license-unassigned', {
          ...ids,
          userId: previous.id,
          stillBilledQueueIds: queues.map((q) => q.queueId),
        });
        host.say(
          host.t(queues.length ? 'unassign.doneStillBilled' : 'unassign.done', {
            product,
            name: previous.name,
          }),
        );
      }
      host.changed(true);
      host.close();
    } catch (error) {
      host.patch(license);
      const problem = form.fail(error, {
        fieldOf: { product_already_assigned: 'userId' },
        fields: ['userId'],
      });
      if (!problem || !STALE.includes(problem.code)) return;
      const fresh = await host.refresh(license.id);
      if (fresh) {
        this.license = fresh;
        form.message += ` ${fresh.assignee ? host.t('conflict.assigned', { name: fresh.assignee.name }) : host.t('conflict.free')}`;
        host.requestUpdate();
      }
    }
  }

  #onAssign = (e: Event) => {
    e.preventDefault();
    const user = this.#picker.user;
    if (!this.form.check({ userId: user ? undefined : this.host.t('assign.pickUser') }) || !user) return;
    void this.#change({ id: user.id, name: user.name, email: user.email, extension: user.extension ?? null });
  };

  #onUnassign = (e: Event) => {
    e.preventDefault();
    void this.#change(null);
  };

  /** After unassigning from someone in queues: which queues keep a Contact Center seat billed. */
  renderNotice() {
    const notice = this.#notice;
    const { t } = this.host;
    return notice
      ? html`<div class="alert info stack" part="notice">
          <p>${t('products.stillBilled', { name: notice.name, count: notice.queues.length })}</p>
          ${queueList(this.host, notice.queues)}
          <div class="row">
            <button
              type="button"
              part="button"
              @click=${(e: Event) => this.host.show('products', notice.id, e.currentTarget as HTMLElement)}
            >
              ${t('notice.manage', { name: notice.name })}
            </button>
            <button
              type="button"
              part="button"
              class="link"
              @click=${() => ((this.#notice = undefined), this.host.requestUpdate())}
            >
              ${t('notice.dismiss')}
            </button>
          </div>
        </div>`
      : nothing;
  }

  render() {
    const { host, form, license } = this;
    const { t, i18n } = host;
    if (this.panel === 'products') return this.#products.render();
    if (this.panel === 'purchase') return this.#purchase.render();
    if (this.panel === 'delete') return this.#delete.render();
    if (!license) return nothing;
    const assign = this.panel === 'assign';
    const name = license.assignee?.name ?? '';
    return html`<form class="stack" novalidate @submit=${assign ? this.#onAssign : this.#onUnassign}>
      ${heading(
        assign
          ? t('assign.title', { product: license.productName })
          : name
            ? t('unassign.title', { product: license.productName, name })
            : t('unassign.titleFree'),
      )}
      <p class=${assign ? 'muted' : ''}>
        ${
          assign
            ? t('assign.hint', {
                center: license.costCenter?.code ?? t('grid.noCenter'),
                date: i18n.date(license.addedAt),
              })
            : t('unassign.body')
        }
      </p>
      ${assign && !license.assignee ? this.#picker.render(form) : nothing}
      <label class="check">
        ${checkbox(this.#notify, (on) => (this.#notify = on))}
        <span>${t('notify')}</span>
      </label>
      ${formMessage(form)}
      <div class="actions">
        <button type="button" part="button" @click=${() => host.close()}>${i18n.t('action.cancel')}</button>
        <button type="submit" part="button" class="primary" aria-disabled=${form.busy}>
          ${form.busy ? i18n.t('action.working') : t(assign ? 'assign.submit' : 'unassign.submit')}
        </button>
      </div>
    </form>`;
  }
}
