import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocaleController } from '../base/i18n.js';
import { guardedButton, renderReason } from '../base/permission.js';
import type { BulkPanel } from './bulk-actions.js';
import type { CostCenterPanel } from './cost-center-filter.js';
import type { Host, Key, LicensePage, Product } from './host.js';
import type { LicenseQuery } from './license-query.js';

/** What the toolbar and the summary show and change. */
export interface ToolbarView {
  t: Host['t'];
  i18n: LocaleController;
  /** The search landmark's name: the widget's, so two tables on a page have two searches told apart. */
  name: string;
  query: LicenseQuery;
  facets: LicensePage['facets'] | undefined;
  products: readonly Product[];
  /** The cost-center filter's panel, once loaded. */
  centers: CostCenterPanel | undefined;
  centersOpen: boolean;
  showCenters(open: boolean): void;
}

/** Search, the cost-center filter, the product and status filters, each option with its count. */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const { t, query, facets } = v;
  const n = query.centers.length;
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${v.name}>
    <div class="field search">
      <label for="lt-q">${t('search.label')}</label>
      <input
        id="lt-q"
        type="search"
        autocomplete="off"
        aria-describedby="lt-q-hint"
        .value=${live(query.draft)}
        @input=${(e: Event) => query.type((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && query.search()}
      />
      <p class="hint" id="lt-q-hint">${t('search.hint')}</p>
    </div>
    <div class="filter" @focusout=${v.centers?.onFocusOut} @keydown=${v.centers?.onKey}>
      <button
        id="cc-toggle"
        type="button"
        part="button"
        aria-expanded=${v.centersOpen}
        aria-controls="cc-panel"
        @click=${() => v.showCenters(!v.centersOpen)}
      >
        ${t('filter.costCenters')}${n ? html` <span class="badge accent">${v.i18n.number(n)}</span>` : nothing}
      </button>
      <div
        id="cc-panel"
        class="popover"
        part="cost-center-filter"
        role="group"
        aria-label=${t('filter.costCenters')}
        ?hidden=${!v.centersOpen}
      >
        ${v.centers?.render(facets)}
      </div>
    </div>
    ${select(v, 'product', [
      ['', t('filter.allProducts')],
      ...v.products.map((p): [string, string, number] => [
        p.id,
        p.name,
        facets?.products.find((f) => f.productId === p.id)?.count ?? 0,
      ]),
    ])}
    ${select(v, 'status', [
      ['', t('filter.all')],
      ['assigned', t('filter.assigned'), facets?.status.assigned ?? 0],
      ['unassigned', t('filter.unassigned'), facets?.status.unassigned ?? 0],
    ])}
  </div>`;
}

function select(v: ToolbarView, id: 'product' | 'status', options: [string, string, number?][]) {
  const value = v.query[id];
  return html`<div class="field">
    <label for=${id}>${v.t(`filter.${id}` as Key)}</label>
    <select id=${id} @change=${(e: Event) => v.query.set(id, (e.target as HTMLSelectElement).value)}>
      ${options.map(
        ([option, label, count]) =>
          html`<option value=${option} .selected=${option === value}>
            ${label}${count === undefined ? '' : ` (${v.i18n.number(count)})`}
          </option>`,
      )}
    </select>
  </div>`;
}

/** What the line above the grid says. */
export interface SummaryView {
  t: Host['t'];
  total: number;
  /** Assigned and unassigned, when no status filter hides one of them. */
  status: LicensePage['facets']['status'] | undefined;
  selected: number;
  canAssign: boolean;
  /** Why assigning is disabled: the role's reason, or the permission the token was minted without. */
  assignReason: string;
  clearSelection(): void;
  /** What the selection can be given to, and why an action is disabled. */
  bulk: {
    allowed: Record<BulkPanel, boolean>;
    /** Why deleting or moving is disabled (unassigning says `assignReason`). */
    reason: string;
    open(panel: BulkPanel, event: Event): void;
  };
}

/** How many licenses match, how many are assigned, the selection, and why assigning is disabled. */
export function renderSummary(v: SummaryView): TemplateResult {
  const { t, status } = v;
  return html`<div class="row">
    <p class="summary" aria-live="polite">
      <strong>${t('summary.total', { count: v.total })}</strong>
      ${
        status
          ? html`<span class="muted"
              >· ${t('summary.split', { assigned: status.assigned, unassigned: status.unassigned })}</span
            >`
          : nothing
      }
    </p>
    <span class="spacer"></span>
    ${renderReason('reason-assign', v.assignReason, !v.canAssign)} ${v.selected ? renderBulk(v) : nothing}
  </div>`;
}

/** The selection's count and what can be done with it: unassign, delete, change the cost center, clear. */
function renderBulk(v: SummaryView): TemplateResult {
  const { t, bulk } = v;
  const action = (panel: BulkPanel, label: string, reasonId: string) =>
    guardedButton({
      reasonId,
      haspopup: true,
      allowed: bulk.allowed[panel],
      label,
      onClick: (e) => bulk.open(panel, e),
    });
  return html`<div class="row bulk" role="group" aria-label=${t('bulk.label')} part="bulk-actions">
      <span>${t('summary.selected', { count: v.selected })}</span>
      ${action('bulk-unassign', t('bulk.unassign'), 'reason-assign')}
      ${action('bulk-delete', t('bulk.delete'), 'reason-bulk')}
      ${action('bulk-move', t('bulk.move'), 'reason-bulk')}
      <button type="button" class="link" part="button" @click=${v.clearSelection}>
        ${t('summary.clearSelection')}
      </button>
    </div>
    ${renderReason('reason-bulk', bulk.reason, !bulk.allowed['bulk-delete'] || !bulk.allowed['bulk-move'])}`;
}

/** Buy and delete licenses, disabled with the reason for a role that may not. */
export function renderMainActions(
  t: Host['t'],
  buy: boolean,
  del: boolean,
  reason: string,
  open: (panel: 'purchase' | 'delete' | 'user', event: Event) => void,
  people: boolean,
): TemplateResult {
  const guard = { reasonId: 'reason-admin', haspopup: true };
  return html`<div class="row" role="group" aria-label=${t('actions')}>
      ${guardedButton({ reasonId: 'reason-assign', haspopup: true, allowed: people, label: t('userProducts'), onClick: (e) => open('user', e) })}
      ${guardedButton({ ...guard, allowed: buy, className: 'primary', label: t('buy'), onClick: (e) => open('purchase', e) })}
      ${guardedButton({ ...guard, allowed: del, label: t('delete'), onClick: (e) => open('delete', e) })}
    </div>
    ${renderReason('reason-admin', reason, !buy || !del)}`;
}
