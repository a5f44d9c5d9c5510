import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Data, Item } from '@allot/sdk';
import { AllotElement } from '../base/allot-element.js';
import { inactiveMembersPrunerStrings } from '../locales/catalogue.js';
import { controls } from '../base/controls.js';
import { ActionController } from '../base/controllers/actions.js';
import { DialogController } from '../base/controllers/dialog.js';
import type { LazyPart } from '../base/controllers/lazy-part.js';
import { PagedList, renderMore, type PagedView } from '../base/controllers/paged.js';
import { loadable } from '../base/controllers/state.js';
import { guardedButton, renderReason, type WidgetPermissions } from '../base/permission.js';
import type { AllotStore, Topic } from '../base/store.js';
import { styles } from './inactive-members-pruner.styles.js';
import type { Panel, PrunerDialogs } from './prune-dialogs.js';
import { renderExcluded } from './prune-job.js';
import { DocumentsSection } from './pruner-documents.js';
import { PRUNER_REASON, renderBilling, renderMembers, renderSearch, renderTeams } from './pruner-sections.js';

type Me = Data<'getMe'>;
type Permission = Me['permissions'][number];
type Billing = Data<'getWorkspaceBilling'>;
type Team = Item<'listTeams'>;
type Member = Item<'listMembers'>;

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
 * @csspart holdings - In the removal dialog, under a member, the licenses and queues removing them frees.
 * @csspart members-changing - In a team's archive or unarchive dialog, the members it makes inactive or active.
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
  /** Mint this widget's token with these (the widgets README: Permissions). */
  static override permissions: WidgetPermissions = {
    read: ['members:read', 'billing:read'],
    act: ['members:remove'],
  };
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
  readonly #rows = new ActionController(this, this.reporter);
  #query = { teams: '', members: '' };
  #typed = { teams: '', members: '' };
  #debounce: ReturnType<typeof setTimeout> | undefined;
  readonly #dialog: DialogController<Panel> = new DialogController<Panel>(this, {
    busy: () => this.#dialogs.value?.form.busy ?? false,
    onClosed: () => this.#dialogs.value?.closed(),
    focus: '#dialog-title',
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#title'),
  });
  // The dialogs, loaded the first time one opens: nothing of them is needed before a click.
  readonly #dialogs: LazyPart<PrunerDialogs> = this.lazyPart<PrunerDialogs>(async () => {
    const { PrunerDialogs, dialogStyles, strings } = await import('./prune-dialogs.js');
    return {
      styles: [dialogStyles],
      strings,
      create: () =>
        new PrunerDialogs(this.api(), {
          pollInterval: () => this.pollInterval,
          nextBillingDate: () => this.#overview.value?.billing?.nextBillingDate,
          dialog: this.#dialog,
        }),
    };
  });
  readonly #documents = new DocumentsSection(this.api(), this.#rows, () => [
    this.pageSize,
    this.#can('billing:read'),
  ]);

  constructor() {
    super();
    this.pageSize = 20;
    this.pollInterval = 1000;
  }

  #overview = new Task(this, {
    args: () => [this.store, this.revision] as const,
    task: async ([store], { signal }): Promise<{ me: Me; billing: Billing | undefined } | undefined> => {
      if (!store) return undefined;
      const me = await this.readMe(store, signal);
      // Last month by the service's clock, known once it answered; a month the user typed stays.
      this.#documents.defaultMonth(store.now());
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

  #can(permission: Permission): boolean {
    return this.#overview.value?.me.permissions.includes(permission) ?? false;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#dialogs.value?.disconnect();
    clearTimeout(this.#debounce);
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

  /** Asks the API what a step would change (archive a team, remove the inactive), then shows it to confirm. */
  #preview(key: string, show: (dialogs: PrunerDialogs, store: AllotStore) => Promise<void>) {
    const store = this.store;
    if (!store) return;
    // The dialog opens on the button pressed, which keeps focus meanwhile: it gets it back on close.
    void this.#rows.run(key, async () => {
      const dialogs = await this.#dialogs.get();
      await show(dialogs, store);
      this.announcement = '';
      return undefined;
    });
  }

  // ——— render ———

  protected override render() {
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const region = this.regionName('title');
    return html`<section
        class="card"
        part="card"
        aria-labelledby=${region.labelledby}
        aria-label=${region.label}
      >
        <header class="row" part="header">
          <h2 id="title" tabindex="-1">${this.#t('title')}</h2>
        </header>
        ${this.#dialog.isOpen ? nothing : this.renderStatus()}
        ${this.renderState(loadable(this.#overview), {
          ready: ({ billing }) => (billing ? this.#renderContent(billing) : this.renderForbidden()),
        })}
      </section>
      ${this.#dialog.render(
        () =>
          html`${this.#dialogs.value?.render()} ${this.renderStatus()}
            <button type="button" class="link close" part="button" @click=${() => this.#dialog.close()}>
              ${this.i18n.t('action.close')}
            </button>`,
      )}`;
  }

  #renderContent(billing: Billing) {
    return html`${renderBilling(this.i18n, billing)}
    ${renderReason(
      PRUNER_REASON,
      this.reasonFor(['members:remove'], this.#t('readOnly')),
      !this.#can('members:remove'),
    )}
    ${this.#renderTeams()} ${this.#renderInactive(billing)}
    ${this.#documents.render(
      this.#renderList,
      this.#can('billing:read'),
      this.reasonFor(['billing:read'], this.#t('noBilling')),
    )}`;
  }

  /** The rows of a list, its loading / error / empty states, and "Show more". */
  #renderList = <T>(
    list: PagedView<T>,
    key: string,
    empty: string,
    table: (items: T[]) => TemplateResult,
  ) => {
    const error = this.#rows.error(key);
    // While a search or a change elsewhere reloads the list, the rows stay (and keep the focus) until it arrives.
    return html`${this.renderState(list.loadable, {
      ready: (items) =>
        html`<div class="list" aria-busy=${list.pending}>
          ${items.length ? table(items) : this.renderEmpty(empty)}
        </div>`,
    })}
    ${renderMore(list, this.#t('more'), this.i18n.t('action.working'), () => {
      void this.#rows.run(key, async () => this.#t('loaded', { count: await list.more() }));
    })}
    ${error ? html`<p class="field-error">${error}</p>` : nothing}`;
  };

  #renderTeams() {
    const t = this.#t;
    const may = this.#can('members:remove');
    return html`<section class="teams" part="teams">
      <h3 id="teams-title">${t('teams')}</h3>
      ${renderSearch('teams', t('teamsSearch'), this.#typed.teams, (q) => this.#search('teams', q))}
      ${this.#renderList(this.#teams, 'teams', t(this.#query.teams ? 'noTeams' : 'noTeamsYet'), (teams) =>
        renderTeams(this.i18n, teams, {
          actions: this.#rows,
          may,
          act: (team, action) =>
            this.#preview(team.id, (dialogs, store) => dialogs.previewTeam(store, team, action)),
        }),
      )}
    </section>`;
  }

  #renderInactive(billing: Billing) {
    const t = this.#t;
    const list = this.#members;
    const count = list.total ?? billing.counts.inactiveMembers;
    return html`<section class="inactive" part="inactive">
      <div class="row">
        <h3 id="inactive-title">${t('inactiveMembers')}</h3>
        <span class="badge" part="badge">${t('inactiveCount', { count })}</span>
      </div>
      <p class="muted">${t('inactiveHint')}</p>
      ${this.#renderRemove()} ${this.#renderExcluded()}
      ${renderSearch('members', t('inactiveSearch'), this.#typed.members, (q) => this.#search('members', q))}
      ${this.#renderList(list, 'members', t(this.#query.members ? 'noMatch' : 'noInactive'), (members) =>
        renderMembers(this.i18n, members),
      )}
    </section>`;
  }

  #renderRemove() {
    const t = this.#t;
    const may = this.#can('members:remove');
    const running = (may && this.#dialogs.value?.renderInlineJob()) || nothing;
    if (running !== nothing) return running;
    const none = this.#exclusions.value?.count === 0;
    const busy = this.#rows.busy('prune');
    const error = this.#rows.error('prune');
    // Disabled with its reason: the role's (no `members:remove`), or nobody left to remove.
    return html`<div class="remove">
      ${guardedButton({
        allowed: may && !none,
        busy,
        reasonId: may ? 'nothing-to-remove' : PRUNER_REASON,
        className: 'danger',
        part: 'button remove-button',
        label: busy ? this.i18n.t('action.working') : t('removeOpen'),
        onClick: () => this.#preview('prune', (dialogs, store) => dialogs.previewPrune(store)),
      })}
      ${renderReason('nothing-to-remove', t('nothingToRemove'), may && none)}
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
}
