import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GridNavigation } from '../base/controllers/grid-navigation.js';
import type { VirtualWindow } from '../base/controllers/virtual-window.js';
import type { LocaleController } from '../base/i18n.js';
import { styleProps } from '../base/style-props.js';
import type { Host, License } from './host.js';
import { COLUMNS, type LicenseQuery } from './license-query.js';

/** Column 0 selects the row, the last one holds its action. */
export const LAST = COLUMNS.length + 1;

/** What the grid shows and what its cells do. */
export interface GridView {
  t: Host['t'];
  i18n: LocaleController;
  query: LicenseQuery;
  nav: GridNavigation;
  window: VirtualWindow;
  /** The rows loaded so far. */
  rows: readonly License[];
  /** Rows to lay out: the loaded ones, and placeholders for the next page. */
  count: number;
  total: number;
  /** The rows to render, `[from, to)`. */
  range: [number, number];
  busy: boolean;
  selected: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  canAssign: boolean;
  select(id: string, on?: boolean): void;
  action(license: License, opener: HTMLElement): void;
  products(userId: string, opener: HTMLElement): void;
}

/** The licenses as an ARIA grid: a sortable header and a virtualised body. */
export function renderGrid(v: GridView): TemplateResult {
  const [from, to] = v.range;
  const stop = v.nav.stop(from, to);
  const tab = (r: number, c: number) => v.nav.tabIndex(stop, r, c);
  const h = v.window.rowHeight;
  const rows: number[] = [];
  for (let i = from; i < to; i++) rows.push(i);
  return html`<div
      class="viewport"
      part="grid"
      role="grid"
      aria-labelledby="lt-title"
      aria-describedby="lt-keys"
      aria-rowcount=${v.total + 1}
      aria-colcount=${LAST + 1}
      aria-multiselectable="true"
      aria-busy=${v.busy}
      @keydown=${v.nav.onKey}
      @focusin=${v.nav.onFocus}
      @scroll=${v.window.onScroll}
    >
      ${renderHead(v, tab)}
      <div role="rowgroup" class="body" style=${styleProps({ height: h ? `${v.count * h}px` : 'auto' })}>
        ${repeat(
          rows,
          (i) => i,
          // A row renders again only when what it shows changed: scrolling adds and removes rows, no more.
          (i) => {
            const license = v.rows[i];
            const id = license?.id ?? '';
            const deps = [license, v.selected.has(id), v.pending.has(id), i + 1 === stop ? v.nav.column : -1];
            return guard([...deps, v.canAssign, h, v.i18n.locale], () => renderRow(v, i, tab));
          },
        )}
      </div>
    </div>
    <p class="hint" id="lt-keys">${v.t('grid.keys')}</p>`;
}

