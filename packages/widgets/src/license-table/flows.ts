import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { FormController } from '../base/controllers/form.js';
import { formActions, formMessage } from '../base/form.js';
import { licenseFlowsStrings } from '../locales/parts.js';
import { BulkActions, type BulkPanel } from './bulk-actions.js';
import { DeleteWizard } from './delete-wizard.js';
import {
  checkbox,
  heading,
  keepsSeat,
  leaveQueues,
  queueList,
  renderQueueWarning,
  type Host,
  type License,
  type Queue,
} from './host.js';
import { PurchaseWizard } from './purchase-wizard.js';
import { UserPicker } from './user-picker.js';
import { UserProductsPanel } from './user-products.js';

export { flowStyles } from './flows.styles.js';
/** The words only the dialogs show, loaded with them. */
export const strings = [licenseFlowsStrings];

/** What the dialog shows. */
export type Panel = 'assign' | 'unassign' | 'products' | 'purchase' | 'delete' | 'user' | BulkPanel;

const isBulk = (panel: Panel): panel is BulkPanel => panel.startsWith('bulk-');

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
  /** Take the user out of their queues too (offered before unassigning a seat queues keep billed). */
  #leave = false;
  readonly #queues: Task<readonly [Host['store'], string | undefined], Queue[] | undefined>;
  #notice: { id: string; name: string; queues: Queue[] } | undefined;
  readonly #picker: UserPicker;
  readonly #products: UserProductsPanel;
  readonly #purchase: PurchaseWizard;
  readonly #delete: DeleteWizard;
  readonly #bulk: BulkActions;

  constructor(host: Host) {
    this.host = host;
    this.form = new FormController(host, host.reporter);
    this.#picker = new UserPicker(host);
    this.#products = new UserProductsPanel(host);
    this.#purchase = new PurchaseWizard(host);
    this.#delete = new DeleteWizard(host);
    this.#bulk = new BulkActions(host);
    // Before unassigning a seat that queues keep billed: is the user in any? Said before, not after.
    this.#queues = new Task(host, {
      args: () => [host.store, this.#queueHolder()] as const,
      task: async ([store, userId], { signal }) =>
        store && userId ? (await store.client.users.products.list(userId, { signal })).queues : undefined,
    });
  }

  #queueHolder(): string | undefined {
    const license = this.license;
    const product = this.host.products.find((p) => p.id === license?.productId);
    return this.panel === 'unassign' && product && keepsSeat(product) ? license?.assignee?.id : undefined;
  }

  /** A request of the form shown is running (assign, a user's products, a wizard's step): Escape waits. */
  get busy(): boolean {
    if (this.#bulk.panel) return this.#bulk.busy;
    const forms = { products: this.#products.form, purchase: this.#purchase.form, delete: this.#delete.form };
    return (this.panel && this.panel in forms ? forms[this.panel as keyof typeof forms] : this.form).busy;
  }

  /** Shows `panel`: the license's assign or unassign, a user's products (`id` is the user), or a wizard. */
  open(panel: Panel, license?: License, id?: string): void {
    const previous = this.panel;
    this.panel = panel;
    this.license = license;
    this.form.reset();
    this.#notify = this.#leave = false;
    this.#picker.active = panel === 'assign' || panel === 'user';
    this.#delete.active = panel === 'delete';
    if (panel === 'assign' || panel === 'user') this.#picker.reset(license);
    // From the find-a-user step the dialog stays open: focus follows to the products' title once shown.
    if (panel === 'products' && id) this.#products.show(id, this.panel === 'products' && previous === 'user');
    if (panel === 'purchase') this.#purchase.start(id);
    if (panel === 'delete') this.#delete.start();
    if (isBulk(panel)) this.#bulk.start(panel, this.host.selection());
    else this.#bulk.closed();
  }

  closed(): void {
    this.panel = this.license = undefined;
    this.#picker.active = this.#delete.active = false;
    this.#bulk.closed();
    this.form.reset();
  }

  /** Sends an assignment or an unassignment, showing it in the row at once and undoing that if it fails. */
  async #change(assignee: License['assignee']) {
    const { host, form } = this;
    const license = this.license;
    const client = host.store?.client;
    if (!license || !client || form.busy) return;
    const notify = this.#notify;
    host.patch({ ...license, assignee }, true);
    const outcome = await form.submit(
      () =>
        assignee
          ? client.licenses.assign(license.id, { userId: assignee.id, notify }, { ifMatch: license.etag })
          : client.licenses.unassign(license.id, { notify }, { ifMatch: license.etag }),
      { fieldOf: { product_already_assigned: 'userId' }, fields: ['userId'] },
    );
    if (!outcome.ok) {
      host.patch(license);
      if (outcome.problem && STALE.includes(outcome.problem.code)) await this.#reread(license);
      return;
    }
    const { data } = outcome.value;
    // Under a status filter the row leaves the list: said, so the admin knows where it went.
    const left = host.patch(data.license) ? ` ${host.t('leftFilter')}` : '';
    const ids = { licenseId: license.id, productId: license.productId };
    const product = license.productName;
    const previous = license.assignee;
    if (assignee) {
      host.emit('allot-license-assigned', { ...ids, userId: assignee.id, notify });
      host.say(host.t('assign.done', { product, name: assignee.name }) + left);
    } else if (previous) {
      const billed = data.warnings.find((w) => w.code === 'contact_center_still_billed')?.queues ?? [];
      const leftQueues =
        this.#leave && billed.length ? await this.#leaveAfterUnassign(previous.id, billed) : [];
      const queues = billed.filter((q) => !leftQueues.includes(q.queueId));
      this.#notice = queues.length ? { id: previous.id, name: previous.name, queues } : undefined;
      host.emit('allot-license-unassigned', {
        ...ids,
        userId: previous.id,
        stillBilledQueueIds: queues.map((q) => q.queueId),
      });
      const params = { product, name: previous.name, count: leftQueues.length };
      host.say(
        host.t(
          queues.length
            ? 'unassign.doneStillBilled'
            : leftQueues.length
              ? 'unassign.doneLeftQueues'
              : 'unassign.done',
          params,
        ) + left,
      );
    }
    host.changed(true);
    host.close();
  }

  /** The admin chose to take the user out of their queues too: done right after the unassignment. */
  async #leaveAfterUnassign(userId: string, queues: Queue[]): Promise<string[]> {
    const left: string[] = [];
    await leaveQueues(this.host, userId, queues, left).catch((error: unknown) =>
      this.host.reporter.problem(error),
    );
    return left;
  }

  /** Someone else changed the license: show its latest state, and say what it is now. */
  async #reread(license: License) {
    const { host, form } = this;
    const fresh = await host.refresh(license.id);
    if (!fresh) return;
    this.license = fresh;
    form.message += ` ${fresh.assignee ? host.t('conflict.assigned', { name: fresh.assignee.name }) : host.t('conflict.free')}`;
    host.requestUpdate();
  }

  #onAssign = (e: Event) => {
    e.preventDefault();
    const user = this.#picker.user;
    if (!this.form.check({ userId: user ? undefined : this.host.t('assign.pickUser') }) || !user) return;
    void this.#change({ id: user.id, name: user.name, email: user.email, extension: user.extension ?? null });
  };

  /** A user found: their products, in the same dialog (focus on its new title). */
  #onUser = (e: Event) => {
    e.preventDefault();
    const user = this.#picker.user;
    if (!this.form.check({ userId: user ? undefined : this.host.t('user.pick') }) || !user) return;
    this.host.show('products', user.id);
  };

  #renderUser() {
    const { host, form } = this;
    const { t, i18n } = host;
    return html`<form class="stack" novalidate @submit=${this.#onUser}>
      ${heading(t('user.title'))}
      <p class="muted">${t('user.hint')}</p>
      ${this.#picker.render(form)} ${formMessage(form)}
      ${formActions(form, i18n, { submit: t('user.submit'), cancel: () => host.close() })}
    </form>`;
  }

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

  /** Unassigning a seat the user's queues keep billed: the same warning, before, as the products panel's. */
  #renderQueues(license: License) {
    const { t } = this.host;
    const queues = this.#queues.value;
    const name = license.assignee?.name ?? '';
    if (!this.#queueHolder() || !queues?.length) return nothing;
    const count = queues.length;
    return renderQueueWarning(this.host, {
      intro: t('products.ccWarning', { name, product: license.productName, count }),
      queues,
      alert: true,
      leave: {
        checked: this.#leave,
        label: t('products.leaveQueues', { name, count }),
        onChange: (on) => ((this.#leave = on), this.host.requestUpdate()),
      },
    });
  }

  render() {
    const { host, form, license } = this;
    const { t, i18n } = host;
    if (this.panel === 'products') return this.#products.render();
    if (this.panel === 'purchase') return this.#purchase.render();
    if (this.panel === 'delete') return this.#delete.render();
    if (this.panel === 'user') return this.#renderUser();
    if (this.#bulk.panel) return this.#bulk.render();
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
      ${assign ? nothing : this.#renderQueues(license)}
      <label class="check">
        ${checkbox(this.#notify, (on) => (this.#notify = on))}
        <span>${t('notify')}</span>
      </label>
      ${formMessage(form)}
      ${formActions(form, i18n, { submit: t(assign ? 'assign.submit' : 'unassign.submit'), cancel: () => host.close() })}
    </form>`;
  }
}
