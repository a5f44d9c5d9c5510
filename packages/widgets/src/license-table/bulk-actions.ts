import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Data } from '@allot/sdk';
import { FormController } from '../base/controllers/form.js';
import { field, formActions, formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { CostCenterSearch } from './cost-center-search.js';
import { deleted, renderDeletion } from './delete-wizard.js';
import {
  checkbox,
  heading,
  keepsSeat,
  leaveQueues,
  queueList,
  type Host,
  type License,
  type Queue,
} from './host.js';

/** What the grid's selection can be given to. */
export type BulkPanel = 'bulk-unassign' | 'bulk-delete' | 'bulk-move';

type Deletion = Data<'deleteLicenses'>;

/** People among the selection's assignees who sit in queues that keep a seat billed, with those queues. */
type InQueues = { userId: string; name: string; queues: Queue[] }[];

/** How many of the licenses the review lists by name; the rest are counted. */
const LISTED = 8;
/** The value of the "no cost center" option of the move's select. */
const NONE = 'none';

/**
 * What the admin does with the licenses selected in the grid, each after a review that says what changes:
 * unassign them (warning first about people whose queues keep a seat billed, with the one-step way out),
 * delete them (the unassigned ones; the review, a dry run on the server, names the cost centers that lose
 * seats and confirms exactly the licenses it listed), or bill them to another cost center.
 */
export class BulkActions {
  panel: BulkPanel | undefined;
  readonly form: FormController;
  #licenses: License[] = [];
  #rev = 0;
  #reviewError = '';
  #notify = false;
  #leave = false;
  readonly #keys = new IdempotencyKeys();
  readonly #review: Task<readonly [Host['store'], boolean, License[], number], Deletion | undefined>;
  readonly #queues: Task<readonly [Host['store'], boolean, License[]], InQueues | undefined>;
  /** The cost centers to move to, searched by the server (a portal may have any number of them). */
  readonly #search: CostCenterSearch;

  constructor(private readonly host: Host) {
    this.form = new FormController(host, host.reporter);
    // The deletion's review is the server's dry run over the unassigned licenses of the selection.
    this.#review = new Task(host, {
      args: () => [host.store, this.panel === 'bulk-delete', this.#licenses, this.#rev] as const,
      task: async ([store, shown], { signal }) => {
        const licenses = this.#deletable();
        return store && shown && licenses.length
          ? store.client.licenses.delete({ licenseIds: licenses.map((l) => l.id), dryRun: true }, { signal })
          : undefined;
      },
      // Worded as the table words a license's problems, and reported once (an `allot-error`), not at each render.
      onError: (error) => void (this.#reviewError = host.reporter.problem(error)?.message ?? ''),
    });
    this.#queues = new Task(host, {
      args: () => [host.store, this.panel === 'bulk-unassign', this.#licenses] as const,
      task: async ([store, shown], { signal }) => {
        const licenses = this.#seatsQueuesKeep();
        if (!store || !shown || !licenses.length) return undefined;
        // One read per person: someone may hold two such seats (Connect Standard and Contact Center).
        const holders = new Map(
          licenses.flatMap((l) => (l.assignee ? [[l.assignee.id, l.assignee.name] as const] : [])),
        );
        const people = await Promise.all(
          [...holders].map(async ([userId, name]) => {
            const { queues } = await store.client.users.products.list(userId, { signal });
            return { userId, name, queues };
          }),
        );
        return people.filter((p) => p.queues.length);
      },
    });
    this.#search = new CostCenterSearch(host, () => this.panel === 'bulk-move');
  }

  /** A request is running: Escape waits. */
  get busy(): boolean {
    return this.form.busy;
  }

  /** Shows `panel` for these licenses (the selection as it is now). */
  start(panel: BulkPanel, licenses: License[]): void {
    this.panel = panel;
    this.#licenses = licenses;
    this.#notify = this.#leave = false;
    this.form.reset();
    this.#keys.clear();
    this.#search.reset();
    this.#rev++;
  }

  closed(): void {
    this.panel = undefined;
    this.#licenses = [];
  }

  #assigned = (): License[] => this.#licenses.filter((l) => l.assignee);
  #deletable = (): License[] => this.#licenses.filter((l) => !l.assignee);
  /** Assigned licenses of a product that queues keep billed: their holders may still be in queues. */
  #seatsQueuesKeep = (): License[] =>
    this.#assigned().filter((l) => {
      const product = this.host.products.find((p) => p.id === l.productId);
      return product ? keepsSeat(product) : false;
    });

  render(): TemplateResult | typeof nothing {
    switch (this.panel) {
      case 'bulk-unassign':
        return this.#renderUnassign();
      case 'bulk-delete':
        return this.#renderDelete();
      case 'bulk-move':
        return this.#renderMove();
      default:
        return nothing;
    }
  }

  /** The selection's licenses by product and holder, the first few by name and then a count. */
  #list(licenses: readonly License[]) {
    const { t } = this.host;
    const more = licenses.length - LISTED;
    return html`<ul class="bullets">
      ${licenses.slice(0, LISTED).map(
        (l) =>
          html`<li>
            ${l.assignee ? t('bulk.holder', { product: l.productName, name: l.assignee.name }) : l.productName}
            <span class="muted">· ${l.costCenter?.code ?? t('grid.noCenter')}</span>
          </li>`,
      )}
      ${more > 0 ? html`<li class="muted">${t('bulk.more', { count: more })}</li>` : nothing}
    </ul>`;
  }

  /** Nothing in the selection can be given to this action: say why, and only offer to close. */
  #nothingToDo(title: string, why: string) {
    const { host } = this;
    return html`<div class="stack">
      ${heading(title)}
      <p>${why}</p>
      ${formMessage(this.form)}
      <div class="actions">
        <button type="button" part="button" @click=${() => host.close()}>
          ${host.i18n.t('action.close')}
        </button>
      </div>
    </div>`;
  }

  // ——— unassign ———

  #renderUnassign() {
    const { host, form } = this;
    const { t, i18n } = host;
    const assigned = this.#assigned();
    const title = t('bulk.unassignTitle');
    if (!assigned.length) return this.#nothingToDo(title, t('bulk.noneAssigned'));
    const skipped = this.#licenses.length - assigned.length;
    return html`<form class="stack" novalidate @submit=${this.#onUnassign}>
      ${heading(title)}
      <p>${t('bulk.unassignReview', { count: assigned.length })}</p>
      ${this.#list(assigned)}
      ${skipped ? html`<p class="muted">${t('bulk.unassignSkips', { count: skipped })}</p>` : nothing}
      ${this.#renderQueues()}
      <label class="check">
        ${checkbox(this.#notify, (on) => (this.#notify = on))}
        <span>${t('notify')}</span>
      </label>
      ${formMessage(form)}
      ${formActions(form, i18n, {
        submit: t('bulk.unassignSubmit', { count: assigned.length }),
        cancel: () => host.close(),
        disabled: this.#queues.status === TaskStatus.PENDING,
      })}
    </form>`;
  }

  /** Before unassigning: who sits in queues that keep their seat billed, and the offer to take them out. */
  #renderQueues() {
    const { t } = this.host;
    const people = this.#queues.value;
    if (this.#queues.status === TaskStatus.PENDING)
      return html`<div class="skeleton" aria-busy="true" part="loading"><span></span></div>`;
    if (!people?.length) return nothing;
    // The seat the queues keep billed is the queue-dependent product's (Contact Center).
    const product = this.host.products.find((p) => p.queueDependent)?.name ?? '';
    return html`<div class="alert info stack" part="warning">
      <p>${t('bulk.ccWarning', { count: people.length, product })}</p>
      <ul class="bullets">
        ${people.map((p) => html`<li><strong>${p.name}</strong> ${queueList(this.host, p.queues)}</li>`)}
      </ul>
      <label class="check">
        ${checkbox(this.#leave, (on) => ((this.#leave = on), this.host.requestUpdate()))}
        <span>${t('bulk.leaveQueues')}</span>
      </label>
    </div>`;
  }

  /** One unassignment per license (each with the version the grid shows); what failed is named, not lost. */
  #onUnassign = async (e: Event) => {
    e.preventDefault();
    const { host, form } = this;
    const client = host.store?.client;
    if (!client || form.busy || this.#queues.status === TaskStatus.PENDING) return;
    form.busy = true;
    form.message = '';
    host.requestUpdate();
    const done: { license: License; stillBilled: Queue[] }[] = [];
    const failed: License[] = [];
    for (const license of this.#assigned()) {
      try {
        const { data } = await client.licenses.unassign(
          license.id,
          { notify: this.#notify },
          { ifMatch: license.etag },
        );
        host.patch(data.license);
        const stillBilled = data.warnings.find((w) => w.code === 'contact_center_still_billed')?.queues ?? [];
        done.push({ license, stillBilled });
      } catch (error) {
        failed.push(license);
        if (failed.length === 1) host.reporter.problem(error);
      }
    }
    let leftQueues = 0;
    const left: string[] = [];
    if (this.#leave) {
      for (const person of this.#queues.value ?? []) {
        if (!done.some((d) => d.license.assignee?.id === person.userId)) continue;
        const theirs: string[] = [];
        await leaveQueues(host, person.userId, person.queues, theirs).catch((error: unknown) =>
          host.reporter.problem(error),
        );
        if (theirs.length === person.queues.length) leftQueues++;
        left.push(...theirs.map((q) => `${person.userId} ${q}`));
      }
    }
    // Said once the queues were left (or not): what still keeps a seat billed is what the page is told.
    for (const { license, stillBilled } of done) {
      const userId = license.assignee?.id ?? '';
      host.emit('allot-license-unassigned', {
        licenseId: license.id,
        productId: license.productId,
        userId,
        stillBilledQueueIds: stillBilled
          .map((q) => q.queueId)
          .filter((q) => !left.includes(`${userId} ${q}`)),
      });
    }
    // What failed, as it is now: still assigned (a new holder, a new version to send) stays in the dialog to try
    // again; back in the pool already (someone unassigned it meanwhile) or gone needs nothing more.
    const fresh = await Promise.all(failed.map((l) => host.refresh(l.id)));
    const retry = failed.filter((_, i) => fresh[i]?.assignee);
    const settled = failed.length - retry.length;
    form.busy = false;
    host.deselect([
      ...done.map((d) => d.license.id),
      ...failed.filter((_, i) => !fresh[i]?.assignee).map((l) => l.id),
    ]);
    if (done.length || settled) host.changed();
    const said = [
      done.length ? host.t('bulk.unassigned', { count: done.length }) : '',
      leftQueues ? host.t('bulk.leftQueues', { count: leftQueues }) : '',
      settled ? host.t('bulk.alreadyFree', { count: settled }) : '',
      retry.length
        ? host.t('bulk.failed', {
            count: retry.length,
            names: retry.map((l) => l.assignee?.name ?? l.id).join(', '),
          })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (retry.length) {
      this.#licenses = fresh.filter((l): l is License => !!l?.assignee);
      form.message = said;
      host.requestUpdate();
      return;
    }
    host.say(said);
    host.close();
  };

  // ——— delete ———

  #renderDelete() {
    const { host, form } = this;
    const { t, i18n } = host;
    const deletable = this.#deletable();
    const title = t('bulk.deleteTitle');
    if (!deletable.length) return this.#nothingToDo(title, t('bulk.noneDeletable'));
    const review = this.#review;
    // A review that failed (a license assigned or deleted since it was selected) can be read again or left.
    if (review.status === TaskStatus.ERROR)
      return html`${heading(title)}
        <p class="alert" part="form-error">${this.#reviewError}</p>
        <div class="actions">
          <button type="button" part="button" @click=${() => host.close()}>${i18n.t('action.close')}</button>
          <button type="button" part="button" class="primary" @click=${() => void this.#reread()}>
            ${i18n.t('action.retry')}
          </button>
        </div>`;
    // While it is worked out again, the previous review (and its licenses) cannot be confirmed.
    if (!review.value || review.status === TaskStatus.PENDING)
      return html`${heading(title)}
        <div class="skeleton" aria-busy="true" part="loading"><span></span><span></span></div>`;
    const skipped = this.#licenses.length - deletable.length;
    const result = review.value;
    return html`<form class="stack" novalidate @submit=${this.#onDelete}>
      ${heading(title)}
      <p>${t('bulk.deleteReview', { count: result.deleted })}</p>
      ${skipped ? html`<p class="muted">${t('bulk.deleteSkips', { count: skipped })}</p>` : nothing}
      ${renderDeletion(host, result)} ${formMessage(form)}
      ${formActions(form, i18n, {
        submit: t('delete.confirm', { count: result.deleted }),
        tone: 'danger',
        cancel: () => host.close(),
      })}
    </form>`;
  }

  /**
   * Reads the selection's licenses again and reviews them anew: those deleted meanwhile leave the selection (and
   * the table is read again), those assigned meanwhile are counted as assigned.
   */
  async #reread() {
    const { host } = this;
    const fresh = await Promise.all(this.#licenses.map((l) => host.refresh(l.id)));
    const gone = this.#licenses.filter((_, i) => !fresh[i]).map((l) => l.id);
    if (gone.length) {
      host.deselect(gone);
      host.changed();
    }
    this.#licenses = fresh.filter((l): l is License => !!l);
    this.#rev++;
    host.requestUpdate();
  }

  /** Deletes exactly the licenses the review listed. */
  #onDelete = async (e: Event) => {
    e.preventDefault();
    const { host, form } = this;
    const reviewed = this.#review.value;
    const client = host.store?.client;
    if (!reviewed || !client || form.busy) return;
    const body = { licenseIds: reviewed.deletedLicenseIds };
    const outcome = await form.submit(() =>
      client.licenses.delete(body, { idempotencyKey: this.#keys.for('delete', body) }),
    );
    if (!outcome.ok) {
      // Someone assigned or deleted one of them meanwhile: review the selection as it is now.
      if (outcome.problem && ['license_already_assigned', 'not_found'].includes(outcome.problem.code))
        await this.#reread();
      return;
    }
    const result = outcome.value;
    deleted(host, result);
    host.say(host.t('bulk.deleted', { count: result.deleted }));
    host.close();
  };

  // ——— move ———

  /** The cost center chosen: its id, `null` for none, `undefined` while none is chosen. */
  #target(): string | null | undefined {
    const value = this.form.value('costCenterId');
    return value === NONE ? null : value || undefined;
  }

  #centerName(id: string | null): string {
    const { t } = this.host;
    if (id === null) return t('bulk.noCenter');
    return this.#search.found?.page.items.find((c) => c.id === id)?.code ?? this.#search.labels.get(id) ?? id;
  }

  #renderMove() {
    const { host, form } = this;
    const { t, i18n } = host;
    const title = heading(t('bulk.moveTitle'));
    const target = this.#target();
    const moving =
      target === undefined ? [] : this.#licenses.filter((l) => (l.costCenter?.id ?? null) !== target);
    const from = new Map<string | null, number>();
    for (const l of moving) from.set(l.costCenter?.id ?? null, (from.get(l.costCenter?.id ?? null) ?? 0) + 1);
    const staying = this.#licenses.length - moving.length;
    return html`<form class="stack" novalidate @submit=${this.#onMove}>
      ${title} ${this.#list(this.#licenses)} ${this.#search.render()}
      ${field(form, {
        name: 'costCenterId',
        label: t('bulk.moveTo'),
        type: 'select',
        options: [
          ...this.#search.options(form.value('costCenterId')),
          { value: NONE, label: t('bulk.noCenter') },
        ],
      })}
      ${
        target === undefined
          ? nothing
          : moving.length
            ? html`<div class="stack" part="review">
                <p>${t('bulk.moveReview', { count: moving.length, center: this.#centerName(target) })}</p>
                <ul class="bullets">
                  ${[...from].map(
                    ([id, count]) =>
                      html`<li>
                        ${t('bulk.moveFrom', {
                          center: id === null ? t('bulk.noCenter') : this.#centerOf(id),
                          count: i18n.number(count),
                        })}
                      </li>`,
                  )}
                </ul>
                ${staying ? html`<p class="muted">${t('bulk.moveAlready', { count: staying })}</p>` : nothing}
              </div>`
            : html`<p class="muted">${t('bulk.moveNothing')}</p>`
      }
      ${formMessage(form)}
      ${formActions(form, i18n, {
        submit: t('bulk.moveSubmit', { count: target === undefined ? this.#licenses.length : moving.length }),
        cancel: () => host.close(),
        disabled: target !== undefined && !moving.length,
      })}
    </form>`;
  }

  /** A source cost center's code, as the licenses show it (it may not be on the select's first page). */
  #centerOf(id: string): string {
    return this.#licenses.find((l) => l.costCenter?.id === id)?.costCenter?.code ?? this.#centerName(id);
  }

  #onMove = async (e: Event) => {
    e.preventDefault();
    const { host, form } = this;
    const client = host.store?.client;
    const target = this.#target();
    if (!form.check({ costCenterId: target === undefined ? host.t('bulk.pickCenter') : undefined })) return;
    if (!client || form.busy || target === undefined) return;
    const body = { licenseIds: this.#licenses.map((l) => l.id), costCenterId: target };
    if (this.#licenses.every((l) => (l.costCenter?.id ?? null) === target)) return;
    const outcome = await form.submit(
      () => client.licenses.move(body, { idempotencyKey: this.#keys.for('move', body) }),
      { fields: ['costCenterId'] },
    );
    if (!outcome.ok) return;
    const result = outcome.value;
    for (const license of result.licenses) host.patch(license);
    host.emit('allot-licenses-moved', {
      licenseIds: result.licenses.map((l) => l.id),
      costCenterId: target,
      moved: result.moved,
    });
    host.changed();
    host.say(host.t('bulk.moved', { count: result.moved, center: this.#centerName(target) }));
    host.close();
  };
}
