import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Query } from '@allot/sdk';
import { AllotElement } from '../base/allot-element.js';
import { licenseTableStrings } from '../locales/catalogue.js';
import { styleProps } from '../base/style-props.js';
import type { Topic } from '../base/store.js';
import type { CostCenterPanel } from './cost-center-filter.js';
import type { LicenseFlows, Panel } from './flows.js';
import type { Host, Key, License, LicensePage, Permission } from './host.js';
import { styles } from './license-table.styles.js';

type ListQuery = Query<'listLicenses'>;
type Sort = NonNullable<ListQuery['sort']>;

/** The sortable columns, in order (column 0 selects the row, the last one holds its action). */
const COLUMNS = ['type', 'assignee', 'extension', 'costCenter', 'addedAt'] as const;
const LAST = COLUMNS.length + 1;
const OVERSCAN = 6;
/**
 * The licenses of a portal, one row per seat: type, who it is assigned to ("N/A" when free), extension, cost
 * center and date added. Searched, filtered (cost centers, product, assigned or not), sorted and counted by the
 * server; the body is virtualised and pages in as it scrolls, so 100,000 licenses stay smooth. It is an ARIA
 * grid: arrows move between cells, Home/End, PageUp/PageDown, Enter runs the row's action, Space selects.
 * Admins and user managers assign free licenses and unassign them (back to the pool, after a confirmation),
 * and edit a user's products and feature toggles (removing Connect Standard explains that Contact Center stays
 * billed while the user sits in queues, and can take them out of all of them). Admins buy licenses (cart →
 * cost-center allocation → review → printable statement) and delete unassigned ones (up to "can be deleted").
 * The dialogs' code loads the first time one opens.
 *
 * @tagname license-table
 * @summary License table with assignment, per-user products, purchase with cost centers and deletion.
 *
 * @event {CustomEvent<LicenseAssignedDetail>} allot-license-assigned - A free license was assigned to a user.
 * @event {CustomEvent<LicenseUnassignedDetail>} allot-license-unassigned - A license went back to the pool.
 * @event {CustomEvent<LicensesPurchasedDetail>} allot-licenses-purchased - Licenses were bought.
 * @event {CustomEvent<LicensesDeletedDetail>} allot-licenses-deleted - Unassigned licenses were deleted.
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
 * @csspart dialog - The dialog of a flow (assign, unassign, products, purchase, delete).
 * @csspart user-picker - The list of users to assign to.
 * @csspart product - One product in a user's products.
 * @csspart warning - The contact-center queues in a user's products.
 * @csspart split - The split editor of the purchase's allocation step.
 * @csspart new-cost-center - The inline form creating a cost center.
 * @csspart statement - The printable statement of an order.
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
  static override styles = [...AllotElement.styles, styles];

  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
  };

  /** Licenses fetched per page as the grid scrolls (1–200). */
  declare pageSize: number;

  protected override readonly topics: readonly Topic[] = ['me', 'licenses', 'costCenters'];

  // query: the search as typed and as sent, the filters, the sort
  #draft = '';
  #q = '';
  #product = '';
  #status = '';
  #centers: string[] = [];
  #sort: Sort = '-addedAt';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #key = '';
  // rows
  #rows: License[] = [];
  #next: string | null = null;
  #total = 0;
  #facets: LicensePage['facets'] | undefined;
  #more: AbortController | undefined;
  #moreError: unknown;
  #listRev = 0;
  #own = false;
  #pending = new Set<string>();
  #selected = new Set<string>();
  // grid: first row in view, last rendered, row and viewport heights, the active cell
  #start = 0;
  #to = 0;
  #rowH = 0;
  #viewH = 480;
  #ar = 1;
  #ac = 1;
  // dialog
  #flows: LicenseFlows | undefined;
  #opener: HTMLElement | null = null;
  #panel: CostCenterPanel | undefined;
  #ccOpen = false;

  readonly #t = this.i18n.scoped('licenseTable');

  readonly #host: Host = ((el: LicenseTable): Host => ({
    get i18n() {
      return el.i18n;
    },
    get store() {
      return el.store;
    },
    get products() {
      return el.#meta.value?.products ?? [];
    },
    get updateComplete() {
      return el.updateComplete;
    },
    addController: (c) => el.addController(c),
    removeController: (c) => el.removeController(c),
    requestUpdate: () => el.requestUpdate(),
    t: el.#t,
    can: (p) => el.#can(p),
    say: (message, tone) => void el.announce(message, tone),
    emit: (name, detail) => void el.emit(name, detail),
    changed: (own = false) => {
      el.#own = own;
      el.store?.changed('licenses');
      if (own) void el.#recount();
    },
    close: () => el.#close(),
    show: (panel, id, opener) => void el.#open(panel, undefined, id, opener),
    focus: (selector) => {
      el.requestUpdate();
      void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    },
    patch: (license, pending) => {
      el.#rows = el.#rows.map((r) => (r.id === license.id ? license : r));
      if (pending) el.#pending.add(license.id);
      else el.#pending.delete(license.id);
      el.requestUpdate();
    },
    refresh: async (id) => {
      const fresh = await el.store?.client.licenses.get(id).catch(() => undefined);
      if (fresh) el.#host.patch(fresh.data);
      return fresh?.data;
    },
  }))(this);

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
        store.read('me', ['me'], () => store.client.me(), signal),
        store.read('products', [], () => store.client.products.list(), signal),
      ]);
      return { me, products: products.items };
    },
  });

  #list = new Task(this, {
    args: () => [this.store, this.#listRev, this.#key] as const,
    task: async ([store, , key], { signal }) => {
      if (!store) return undefined;
      this.#more?.abort();
      return store.read(
        `licenses:${key}`,
        ['licenses'],
        () => store.client.licenses.list(this.#query(true)),
        signal,
      );
    },
    onComplete: (page) => {
      if (!page) return;
      this.#rows = page.items.slice();
      this.#next = page.nextCursor;
      this.#total = page.total;
      this.#facets = page.facets;
      this.#moreError = undefined;
    },
  });

  /** The ids of the selected licenses. */
  get selectedLicenseIds(): string[] {
    return [...this.#selected];
  }

  #query(first = false): ListQuery {
    const query: ListQuery = { sort: this.#sort };
    if (this.#q) query.q = this.#q;
    if (this.#centers.length) query.costCenterId = this.#centers;
    if (this.#product) query.productId = [this.#product];
    if (this.#status) query.status = this.#status as 'assigned';
    if (first) query.limit = Math.min(200, Math.max(1, this.pageSize));
    return query;
  }

  #can(permission: Permission): boolean {
    return this.#meta.value?.me.permissions.includes(permission) ?? false;
  }

  // ——— lifecycle ———

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#more?.abort();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // A change made elsewhere reloads the list; one of our own rows was already updated in place.
    if ((changed as Map<PropertyKey, unknown>).get('revision') !== undefined) {
      if (!this.#own) this.#listRev++;
      this.#own = false;
    }
    // Another search, filter or sort starts again from the top.
    const key = JSON.stringify(this.#query());
    if (key !== this.#key) {
      this.#key = key;
      this.#start = 0;
      this.#ar = Math.min(this.#ar, 1);
      const viewport = this.#viewport();
      if (viewport) viewport.scrollTop = 0;
    }
  }

  protected override updated() {
    const viewport = this.#viewport();
    if (viewport && !this.#rowH) {
      const height = viewport.querySelector<HTMLElement>('.body [role="row"]')?.offsetHeight;
      // Rows are 44px and the grid 480px unless a host changed their custom properties: then render again.
      if (height) this.#rowH = height;
      if (height && (height !== 44 || viewport.clientHeight !== this.#viewH)) {
        this.#viewH = viewport.clientHeight;
        this.requestUpdate();
      }
    }
    if (this.#next && !this.#more && !this.#moreError && this.#to > this.#rows.length - OVERSCAN * 2)
      void this.#loadMore();
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.#flows?.panel && dialog && !dialog.open) dialog.showModal();
  }

  #viewport(): HTMLElement | null {
    return this.renderRoot.querySelector('.viewport');
  }

  // ——— data ———

  async #loadMore() {
    const store = this.store;
    const cursor = this.#next;
    if (!store || !cursor) return;
    const more = (this.#more = new AbortController());
    try {
      const page = await store.client.licenses.list(
        { ...this.#query(true), cursor },
        { signal: more.signal },
      );
      if (more.signal.aborted) return;
      this.#rows = this.#rows.concat(page.items);
      this.#next = page.nextCursor;
    } catch (error) {
      if (!more.signal.aborted) this.#moreError = error;
    } finally {
      if (this.#more === more) this.#more = undefined;
      this.requestUpdate();
    }
  }

  /** After our own assignment: new totals and facet counts, while the rows stay where they are. */
  async #recount() {
    const store = this.store;
    const page = await store
      ?.read(`licenses:${this.#key}`, ['licenses'], () => store.client.licenses.list(this.#query(true)))
      .catch(() => undefined);
    if (page) {
      this.#total = page.total;
      this.#facets = page.facets;
      this.requestUpdate();
    }
  }

  // ——— search, sort, selection ———

  #onSearch = (e: Event) => {
    this.#draft = (e.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#search(), 300);
  };

  #search() {
    clearTimeout(this.#timer);
    this.#q = this.#draft.trim();
    this.requestUpdate();
  }

  #sortBy(column: (typeof COLUMNS)[number]) {
    const [key, desc] = this.#sortOf();
    this.#sort = (
      key === column ? (desc ? column : `-${column}`) : column === 'addedAt' ? '-addedAt' : column
    ) as Sort;
    this.requestUpdate();
  }

  #sortOf(): [string, boolean] {
    return [this.#sort.replace('-', ''), this.#sort.startsWith('-')];
  }

  #select(id: string, on = !this.#selected.has(id)) {
    if (on) this.#selected.add(id);
    else this.#selected.delete(id);
    this.requestUpdate();
  }

  // ——— grid keyboard ———

  #count(): number {
    return (
      this.#rows.length +
      (this.#next ? Math.max(1, Math.min(this.pageSize, this.#total - this.#rows.length)) : 0)
    );
  }

  #onGridKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const [r, c] = [this.#ar, this.#ac];
    const page = Math.max(1, Math.floor(this.#viewH / (this.#rowH || 44)) - 2);
    const ctrl = e.ctrlKey || e.metaKey;
    const to = (
      {
        ArrowRight: [r, c + 1],
        ArrowLeft: [r, c - 1],
        ArrowDown: [r + 1, c],
        ArrowUp: [r - 1, c],
        Home: ctrl ? [1, c] : [r, 0],
        End: ctrl ? [this.#count(), c] : [r, LAST],
        PageDown: [r + page, c],
        PageUp: [Math.max(1, r - page), c],
      } as Record<string, [number, number]>
    )[e.key];
    const license = this.#rows[r - 1];
    if (to) {
      e.preventDefault();
      void this.#move(...to);
    } else if ((e.key === 'Enter' || e.key === ' ') && license && !target.matches('button, input')) {
      // Enter runs the row's action and Space selects it, from a cell without a control of its own.
      e.preventDefault();
      if (e.key === ' ') this.#select(license.id);
      else this.#action(license, target);
    }
  };

  #onGridFocus = (e: FocusEvent) => {
    const [r = 0, c = 0] =
      (e.target as HTMLElement).closest('[data-rc]')?.getAttribute('data-rc')?.split('-').map(Number) ?? [];
    if (r !== this.#ar || c !== this.#ac) {
      this.#ar = r;
      this.#ac = c;
      this.requestUpdate();
    }
  };

  #onScroll = (e: Event) => {
    const viewport = e.currentTarget as HTMLElement;
    this.#viewH = viewport.clientHeight;
    const start = Math.floor(viewport.scrollTop / (this.#rowH || 44));
    if (start !== this.#start) {
      this.#start = start;
      this.requestUpdate();
    }
  };

  async #move(r: number, c: number) {
    this.#ar = r = Math.max(0, Math.min(r, this.#count()));
    this.#ac = Math.max(0, Math.min(c, LAST));
    const viewport = this.#viewport();
    const h = this.#rowH || 44;
    if (viewport && r > 0) {
      const top = (r - 1) * h;
      const room = viewport.clientHeight - h; // the sticky header covers one row
      if (top < viewport.scrollTop) viewport.scrollTop = top;
      else if (top + h > viewport.scrollTop + room) viewport.scrollTop = top + h - room;
      this.#start = Math.floor(viewport.scrollTop / h);
    }
    this.requestUpdate();
    await this.updateComplete;
    this.#focusCell();
  }

  #focusCell() {
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>(`[data-rc="${this.#ar}-${this.#ac}"]`) ??
      root.querySelector<HTMLElement>(`[data-rc^="${this.#ar}-"]`)
    )?.focus();
  }

  // ——— dialog ———

  /** Opens a flow in the dialog, loading the flows first if needed; focus returns where it was. */
  async #open(panel: Panel, license?: License, id?: string, opener?: HTMLElement | null) {
    if (!this.#flows?.panel)
      this.#opener = opener ?? ((this.renderRoot as ShadowRoot).activeElement as HTMLElement | null);
    if (!this.#flows) {
      const { LicenseFlows, flowStyles } = await import('./flows.js');
      this.adoptStyles(flowStyles);
      this.#flows ??= new LicenseFlows(this.#host);
    }
    this.#flows.open(panel, license, id);
    this.requestUpdate();
  }

  #action(license: License, opener: HTMLElement) {
    if (!this.#can('licenses:assign')) return void this.announce(this.#t('reason.assign'), 'info');
    void this.#open(license.assignee ? 'unassign' : 'assign', license, undefined, opener);
  }

  #close() {
    // Cleared now, not on the close event: an update in between would open the dialog again.
    if (this.#flows) this.#flows.panel = undefined;
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onDialogClose = () => {
    this.#flows?.closed();
    this.requestUpdate();
    const opener = this.#opener;
    this.#opener = null;
    // A grid cell may now show another row: focus the cell by its position instead.
    if (opener?.closest('[role="grid"]')) void this.updateComplete.then(() => this.#focusCell());
    else opener?.focus();
  };

  // ——— render ———

  protected override render() {
    const t = this.#t;
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const meta = this.#meta.value;
    const list = this.#list;
    const failed =
      this.#meta.status === TaskStatus.ERROR
        ? this.#meta
        : list.status === TaskStatus.ERROR
          ? list
          : undefined;
    const readable = this.#can('licenses:read');
    const panel = this.#flows?.panel;
    return html`<section class="card" part="card" aria-labelledby="lt-title">
        <header class="row" part="header">
          <h2 id="lt-title">${t('title')}</h2>
          <span class="spacer"></span>
          ${meta && readable ? this.#renderMainActions() : nothing}
        </header>
        ${panel ? nothing : this.renderStatus()}
        ${
          failed
            ? this.renderError(failed.error, () => (void this.#meta.run(), void this.#list.run()))
            : !meta
              ? this.renderLoading()
              : !readable
                ? this.renderForbidden()
                : html`${this.#renderToolbar()} ${this.#flows?.renderNotice()} ${this.#renderSummary()}
                  ${this.#renderGrid()}`
        }
      </section>
      <dialog
        part="dialog"
        class=${panel === 'purchase' || panel === 'products' ? 'wide' : ''}
        aria-labelledby="dialog-title"
        @close=${this.#onDialogClose}
      >
        ${panel ? html`${this.#flows?.render()} ${this.renderStatus()}` : nothing}
      </dialog>`;
  }

  #renderMainActions() {
    const t = this.#t;
    const button = (panel: Panel, allowed: boolean, cls = '') =>
      html`<button
        type="button"
        part="button"
        class=${cls}
        aria-disabled=${!allowed}
        aria-describedby=${ifDefined(allowed ? undefined : 'reason-admin')}
        @click=${(e: Event) => allowed && this.#open(panel, undefined, undefined, e.currentTarget as HTMLElement)}
      >
        ${t(panel === 'purchase' ? 'buy' : 'delete')}
      </button>`;
    const buy = this.#can('licenses:purchase');
    const del = this.#can('licenses:delete');
    return html`<div class="row" role="group" aria-label=${t('actions')}>
        ${button('purchase', buy, 'primary')} ${button('delete', del)}
      </div>
      ${buy && del ? nothing : html`<p class="hint reason" id="reason-admin">${t('reason.admin')}</p>`}`;
  }

  #renderToolbar() {
    const t = this.#t;
    const facets = this.#facets;
    const n = this.#centers.length;
    const select = (
      id: string,
      value: string,
      set: (value: string) => void,
      options: [string, string, number?][],
    ) =>
      html`<div class="field">
        <label for=${id}>${t(`filter.${id}` as Key)}</label>
        <select
          id=${id}
          @change=${(e: Event) => (set((e.target as HTMLSelectElement).value), this.requestUpdate())}
        >
          ${options.map(
            ([v, label, count]) =>
              html`<option value=${v} .selected=${v === value}>
                ${label}${count === undefined ? '' : ` (${this.i18n.number(count)})`}
              </option>`,
          )}
        </select>
      </div>`;
    return html`<div class="toolbar" part="toolbar" role="search">
      <div class="field search">
        <label for="lt-q">${t('search.label')}</label>
        <input
          id="lt-q"
          type="search"
          autocomplete="off"
          aria-describedby="lt-q-hint"
          .value=${live(this.#draft)}
          @input=${this.#onSearch}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.#search()}
        />
        <p class="hint" id="lt-q-hint">${t('search.hint')}</p>
      </div>
      <div class="filter" @focusout=${this.#panel?.onFocusOut} @keydown=${this.#panel?.onKey}>
        <button
          id="cc-toggle"
          type="button"
          part="button"
          aria-expanded=${this.#ccOpen}
          aria-controls="cc-panel"
          @click=${() => this.#showCenters(!this.#ccOpen)}
        >
          ${t('filter.costCenters')}${n ? html` <span class="badge accent">${this.i18n.number(n)}</span>` : nothing}
        </button>
        <div
          id="cc-panel"
          class="popover"
          part="cost-center-filter"
          role="group"
          aria-label=${t('filter.costCenters')}
          ?hidden=${!this.#ccOpen}
        >
          ${this.#panel?.render(facets)}
        </div>
      </div>
      ${select('product', this.#product, (v) => (this.#product = v), [
        ['', t('filter.allProducts')],
        ...this.#host.products.map((p): [string, string, number] => [
          p.id,
          p.name,
          facets?.products.find((f) => f.productId === p.id)?.count ?? 0,
        ]),
      ])}
      ${select('status', this.#status, (v) => (this.#status = v), [
        ['', t('filter.all')],
        ['assigned', t('filter.assigned'), facets?.status.assigned ?? 0],
        ['unassigned', t('filter.unassigned'), facets?.status.unassigned ?? 0],
      ])}
    </div>`;
  }

  /** Opens or closes the cost-center filter, loading its panel the first time. */
  async #showCenters(open: boolean, focus = false) {
    if (open && !this.#panel) {
      const { CostCenterPanel, panelStyles } = await import('./cost-center-filter.js');
      this.adoptStyles(panelStyles);
      this.#panel ??= new CostCenterPanel(
        this.#host,
        () => this.#centers,
        (selected) => ((this.#centers = selected), this.requestUpdate()),
        (focus) => this.#showCenters(false, focus),
      );
    }
    this.#ccOpen = open;
    if (this.#panel) this.#panel.open = open;
    this.requestUpdate();
    if (focus) this.#host.focus('#cc-toggle');
  }

  #renderSummary() {
    const t = this.#t;
    const status = this.#facets?.status;
    const selected = this.#selected.size;
    return html`<div class="row">
      <p class="summary" aria-live="polite">
        <strong>${t('summary.total', { count: this.#total })}</strong>
        ${
          status && !this.#status
            ? html`<span class="muted"
                >· ${t('summary.split', { assigned: status.assigned, unassigned: status.unassigned })}</span
              >`
            : nothing
        }
      </p>
      <span class="spacer"></span>
      ${this.#can('licenses:assign') ? nothing : html`<p class="hint" id="reason-assign">${t('reason.assign')}</p>`}
      ${
        selected
          ? html`<p>
              ${t('summary.selected', { count: selected })}
              <button
                type="button"
                class="link"
                part="button"
                @click=${() => (this.#selected.clear(), this.requestUpdate())}
              >
                ${t('summary.clearSelection')}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderGrid() {
    const t = this.#t;
    const list = this.#list;
    if (!this.#facets) return this.renderLoading();
    if (!this.#total && !this.#rows.length && list.status === TaskStatus.COMPLETE) {
      const filtered = this.#q || this.#product || this.#status || this.#centers.length;
      return filtered
        ? html`<div class="state" part="empty">
            <p>${t('empty.filtered')}</p>
            <button
              type="button"
              part="button"
              @click=${() => {
                this.#draft = this.#q = this.#product = this.#status = '';
                this.#centers = [];
                this.requestUpdate();
              }}
            >
              ${t('empty.clear')}
            </button>
          </div>`
        : this.renderEmpty(t('empty.none'));
    }
    const h = this.#rowH || 44;
    const count = this.#count();
    const from = Math.max(0, this.#start - OVERSCAN);
    const to = (this.#to = Math.min(count, this.#start + Math.ceil(this.#viewH / h) + OVERSCAN));
    // The roving tab stop stays on a rendered row, so Tab always lands in the grid.
    const ar = this.#ar === 0 || (this.#ar > from && this.#ar <= to) ? this.#ar : from + 1;
    const loaded = this.#selected.size ? this.#rows.filter((r) => this.#selected.has(r.id)).length : 0;
    const [sortKey, desc] = this.#sortOf();
    const tab = (r: number, c: number) => (r === ar && c === this.#ac ? 0 : -1);
    const rows = [];
    for (let i = from; i < to; i++) rows.push(i);
    const canAssign = this.#can('licenses:assign');
    return html`<div
        class="viewport"
        part="grid"
        role="grid"
        aria-labelledby="lt-title"
        aria-describedby="lt-keys"
        aria-rowcount=${this.#total + 1}
        aria-colcount=${LAST + 1}
        aria-multiselectable="true"
        aria-busy=${list.status === TaskStatus.PENDING}
        @keydown=${this.#onGridKey}
        @focusin=${this.#onGridFocus}
        @scroll=${this.#onScroll}
      >
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1">
            <div role="columnheader" class="check-cell">
              <input
                type="checkbox"
                data-rc="0-0"
                tabindex=${tab(0, 0)}
                aria-label=${t('grid.selectAll')}
                .checked=${loaded > 0 && loaded === this.#rows.length}
                .indeterminate=${loaded > 0 && loaded < this.#rows.length}
                @change=${(e: Event) => this.#rows.forEach((r) => this.#select(r.id, (e.target as HTMLInputElement).checked))}
              />
            </div>
            ${COLUMNS.map(
              (key, c) =>
                html`<div
                  role="columnheader"
                  aria-sort=${sortKey === key ? (desc ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    class="sort"
                    data-rc="0-${c + 1}"
                    tabindex=${tab(0, c + 1)}
                    @click=${() => this.#sortBy(key)}
                  >
                    ${t(`col.${key}`)}
                    <span aria-hidden="true">${sortKey === key ? (desc ? '↓' : '↑') : '↕'}</span>
                  </button>
                </div>`,
            )}
            <div role="columnheader" data-rc="0-${LAST}" tabindex=${tab(0, LAST)}>${t('col.actions')}</div>
          </div>
        </div>
        <div role="rowgroup" class="body" style=${styleProps({ height: `${count * h}px` })}>
          ${repeat(
            rows,
            (i) => i,
            // A row renders again only when what it shows changed: scrolling adds and removes rows, no more.
            (i) => {
              const license = this.#rows[i];
              const id = license?.id ?? '';
              const deps = [
                license,
                this.#selected.has(id),
                this.#pending.has(id),
                i + 1 === ar ? this.#ac : -1,
              ];
              return guard([...deps, canAssign, h, this.i18n.locale], () =>
                this.#renderRow(i, h, tab, canAssign),
              );
            },
          )}
        </div>
      </div>
      <p class="hint" id="lt-keys">${t('grid.keys')}</p>
      ${this.#moreError ? this.renderError(this.#moreError, () => ((this.#moreError = undefined), this.requestUpdate())) : nothing}`;
  }

  #renderRow(i: number, h: number, tab: (r: number, c: number) => number, canAssign: boolean) {
    const t = this.#t;
    const r = i + 1;
    const license = this.#rows[i];
    // Through the CSSOM: a strict CSP (no 'unsafe-inline' styles) refuses a `style` attribute.
    const style = styleProps({ transform: `translateY(${i * h}px)` });
    if (!license) {
      return html`<div role="row" aria-rowindex=${i + 2} style=${style}>
        <div role="gridcell" aria-colspan=${LAST + 1} data-rc="${r}-0" tabindex=${tab(r, 0)}>
          <span class="visually-hidden">${t('grid.loadingRow')}</span><span class="bar"></span>
        </div>
      </div>`;
    }
    const { assignee, costCenter } = license;
    const selected = this.#selected.has(license.id);
    const who = assignee?.name ?? t('grid.free');
    const cell = (c: number, content: unknown, title?: string) =>
      html`<div role="gridcell" data-rc="${r}-${c}" tabindex=${tab(r, c)} title=${ifDefined(title)}>
        ${content}
      </div>`;
    return html`<div
      role="row"
      aria-rowindex=${i + 2}
      aria-selected=${selected}
      class="${selected ? 'selected' : ''} ${this.#pending.has(license.id) ? 'pending' : ''}"
      part=${selected ? 'row selected-row' : 'row'}
      style=${style}
    >
      <div role="gridcell" class="check-cell">
        <input
          type="checkbox"
          data-rc="${r}-0"
          tabindex=${tab(r, 0)}
          aria-label=${t('grid.select', { product: license.productName, name: who })}
          .checked=${selected}
          @change=${(e: Event) => this.#select(license.id, (e.target as HTMLInputElement).checked)}
        />
      </div>
      ${cell(1, license.productName)}
      ${
        assignee && canAssign
          ? html`<div role="gridcell">
              <button
                type="button"
                class="link"
                data-rc="${r}-2"
                tabindex=${tab(r, 2)}
                aria-label=${t('grid.productsOf', { name: assignee.name })}
                @click=${(e: Event) => this.#open('products', undefined, assignee.id, e.currentTarget as HTMLElement)}
              >
                ${assignee.name}
              </button>
            </div>`
          : cell(
              2,
              assignee ? assignee.name : html`<abbr title=${t('grid.free')}>${t('grid.na')}</abbr>`,
              assignee?.email,
            )
      }
      ${cell(3, assignee?.extension ?? '')}
      ${cell(4, costCenter ? costCenter.code : html`<span class="muted">${t('grid.noCenter')}</span>`, costCenter?.name)}
      ${cell(5, html`<time datetime=${license.addedAt}>${this.i18n.date(license.addedAt)}</time>`)}
      <div role="gridcell">
        <button
          type="button"
          part="button"
          data-rc="${r}-${LAST}"
          tabindex=${tab(r, LAST)}
          aria-disabled=${!canAssign}
          aria-describedby=${ifDefined(canAssign ? undefined : 'reason-assign')}
          @click=${(e: Event) => this.#action(license, e.currentTarget as HTMLElement)}
        >
          ${t(assignee ? 'unassign.open' : 'assign.open')}<span class="visually-hidden"
            >: ${license.productName}, ${who}</span
          >
        </button>
      </div>
    </div>`;
  }
}
