import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { WidgetPermissions } from '../base/permission.js';
import { AllotElement } from '../base/allot-element.js';
import { DialogController } from '../base/controllers/dialog.js';
import { GridNavigation } from '../base/controllers/grid-navigation.js';
import type { LazyPart } from '../base/controllers/lazy-part.js';
import { VirtualWindow } from '../base/controllers/virtual-window.js';
import { licenseTableStrings } from '../locales/catalogue.js';
import type { Topic } from '../base/store.js';
import type { CostCenterPanel } from './cost-center-filter.js';
import type { LicenseFlows, Panel } from './flows.js';
import type { Host, License, Permission } from './host.js';
import { LAST, renderGrid } from './license-grid.js';
import { createHost, OWN_WORDING } from './license-host.js';
import { LicenseQuery } from './license-query.js';
import { LicenseRows } from './license-rows.js';
import { renderMainActions, renderSummary, renderToolbar } from './license-toolbar.js';
import { styles } from './license-table.styles.js';

const OVERSCAN = 6;

/**
 * The licenses of a portal, one row per seat: type, who it is assigned to ("N/A" when free), extension, cost
 * center and date added. Searched, filtered (cost centers, product, assigned or not), sorted and counted by the
 * server; the body is virtualised and pages in as it scrolls, so 100,000 licenses stay smooth. It is an ARIA
 * grid: arrows move between cells, Home/End, PageUp/PageDown, Enter runs the row's action, Space selects.
 * Admins and user managers assign free licenses and unassign them (back to the pool, after a confirmation),
 * and edit a user's products and feature toggles (removing Connect Standard explains that Contact Center stays
 * billed while the user sits in queues, and can take them out of all of them). Admins buy licenses (cart →
 * cost-center allocation → review → printable statement) and delete unassigned ones (up to "can be deleted",
 * optionally from one cost center; the review names the cost centers that lose seats). Rows selected in the grid
 * can be unassigned, deleted or billed to another cost center together, each after a review.
 * The dialogs' code loads the first time one opens.
 *
 * @tagname license-table
 * @summary License table with assignment, per-user products, purchase with cost centers and deletion.
 *
 * @event {CustomEvent<LicenseAssignedDetail>} allot-license-assigned - A free license was assigned to a user.
 * @event {CustomEvent<LicenseUnassignedDetail>} allot-license-unassigned - A license went back to the pool.
 * @event {CustomEvent<LicensesPurchasedDetail>} allot-licenses-purchased - Licenses were bought.
 * @event {CustomEvent<LicensesDeletedDetail>} allot-licenses-deleted - Unassigned licenses were deleted.
 * @event {CustomEvent<LicensesMovedDetail>} allot-licenses-moved - Licenses are billed to another cost center.
 * @event {CustomEvent<UserProductsChangedDetail>} allot-user-products-changed - A user's products or queues changed.
 * @event {CustomEvent<ErrorDetail>} allot-error - A request failed; the widget shows why.
 *
 * @csspart card - The whole widget.
 * @csspart header - The title row with the buy and delete buttons.
 * @csspart toolbar - Search and filters.
 * @csspart cost-center-filter - The cost-center filter's panel.
 * @csspart grid - The scrolling license grid.
 * @csspart row - A license row (also `selected-row` when selected).
 * @csspart button - Every button.
 * @csspart notice - A warning shown after a change (Contact Center still billed).
 * @csspart bulk-actions - What can be done with the selected rows (unassign, delete, change cost center).
 * @csspart deletion-products - A deletion's review: per product, how many go and what is left.
 * @csspart deletion-centers - A deletion's review: the cost centers that lose seats.
 * @csspart review - What a change of cost center moves, and from where.
 * @csspart dialog - The dialog of a flow (assign, unassign, products, purchase, delete).
 * @csspart user-picker - The list of users to assign to.
 * @csspart product - One product in a user's products.
 * @csspart warning - The contact-center queues in a user's products.
 * @csspart split - The split editor of the purchase's allocation step.
 * @csspart new-cost-center - The inline form creating a cost center.
 * @csspart statement - The printable statement of an order.
 * @csspart charges - What the order charges today (prorated until the next billing date), with its tax rate.
 * @csspart recurring - What the order's licenses then cost per billing period.
 * @csspart line-price - A cart line's price as it is typed.
 * @csspart field - A labelled form control.
 * @csspart form-error - A form's error message.
 * @csspart status - The live region announcing outcomes.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart forbidden - Shown when the user may not see licenses.
 * @csspart empty - Shown when there is no license.
 *
 * @cssproperty --allot-license-table-row-height - Height of a grid row (default 2.75rem).
 * @cssproperty --allot-license-table-height - Height of the scrolling grid (default 30rem).
 * @cssproperty --allot-license-table-card-background - Background of the widget.
 * @cssproperty --allot-license-table-selected-background - Background of selected rows.
 * @cssproperty --allot-sys-color-primary - System token: primary colour (and every other `--allot-sys-*`).
 */
