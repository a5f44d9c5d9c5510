import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Data, Item } from '@allot/sdk';
import { AllotElement } from '../base/allot-element.js';
import { inactiveMembersPrunerStrings } from '../locales/catalogue.js';
import { controls } from '../base/controls.js';
import { saveFile } from '../base/download.js';
import { focusFirstError, FormState, formMessage } from '../base/form.js';
import { PagedList, type PagedView } from '../base/paged.js';
import type { AllotStore, Topic } from '../base/store.js';
import type { ExportDownloadedDetail } from '../events/inactive-members-pruner.js';
import { styles } from './inactive-members-pruner.styles.js';
import type { PrunerDialogs, TeamAction } from './prune-dialogs.js';
import { renderExcluded } from './prune-job.js';

type Me = Data<'getMe'>;
type Permission = Me['permissions'][number];
type Billing = Data<'getWorkspaceBilling'>;
type Team = Item<'listTeams'>;
type Member = Item<'listMembers'>;
type Invoice = Item<'listInvoices'>;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` (UTC, as the service bills) of an instant in epoch ms, `months` later (negative: earlier). */
function monthOf(at: number, months = 0): string {
  const date = new Date(at);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)).toISOString().slice(0, 7);
}

/**
 * The members and billing of a workspace: the billing mode and billed units now and next month, teams with
 * archive / unarchive (the change in billed units is shown before confirming), the inactive members (in no
 * active team) with who is never removed and why, and "Remove inactive members": a preview, a confirmation that
 * says they lose access at once, a job with progress, and who was removed. Admins also download the monthly
 * export of billed license holders (CSV) and invoice PDFs. A user manager sees everything but changes nothing.
 *
 * @tagname inactive-members-pruner
 * @summary Billing mode and units, teams, inactive members and their removal, exports and invoices.
 *
 * @event {CustomEvent<TeamArchivedDetail>} allot-team-archived - A team was archived (billed until the month ends).
 * @event {CustomEvent<TeamArchivedDetail>} allot-team-unarchived - A team was made active again.
 * @event {CustomEvent<MembersPrunedDetail>} allot-members-pruned - Inactive members were removed; they lost access.
 * @event {CustomEvent<ExportDownloadedDetail>} allot-export-downloaded - The monthly CSV or an invoice PDF was saved.
 * @event {CustomEvent<ErrorDetail>} allot-error - A request failed; the widget shows why.
 *
 * @csspart card - The whole widget.
 * @csspart header - The title row.
 * @csspart button - Every button.
 * @csspart billing - The billing mode and billed units.
 * @csspart figure - A billed-units figure.
 * @csspart teams - The teams section.
 * @csspart team - One team row.
 * @csspart badge - A status badge.
 * @csspart inactive - The inactive members section.
 * @csspart excluded - The members who are never removed.
 * @csspart remove-button - The "Remove inactive members" button (also has part `button`).
 * @csspart documents - The export and invoices section.
 * @csspart invoice - One invoice row.
 * @csspart search - A search field.
 * @csspart dialog - The dialog of a confirmation or of the removal.
 * @csspart units-change - The billed units before and after a change.
 * @csspart job - The progress or result of a removal.
 * @csspart progress - The progress bar of a removal.
 * @csspart removed - Who was removed.
 * @csspart not-removed - Who was not removed, and why.
 * @csspart field - A labelled form control.
 * @csspart form-error - A form's error message.
 * @csspart status - The live region announcing outcomes.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart forbidden - Shown when the user may not see members.
 * @csspart empty - Shown when there is nothing to list.
 *
 * @cssproperty --allot-inactive-members-pruner-card-background - Background of the widget.
 * @cssproperty --allot-inactive-members-pruner-figure-color - Colour of the billed-units figures.
 * @cssproperty --allot-inactive-members-pruner-progress-color - Colour of the progress bar.
 * @cssproperty --allot-sys-color-primary - System token: primary colour (and every other `--allot-sys-*`).
 */
export class InactiveMembersPruner extends AllotElement {
  static readonly baseName = 'inactive-members-pruner';
  static override strings = [inactiveMembersPrunerStrings];
  static override styles = [...AllotElement.styles, controls, styles];

  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
    pollInterval: { attribute: 'poll-interval', type: Number },
  };

  /** Teams, members and invoices per page. */
  declare pageSize: number;
  /** Milliseconds between two looks at the progress of a removal. */
  declare pollInterval: number;

  protected override readonly topics: readonly Topic[] = ['me', 'workspace', 'billing'];

  readonly #t = this.i18n.scoped('inactiveMembersPruner');
  #dialogs: PrunerDialogs | undefined;
  #busy: string | undefined;
  #exportForm = new FormState(this);
  #rowErrors = new Map<string, string>();
  #query = { teams: '', members: '' };
  #typed = { teams: '', members: '' };
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #opener: HTMLElement | null = null;

  constructor() {
    super();
    this.pageSize = 20;
    this.pollInterval = 1000;
  }

  #overview = new Task(this, {
    args: () => [this.store, this.revision] as const,
    task: async ([store], { signal }): Promise<{ me: Me; billing: Billing | undefined } | undefined> => {
      if (!store) return undefined;
      const me = await store.read('me', ['me'], () => store.client.me(), signal);
      // Last month by the service's clock, known once it answered; a month the user typed stays.
      if (!this.#exportForm.value('month')) this.#exportForm.reset({ month: monthOf(store.now(), -1) });
      if (!me.permissions.includes('members:read')) return { me, billing: undefined };
      const billing = await store.read(
        'workspace:billing',
        ['workspace'],
        () => store.client.workspace.billing(),
        signal,
      );
      return { me, billing };
    },
  });

  /** The preview behind "never removed" (who is kept, and why); only for those who may remove. */
  #exclusions = new Task(this, {
    args: () => [this.store, this.revision, this.#can('members:remove')] as const,
    task: async ([store, , may], { signal }) =>
      store && may
        ? store.read('workspace:preview', ['workspace'], () => store.client.members.previewPrune({}), signal)
        : undefined,
  });

  #teams = new PagedList<Team, readonly [AllotStore | undefined, number, string, number, boolean]>(
    this,
    () => [this.store, this.revision, this.#query.teams, this.pageSize, this.#can('members:read')] as const,
    async ([store, , q, limit, may], cursor, signal) => {
      if (!store || !may) return undefined;
      const query = { ...(q && { q }), limit, ...(cursor && { cursor }) };
      return cursor
        ? store.client.workspace.teams.list(query)
        : store.read(
            `workspace:teams:${q}:${limit}`,
            ['workspace'],
            () => store.client.workspace.teams.list(query),
            signal,
          );
    },
  );

  #members = new PagedList<Member, readonly [AllotStore | undefined, number, string, number, boolean]>(
    this,
    () => [this.store, this.revision, this.#query.members, this.pageSize, this.#can('members:read')] as const,
    async ([store, , q, limit, may], cursor, signal) => {
      if (!store || !may) return undefined;
      const query = { status: 'inactive' as const, ...(q && { q }), limit, ...(cursor && { cursor }) };
      return cursor
        ? store.client.members.list(query)
        : store.read(
            `workspace:inactive:${q}:${limit}`,
            ['workspace'],
            () => store.client.members.list(query),
            signal,
          );
    },
  );

  #invoices = new PagedList<Invoice, readonly [AllotStore | undefined, number, number, boolean]>(
    this,
    () => [this.store, this.revision, this.pageSize, this.#can('billing:read')] as const,
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

  #can(permission: Permission): boolean {
    return this.#overview.value?.me.permissions.includes(permission) ?? false;
  }

  // ——— lifecycle ———

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#dialogs?.disconnect();
    clearTimeout(this.#debounce);
  }

  protected override updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.#dialogs?.panel && dialog && !dialog.open) {
      dialog.showModal();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#dialog-title')?.focus(),
      );
    }
  }

  // ——— handlers ———

  #search(list: 'teams' | 'members', value: string) {
    this.#typed = { ...this.#typed, [list]: value };
    clearTimeout(this.#debounce);
    // Typing settles before asking the API.
    this.#debounce = setTimeout(() => {
      this.#query = { ...this.#query, [list]: value.trim() };
      this.requestUpdate();
    }, 250);
    this.requestUpdate();
  }

  async #more(list: PagedView<unknown>, key: string) {
    this.#rowErrors.delete(key);
    try {
      const count = await list.more();
      void this.announce(this.#t('loaded', { count }), 'info');
    } catch (error) {
      this.#rowError(key, error);
    }
  }

  #rowError(key: string, error: unknown) {
    const problem = this.problem(error);
    if (!problem) return;
    this.#rowErrors.set(key, problem.message);
    void this.announce(problem.message, 'error');
    this.requestUpdate();
  }

  /** Runs `action` for the button that was pressed (`key`), showing an error under it if it fails. */
  async #busyWith(key: string, event: Event, action: (store: AllotStore) => Promise<void>) {
    const store = this.store;
    if (!store || this.#busy) return;
    this.#opener = event.currentTarget as HTMLElement;
    this.#busy = key;
    this.#rowErrors.delete(key);
    this.requestUpdate();
    try {
      await action(store);
    } catch (error) {
      this.#rowError(key, error);
    } finally {
      this.#busy = undefined;
      this.requestUpdate();
    }
  }

  /** The dialogs, loaded the first time one opens: nothing of them is needed before a click. */
  async #loadDialogs(): Promise<PrunerDialogs> {
    if (!this.#dialogs) {
      const { PrunerDialogs, dialogStyles } = await import('./prune-dialogs.js');
      this.adoptStyles(dialogStyles);
      this.#dialogs ??= new PrunerDialogs(this.api(), {
        pollInterval: () => this.pollInterval,
        nextBillingDate: () => this.#overview.value?.billing?.nextBillingDate,
        close: () => this.#close(),
      });
    }
    return this.#dialogs;
  }

  #previewTeam(team: Team, action: TeamAction, event: Event) {
    void this.#busyWith(team.id, event, async (store) => {
      await (await this.#loadDialogs()).previewTeam(store, team, action);
      this.announcement = '';
    });
  }

  #openPrune(event: Event) {
    void this.#busyWith('prune', event, async (store) => {
      await (await this.#loadDialogs()).previewPrune(store);
      this.announcement = '';
    });
  }

  #close() {
    // Forget the panel now: a render before the `close` event must not open the dialog again.
    this.#dialogs?.closed();
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onDialogClose = () => {
    this.#dialogs?.closed();
    this.requestUpdate();
    const opener = this.#opener;
    this.#opener = null;
    void this.updateComplete.then(() =>
      (opener?.isConnected ? opener : this.renderRoot.querySelector<HTMLElement>('#title'))?.focus(),
    );
  };

  #onExport = (event: Event) => {
    event.preventDefault();
    const form = this.#exportForm;
    const month = form.value('month');
    if (!form.check({ month: MONTH.test(month) ? undefined : this.i18n.t('field.required') })) {
      return void focusFirstError(this);
    }
    void this.#busyWith('export', event, async (store) => {
      form.busy = true;
      try {
        const csv = await store.client.billing.exportLicenseHolders({ month });
        this.#saved(new Blob([csv], { type: 'text/csv;charset=utf-8' }), {
          kind: 'billed-license-holders',
          filename: `billed-license-holders-${month}.csv`,
          month,
        });
        form.busy = false;
      } catch (error) {
        const problem = this.problem(error, { fields: ['month'] });
        // The month is well formed by now: what the API refuses is a month that has not begun.
        if (problem?.fields['month']) problem.fields['month'] = this.#t('futureMonth');
        form.fail(problem);
        void this.announce(form.summary, 'error');
        void focusFirstError(this);
      }
    });
  };

  #downloadInvoice(invoice: Invoice, event: Event) {
    void this.#busyWith(invoice.id, event, async (store) => {
      const pdf = await store.client.billing.invoices.pdf(invoice.id);
      this.#saved(pdf, { kind: 'invoice', filename: `${invoice.number}.pdf`, invoiceId: invoice.id });
    });
  }

  #saved(blob: Blob, detail: ExportDownloadedDetail) {
    saveFile(blob, detail.filename);
    this.emit('allot-export-downloaded', detail);
    void this.announce(this.#t('downloaded', { filename: detail.filename }));
  }

  // ——— render ———

  protected override render() {
    const t = this.#t;
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const overview = this.#overview.value;
    const status = this.#overview.status;
    return html`<section class="card" part="card" aria-labelledby="title">
        <header class="row" part="header">
          <h2 id="title" tabindex="-1">${t('title')}</h2>
        </header>
        ${this.#dialogs?.panel ? nothing : this.renderStatus()}
        ${
          status === TaskStatus.ERROR
            ? this.renderError(this.#overview.error, () => void this.#overview.run())
            : !overview
              ? this.renderLoading()
              : !overview.billing
                ? this.renderForbidden()
                : this.#renderContent(overview.billing)
        }
      </section>
      ${this.#renderDialog()}`;
  }

  #renderContent(billing: Billing) {
    const t = this.#t;
    return html`${this.#renderBilling(billing)}
    ${this.#can('members:remove') ? nothing : html`<p class="alert info">${t('readOnly')}</p>`}
    ${this.#renderTeams()} ${this.#renderInactive(billing)} ${this.#renderDocuments()}`;
  }

  #renderBilling(billing: Billing) {
    const t = this.#t;
    const n = (value: number) => this.i18n.number(value);
    return html`<section class="billing" part="billing" aria-labelledby="billing-title">
      <h3 id="billing-title">${t('billing')}</h3>
      <p>
        <span class="visually-hidden">${t('mode')}:</span>
        <span class="badge accent" part="badge">${t(`mode.${billing.mode}`)}</span>
        <span class="muted">${t(`modeHint.${billing.mode}`)}</span>
      </p>
      <dl class="figures">
        <div>
          <dt>${t('unitsNow')}</dt>
          <dd class="figure" part="figure">${n(billing.billedUnits.current)}</dd>
        </div>
        <div>
          <dt>${t('unitsNext', { date: this.i18n.day(billing.nextBillingDate) })}</dt>
          <dd class="figure" part="figure">${n(billing.billedUnits.nextMonth)}</dd>
        </div>
        <div>
          <dt>${t('unitPrice')}</dt>
          <dd>${this.i18n.money(billing.unitPrice)}</dd>
        </div>
      </dl>
      <dl class="counts small">
        <div>
          <dt>${t('activeTeams')}</dt>
          <dd>${n(billing.counts.activeTeams)}</dd>
        </div>
        <div>
          <dt>${t('archivedTeams')}</dt>
          <dd>${n(billing.counts.archivedTeams)}</dd>
        </div>
        <div>
          <dt>${t('activeMembers')}</dt>
          <dd>${n(billing.counts.activeMembers)}</dd>
        </div>
        <div>
          <dt>${t('inactiveMembers')}</dt>
          <dd>${n(billing.counts.inactiveMembers)}</dd>
        </div>
      </dl>
    </section>`;
  }

  #renderSearch(list: 'teams' | 'members', label: string) {
    return html`<div class="field search" part="field search">
      <label for="q-${list}">${label}</label>
      <input
        id="q-${list}"
        type="search"
        autocomplete="off"
        maxlength="100"
        .value=${live(this.#typed[list])}
        @input=${(e: Event) => this.#search(list, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  /** The rows of a list, its loading / error / empty states, and "Show more". */
  #renderList<T>(list: PagedView<T>, key: string, empty: string, table: (items: T[]) => TemplateResult) {
    const t = this.#t;
    const items = list.items;
    if (list.status === TaskStatus.ERROR) return this.renderError(list.error, () => list.reload());
    // While a search or a change elsewhere reloads the list, the rows stay (and keep the focus) until it arrives.
    if (!items) return this.renderLoading();
    const error = this.#rowErrors.get(key);
    return html`<div class="list" aria-busy=${list.pending}>
        ${items.length ? table(items) : this.renderEmpty(empty)}
      </div>
      ${
        list.hasMore
          ? html`<button
              type="button"
              part="button"
              class="link"
              aria-disabled=${list.loadingMore}
              @click=${() => void this.#more(list, key)}
            >
              ${list.loadingMore ? this.i18n.t('action.working') : t('more')}
            </button>`
          : nothing
      }
      ${error ? html`<p class="field-error">${error}</p>` : nothing}`;
  }

  #renderTeams() {
    const t = this.#t;
    const may = this.#can('members:remove');
    return html`<section class="teams" part="teams" aria-labelledby="teams-title">
      <h3 id="teams-title">${t('teams')}</h3>
      ${this.#renderSearch('teams', t('teamsSearch'))}
      ${this.#renderList(
        this.#teams,
        'teams',
        t(this.#query.teams ? 'noTeams' : 'noTeamsYet'),
        (teams) =>
          html`<div class="scroll">
            <table aria-labelledby="teams-title">
              <thead>
                <tr>
                  <th scope="col">${t('team')}</th>
                  <th scope="col">${t('status')}</th>
                  <th scope="col" class="num wide">${t('members')}</th>
                  <th scope="col" class="wide">${t('billedNext')}</th>
                  ${may ? html`<th scope="col"><span class="visually-hidden">${t('archive')}</span></th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  teams,
                  (team) => team.id,
                  (team) => this.#renderTeam(team, may),
                )}
              </tbody>
            </table>
          </div>`,
      )}
    </section>`;
  }

  #renderTeam(team: Team, may: boolean) {
    const t = this.#t;
    const archived = team.status === 'archived';
    const action: TeamAction = archived ? 'unarchive' : 'archive';
    const error = this.#rowErrors.get(team.id);
    return html`<tr part="team">
      <th scope="row">${team.name}</th>
      <td>
        <span class="badge ${archived ? '' : 'accent'}" part="badge"
          >${t(archived ? 'archived' : 'active')}</span
        >
        ${
          team.archivedAt
            ? html`<span class="muted small"
                >${t('archivedOn', { date: this.i18n.date(team.archivedAt) })}</span
              >`
            : nothing
        }
      </td>
      <td class="num wide">${this.i18n.number(team.memberCount)}</td>
      <td class="wide">${t(team.billedNextMonth ? 'yes' : 'no')}</td>
      ${
        may
          ? html`<td>
              <button
                type="button"
                part="button"
                class="link"
                aria-label=${`${t(`${action}`)}: ${team.name}`}
                aria-disabled=${this.#busy === team.id}
                @click=${(e: Event) => this.#previewTeam(team, action, e)}
              >
                ${this.#busy === team.id ? this.i18n.t('action.working') : t(`${action}`)}
              </button>
              ${error ? html`<p class="field-error">${error}</p>` : nothing}
            </td>`
          : nothing
      }
    </tr>`;
  }

  #renderInactive(billing: Billing) {
    const t = this.#t;
    const list = this.#members;
    const count = list.total ?? billing.counts.inactiveMembers;
    return html`<section class="inactive" part="inactive" aria-labelledby="inactive-title">
      <div class="row">
        <h3 id="inactive-title">${t('inactiveMembers')}</h3>
        <span class="badge" part="badge">${t('inactiveCount', { count })}</span>
      </div>
      <p class="muted">${t('inactiveHint')}</p>
      ${this.#renderRemove()} ${this.#renderExcluded()} ${this.#renderSearch('members', t('inactiveSearch'))}
      ${this.#renderList(
        list,
        'members',
        t(this.#query.members ? 'noMatch' : 'noInactive'),
        (members) =>
          html`<div class="scroll">
            <table aria-labelledby="inactive-title">
              <thead>
                <tr>
                  <th scope="col">${t('member')}</th>
                  <th scope="col">${t('lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  members,
                  (m) => m.id,
                  (m) =>
                    html`<tr>
                      <th scope="row">
                        ${m.user.name} <span class="muted small email">${m.user.email}</span>
                      </th>
                      <td>${m.lastSeenAt ? this.i18n.date(m.lastSeenAt) : t('never')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
      )}
    </section>`;
  }

  #renderRemove() {
    const t = this.#t;
    if (!this.#can('members:remove')) return nothing;
    const running = this.#dialogs?.renderInlineJob() ?? nothing;
    if (running !== nothing) return running;
    const preview = this.#exclusions.value;
    const none = preview?.count === 0;
    const busy = this.#busy === 'prune';
    const error = this.#rowErrors.get('prune');
    return html`<div class="remove">
      <button
        type="button"
        class="danger"
        part="button remove-button"
        aria-disabled=${busy || none}
        aria-describedby=${ifDefined(none ? 'nothing-to-remove' : undefined)}
        @click=${(e: Event) => (none ? undefined : this.#openPrune(e))}
      >
        ${busy ? this.i18n.t('action.working') : t('removeOpen')}
      </button>
      ${none ? html`<p class="hint" id="nothing-to-remove">${t('nothingToRemove')}</p>` : nothing}
      ${error ? html`<p class="field-error">${error}</p>` : nothing}
    </div>`;
  }

  #renderExcluded() {
    const task = this.#exclusions;
    if (task.status === TaskStatus.ERROR) return this.renderError(task.error, () => void task.run());
    if (!task.value) return task.status === TaskStatus.PENDING ? this.renderLoading() : nothing;
    const excluded = task.value.excluded;
    return html`<div aria-busy=${task.status === TaskStatus.PENDING}>
      ${excluded.length ? renderExcluded(this.i18n, excluded) : nothing}
    </div>`;
  }

  #renderDocuments() {
    const t = this.#t;
    if (!this.#can('billing:read')) {
      return html`<p class="muted">${t('noBilling')}</p>`;
    }
    const form = this.#exportForm;
    const error = form.errors['month'];
    return html`<section class="documents" part="documents" aria-labelledby="export-title">
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
              max=${monthOf(this.now())}
              aria-invalid=${ifDefined(error ? 'true' : undefined)}
              aria-describedby=${ifDefined(error ? 'f-month-error' : undefined)}
              .value=${live(form.value('month'))}
              @input=${(e: Event) => form.set('month', (e.target as HTMLInputElement).value)}
            />
          </div>
          <button type="submit" part="button" aria-disabled=${form.busy}>
            ${this.#busy === 'export' ? this.i18n.t('action.working') : t('downloadCsv')}
          </button>
        </div>
        ${error ? html`<p class="field-error" id="f-month-error">${error}</p>` : nothing} ${formMessage(form)}
      </form>
      <h3 id="invoices-title">${t('invoices')}</h3>
      ${this.#renderList(
        this.#invoices,
        'invoices',
        t('noInvoices'),
        (invoices) =>
          html`<div class="scroll">
            <table aria-labelledby="invoices-title">
              <thead>
                <tr>
                  <th scope="col">${t('invoice')}</th>
                  <th scope="col">${t('period')}</th>
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
    const error = this.#rowErrors.get(invoice.id);
    return html`<tr part="invoice">
      <th scope="row">${invoice.number}</th>
      <td class="nowrap">
        ${t('range', {
          start: this.i18n.day(invoice.periodStart),
          end: this.i18n.day(invoice.periodEnd),
        })}
      </td>
      <td class="num nowrap">${this.i18n.money(invoice.amount)}</td>
      <td>
        <span class="badge ${invoice.status === 'open' ? 'accent' : ''}" part="badge"
          >${t(`invoiceStatus.${invoice.status}`)}</span
        >
        ${
          invoice.status === 'open'
            ? html`<span class="muted small">${t('due', { date: this.i18n.date(invoice.dueAt) })}</span>`
            : nothing
        }
      </td>
      <td>
        <button
          type="button"
          part="button"
          class="link"
          aria-label=${`${t('pdf')}: ${invoice.number}`}
          aria-disabled=${this.#busy === invoice.id}
          @click=${(e: Event) => this.#downloadInvoice(invoice, e)}
        >
          ${this.#busy === invoice.id ? this.i18n.t('action.working') : t('pdf')}
        </button>
        ${error ? html`<p class="field-error">${error}</p>` : nothing}
      </td>
    </tr>`;
  }

  #renderDialog() {
    const panel = this.#dialogs?.panel;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
      ${
        panel
          ? html`${this.#dialogs?.render()} ${this.renderStatus()}
              <button type="button" class="link close" part="button" @click=${() => this.#close()}>
                ${this.i18n.t('action.close')}
              </button>`
          : nothing
      }
    </dialog>`;
  }
}