function renderHead(v: GridView, tab: (r: number, c: number) => number): TemplateResult {
  const { t } = v;
  const loaded = v.selected.size ? v.rows.filter((r) => v.selected.has(r.id)).length : 0;
  const [sortKey, desc] = v.query.sortOf();
  return html`<div role="rowgroup" class="head">
    <div role="row" aria-rowindex="1">
      <div role="columnheader" class="check-cell">
        <input
          type="checkbox"
          data-rc="0-0"
          tabindex=${tab(0, 0)}
          aria-label=${t('grid.selectAll')}
          .checked=${loaded > 0 && loaded === v.rows.length}
          .indeterminate=${loaded > 0 && loaded < v.rows.length}
          @change=${(e: Event) => v.rows.forEach((r) => v.select(r.id, (e.target as HTMLInputElement).checked))}
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
              @click=${() => v.query.sortBy(key)}
            >
              ${t(`col.${key}`)}
              <span aria-hidden="true">${sortKey === key ? (desc ? '↓' : '↑') : '↕'}</span>
            </button>
          </div>`,
      )}
      <div role="columnheader" data-rc="0-${LAST}" tabindex=${tab(0, LAST)}>${t('col.actions')}</div>
    </div>
  </div>`;
}

function renderRow(v: GridView, i: number, tab: (r: number, c: number) => number): TemplateResult {
  const { t } = v;
  const r = i + 1;
  const license = v.rows[i];
  // Through the CSSOM: a strict CSP (no 'unsafe-inline' styles) refuses a `style` attribute.
  const style = styleProps({ transform: `translateY(${v.window.offset(i)}px)` });
  if (!license) {
    return html`<div role="row" aria-rowindex=${i + 2} style=${style}>
      <div role="gridcell" aria-colspan=${LAST + 1} data-rc="${r}-0" tabindex=${tab(r, 0)}>
        <span class="visually-hidden">${t('grid.loadingRow')}</span><span class="bar"></span>
      </div>
    </div>`;
  }
  const { assignee, costCenter } = license;
  const selected = v.selected.has(license.id);
  const who = assignee?.name ?? t('grid.free');
  // `data-label`: the column's name, shown before the value where a narrow table stacks a row's cells (the type,
  // first and bold, needs none).
  const label = (c: number) => {
    const key = c > 1 ? COLUMNS[c - 1] : undefined;
    if (!key) return undefined;
    return t('grid.label', { column: key === 'costCenter' ? t('grid.costCenterShort') : t(`col.${key}`) });
  };
  const cell = (c: number, content: unknown, title?: string) =>
    html`<div
      role="gridcell"
      data-rc="${r}-${c}"
      data-label=${ifDefined(label(c))}
      tabindex=${tab(r, c)}
      title=${ifDefined(title)}
    >
      ${content}
    </div>`;
  return html`<div
    role="row"
    aria-rowindex=${i + 2}
    aria-selected=${selected}
    class="${selected ? 'selected' : ''} ${v.pending.has(license.id) ? 'pending' : ''}"
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
        @change=${(e: Event) => v.select(license.id, (e.target as HTMLInputElement).checked)}
      />
    </div>
    ${cell(1, license.productName, license.productName)} ${renderAssignee(v, license, r, tab, cell)}
    ${cell(3, assignee?.extension ?? '')}
    ${cell(4, costCenter ? costCenter.code : html`<span class="muted">${t('grid.noCenter')}</span>`, costCenter?.name)}
    ${cell(5, html`<time datetime=${license.addedAt}>${v.i18n.date(license.addedAt)}</time>`)}
    ${renderAction(v, license, r, tab)}
  </div>`;
}

type Tab = (r: number, c: number) => number;
type Cell = (c: number, content: unknown, title?: string) => TemplateResult;

/** The assignee: a button to their products for a role that may assign, else their name, or "N/A". */
function renderAssignee(v: GridView, license: License, r: number, tab: Tab, cell: Cell): TemplateResult {
  const { t } = v;
  const { assignee } = license;
  return assignee && v.canAssign
    ? html`<div role="gridcell" data-label=${t('grid.label', { column: t('col.assignee') })}>
        <button
          type="button"
          class="link"
          data-rc="${r}-2"
          tabindex=${tab(r, 2)}
          aria-label=${t('grid.productsOf', { name: assignee.name })}
          @click=${(e: Event) => v.products(assignee.id, e.currentTarget as HTMLElement)}
        >
          ${assignee.name}
        </button>
      </div>`
    : cell(
        2,
        assignee ? assignee.name : html`<abbr title=${t('grid.free')}>${t('grid.na')}</abbr>`,
        assignee?.email,
      );
}

/** The row's action: Assign or Unassign, disabled with the reason for a role that may not. */
function renderAction(v: GridView, license: License, r: number, tab: Tab): TemplateResult {
  const { t } = v;
  const { assignee } = license;
  const who = assignee?.name ?? t('grid.free');
  return html`<div role="gridcell">
    <button
      type="button"
      part="button"
      data-rc="${r}-${LAST}"
      tabindex=${tab(r, LAST)}
      aria-disabled=${!v.canAssign}
      aria-describedby=${v.canAssign ? nothing : 'reason-assign'}
      @click=${(e: Event) => v.action(license, e.currentTarget as HTMLElement)}
    >
      ${t(assignee ? 'unassign.open' : 'assign.open')}<span class="visually-hidden"
        >: ${license.productName}, ${who}</span
      >
    </button>
  </div>`;
}