export class LicenseTable extends AllotElement {
  static readonly baseName = 'license-table';
  static override strings = [licenseTableStrings];
  /** Mint this widget's token with these (the widgets README: Permissions). */
  static override permissions: WidgetPermissions = {
    read: ['licenses:read'],
    act: ['licenses:assign', 'licenses:purchase', 'licenses:delete', 'cost_centers:manage'],
  };
  static override styles = [...AllotElement.styles, styles];

  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
  };

  /** Licenses fetched per page as the grid scrolls (1–200). */
  declare pageSize: number;

  protected override readonly topics: readonly Topic[] = ['me', 'licenses', 'costCenters'];

  readonly #t = this.i18n.scoped('licenseTable');
  readonly #query = new LicenseQuery(this);
  #key = '';
  #listRev = 0;
  #own = false;
  #selected = new Set<string>();
  /** The selected licenses as they were when selected: what a bulk action gets for rows paged out since. */
  #picked = new Map<string, License>();
  #to = 0;
  #centersOpen = false;

  readonly #window = new VirtualWindow(this, {
    viewport: () => this.renderRoot.querySelector('.viewport'),
    rowSelector: '.body [role="row"]',
    overscan: OVERSCAN,
  });
  readonly #nav = new GridNavigation(this, {
    rows: () => this.#rows.count,
    lastColumn: LAST,
    pageRows: () => this.#window.pageRows,
    reveal: (row) => this.#window.reveal(row - 1),
    root: () => this.renderRoot,
    activate: (row, key, cell) => {
      const license = this.#rows.items?.[row - 1];
      // Enter runs the row's action and Space selects it, from a cell without a control of its own.
      if (license && key === ' ') this.#select(license.id);
      else if (license) this.#action(license, cell);
    },
  });
  readonly #dialog: DialogController<Panel> = new DialogController<Panel>(this, {
    busy: () => this.#flows.value?.busy ?? false,
    onClosed: () => this.#flows.value?.closed(),
    // The row that opened the dialog left the list (under a status filter): focus the row now in its place.
    fallbackFocus: () => {
      void this.#nav.move(this.#nav.row, this.#nav.column);
      return null;
    },
  });
  // Everything the dialog shows is its own chunk, loaded the first time it opens.
  readonly #flows: LazyPart<LicenseFlows> = this.lazyPart<LicenseFlows>(async () => {
    const { LicenseFlows, flowStyles, strings } = await import('./flows.js');
    return { styles: [flowStyles], strings, create: () => new LicenseFlows(this.#host) };
  });
  readonly #centers: LazyPart<CostCenterPanel> = this.lazyPart<CostCenterPanel>(async () => {
    const { CostCenterPanel, panelStyles } = await import('./cost-center-filter.js');
    return {
      styles: [panelStyles],
      create: () =>
        new CostCenterPanel(
          this.#host,
          () => this.#query.centers,
          (selected) => this.#query.setCenters(selected),
          (focus) => this.#showCenters(false, focus),
        ),
    };
  });

  readonly #host: Host = createHost(this, {
    i18n: this.i18n,
    t: this.#t,
    reporter: {
      problem: (error, shape) => this.problem(error, { ...shape, messages: OWN_WORDING }),
      announce: (message, tone) => this.announce(message, tone),
    },
    products: () => this.#meta.value?.products ?? [],
    can: (p) => this.#can(p),
    emit: (name, detail) => void this.emit(name, detail),
    changed: (own) => {
      this.#own = own;
      this.store?.changed('licenses');
    },
    close: () => this.#dialog.close(),
    show: (panel, id, opener) => void this.#open(panel, undefined, id, opener),
    patch: (license, pending) => {
      // A selected row may have left the grid (a filter): the selection keeps its latest state too.
      if (this.#picked.has(license.id)) this.#picked.set(license.id, license);
      return this.#rows.patch(license, pending);
    },
    selection: () => {
      const shown = new Map(this.#rows.items?.map((l) => [l.id, l]));
      return [...this.#selected].flatMap((id) => shown.get(id) ?? this.#picked.get(id) ?? []);
    },
    deselect: (ids) => {
      for (const id of ids) this.#select(id, false);
    },
  });

  constructor() {
    super();
    this.pageSize = 100;
  }

  #meta = new Task(this, {
    args: () => [this.store, this.revision] as const,
    task: async ([store], { signal }) => {
      if (!store) return undefined;
      // Who the user is, the catalogue and the first page are asked for at once (no round trip waits for another).
      const [me, products] = await Promise.all([
        this.readMe(store, signal),
        store.read('products', [], () => store.client.products.list(), signal),
      ]);
      return { me, products: products.items };
    },
  });

  readonly #rows = new LicenseRows(
    this,
    () => [this.store, this.#listRev, this.#key] as const,
    this.#query,
    () => this.pageSize,
  );

  /** The ids of the selected licenses. */
  get selectedLicenseIds(): string[] {
    return [...this.#selected];
  }

  #can(permission: Permission): boolean {
    return this.#meta.value?.me.permissions.includes(permission) ?? false;
  }

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // A change made elsewhere reloads the list; one of our own rows was already updated in place.
    if ((changed as Map<PropertyKey, unknown>).get('revision') !== undefined) {
      if (!this.#own) this.#listRev++;
      this.#own = false;
    }
    // Another search, filter or sort starts again from the top.
    const key = this.#query.key;
    if (key !== this.#key) {
      this.#key = key;
      this.#nav.row = Math.min(this.#nav.row, 1);
      this.#window.reset();
    }
  }

  protected override updated() {
    this.#rows.loadAhead(this.#to, OVERSCAN * 2);
  }

  #select(id: string, on = !this.#selected.has(id)) {
    const license = this.#rows.items?.find((l) => l.id === id);
    if (on) this.#selected.add(id);
    else this.#selected.delete(id);
    if (on && license) this.#picked.set(id, license);
    else this.#picked.delete(id);
    this.requestUpdate();
  }

  // ——— dialog ———

  /** Opens a flow in the dialog, loading the flows first if needed; focus returns where it was. */
  async #open(panel: Panel, license?: License, id?: string, opener?: HTMLElement | null) {
    const flows = await this.#flows.get();
    flows.open(panel, license, id);
    this.#dialog.open(panel, opener ?? undefined);
  }

  #action(license: License, opener: HTMLElement) {
    if (!this.#can('licenses:assign'))
      return void this.announce(this.reasonFor(['licenses:assign'], this.#t('reason.assign')), 'info');
    void this.#open(license.assignee ? 'unassign' : 'assign', license, undefined, opener);
  }

  /** Opens or closes the cost-center filter, loading its panel the first time. */
  async #showCenters(open: boolean, focus = false) {
    const panel = open ? await this.#centers.get() : this.#centers.value;
    this.#centersOpen = open;
    if (panel) panel.open = open;
    this.requestUpdate();
    if (focus) this.#host.focus('#cc-toggle');
  }

  // ——— render ———

  protected override render() {
    const t = this.#t;
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const meta = this.#meta.value;
    const failed =
      this.#meta.status === TaskStatus.ERROR
        ? this.#meta
        : this.#rows.list.task.status === TaskStatus.ERROR
          ? this.#rows.list.task
          : undefined;
    const readable = this.#can('licenses:read');
    const region = this.regionName('lt-title');
    return html`<section
        class="card"
        part="card"
        aria-labelledby=${region.labelledby}
        aria-label=${region.label}
      >
        <header class="row" part="header">
          <h2 id="lt-title">${t('title')}</h2>
          <span class="spacer"></span>
          ${meta && readable ? this.#renderMainActions() : nothing}
        </header>
        ${this.#dialog.isOpen ? nothing : this.renderStatus()}
        ${
          failed
            ? this.renderError(failed.error, () => (void this.#meta.run(), this.#rows.list.reload()))
            : !meta
              ? this.renderLoading()
              : !readable
                ? this.renderForbidden()
                : html`${this.#renderToolbar()} ${this.#flows.value?.renderNotice()} ${this.#renderSummary()}
                  ${this.#renderGrid()}`
        }
      </section>
      ${this.#dialog.render(() => html`${this.#flows.value?.render()} ${this.renderStatus()}`)}`;
  }

  #renderMainActions() {
    return renderMainActions(
      this.#t,
      this.#can('licenses:purchase'),
      this.#can('licenses:delete'),
      this.reasonFor(['licenses:purchase', 'licenses:delete'], this.#t('reason.admin')),
      (panel, e) => void this.#open(panel, undefined, undefined, e.currentTarget as HTMLElement),
      this.#can('licenses:assign'),
    );
  }

  #renderToolbar() {
    return renderToolbar({
      t: this.#t,
      i18n: this.i18n,
      name: this.label || this.#t('title'),
      query: this.#query,
      facets: this.#rows.facets,
      products: this.#host.products,
      centers: this.#centers.value,
      centersOpen: this.#centersOpen,
      showCenters: (open) => void this.#showCenters(open),
    });
  }

  #renderSummary() {
    return renderSummary({
      t: this.#t,
      total: this.#rows.total ?? 0,
      status: this.#query.status ? undefined : this.#rows.facets?.status,
      selected: this.#selected.size,
      canAssign: this.#can('licenses:assign'),
      assignReason: this.reasonFor(['licenses:assign'], this.#t('reason.assign')),
      clearSelection: () => (this.#selected.clear(), this.#picked.clear(), this.requestUpdate()),
      bulk: {
        allowed: {
          'bulk-unassign': this.#can('licenses:assign'),
          'bulk-delete': this.#can('licenses:delete'),
          'bulk-move': this.#can('cost_centers:manage'),
        },
        reason: this.reasonFor(['licenses:delete', 'cost_centers:manage'], this.#t('reason.bulk')),
        open: (panel, e) => void this.#open(panel, undefined, undefined, e.currentTarget as HTMLElement),
      },
    });
  }

  #renderGrid() {
    const t = this.#t;
    const list = this.#rows.list;
    const rows = list.items;
    if (!rows) return this.renderLoading();
    if (!list.total && !rows.length && list.status === TaskStatus.COMPLETE) {
      return this.#query.filtered
        ? html`<div class="state" part="empty">
            <p>${t('empty.filtered')}</p>
            <button type="button" part="button" @click=${() => this.#query.clear()}>
              ${t('empty.clear')}
            </button>
          </div>`
        : this.renderEmpty(t('empty.none'));
    }
    const count = this.#rows.count;
    const range = this.#window.range(count);
    this.#to = range[1];
    return html`${renderGrid({
      t,
      i18n: this.i18n,
      query: this.#query,
      nav: this.#nav,
      window: this.#window,
      rows,
      count,
      total: list.total ?? rows.length,
      range,
      busy: list.status === TaskStatus.PENDING,
      selected: this.#selected,
      pending: this.#rows.pending,
      canAssign: this.#can('licenses:assign'),
      select: (id, on) => this.#select(id, on),
      action: (license, opener) => this.#action(license, opener),
      products: (userId, opener) => void this.#open('products', undefined, userId, opener),
    })}
    ${this.#rows.moreError ? this.renderError(this.#rows.moreError, () => this.#rows.retryMore()) : nothing}`;
  }
}
