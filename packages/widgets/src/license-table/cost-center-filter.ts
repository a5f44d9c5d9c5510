import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { sleep } from '../base/controllers/sleep.js';
import { checkbox, type Host, type LicensePage } from './host.js';

/** The panel's look, adopted when it loads. */
export const panelStyles = css`
  .popover {
    position: absolute;
    z-index: 3;
    top: calc(100% + 0.25rem);
    width: min(22rem, 90vw);
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline-variant);
    background: var(--_surface);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.2);
  }
  .popover[hidden] {
    display: none;
  }
  .options {
    max-height: 16rem;
    overflow: auto;
  }
  .options .check {
    align-items: center;
    padding: 0.25rem;
    font-weight: 400;
  }
  .count {
    margin-inline-start: auto;
    color: var(--_on-surface-variant);
  }
`;

/** The filter value of licenses without a cost center. */
const NONE = 'none';

/**
 * The panel of the cost-center filter, loaded the first time it opens: its own search box (searched by the
 * server as the user types) and a box per cost center with the number of matching licenses of each. Several
 * can be chosen; `selected` reads them (`none`: licenses without a cost center).
 */
export class CostCenterPanel {
  query = '';
  open = false;
  readonly #codes = new Map<string, string>();
  readonly #options;

  constructor(
    private readonly host: Host,
    private readonly selected: () => string[],
    private readonly set: (selected: string[]) => void,
    private readonly close: (focus: boolean) => void,
  ) {
    this.#options = new Task(host, {
      args: () => [host.store, this.query, this.open] as const,
      task: async ([store, q, open], { signal }) => {
        if (!store || !open) return undefined;
        if (q) await sleep(250, signal);
        return store.read(
          `cost-centers:${q}`,
          ['costCenters'],
          () => store.client.costCenters.list(q ? { q, limit: 100 } : { limit: 100 }),
          signal,
        );
      },
    });
  }

  /** Focus leaving the filter closes it. */
  onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (this.open && to && !(e.currentTarget as HTMLElement).contains(to)) this.close(false);
  };

  /** Escape closes it and goes back to its button. */
  onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.close(true);
    }
  };

  render(facets: LicensePage['facets'] | undefined) {
    const { t, i18n } = this.host;
    const selected = this.selected();
    const set = this.set;
    const counts = new Map(facets?.costCenters.map((f) => [f.costCenterId ?? NONE, f.count]));
    const options = this.#options.value?.items ?? [];
    options.forEach((c) => this.#codes.set(c.id, c.code));
    const option = (id: string, label: string, name = '') =>
      html`<li>
        <label class="check">
          ${checkbox(selected.includes(id), (on) => set(on ? [...selected, id] : selected.filter((s) => s !== id)))}
          <span>${label} <span class="muted small">${name}</span></span>
          <span class="count">${i18n.number(counts.get(id) ?? 0)}</span>
        </label>
      </li>`;
    return html`<div class="field">
        <label for="cc-q">${t('filter.findCostCenter')}</label>
        <input
          id="cc-q"
          type="search"
          autocomplete="off"
          .value=${live(this.query)}
          @input=${(e: Event) => ((this.query = (e.target as HTMLInputElement).value), this.host.requestUpdate())}
        />
      </div>
      <ul class="options">
        ${this.query ? nothing : option(NONE, t('filter.noCostCenter'))}
        ${options.map((c) => option(c.id, c.code, c.name))}
      </ul>
      ${this.#options.value && !options.length ? html`<p class="muted small">${t('filter.noMatch')}</p>` : nothing}
      ${
        selected.length
          ? html`<p class="small">
              ${t('filter.chosen', {
                list: selected
                  .map((id) => (id === NONE ? t('filter.noCostCenter') : (this.#codes.get(id) ?? id)))
                  .join(', '),
              })}
              <button type="button" class="link" part="button" @click=${() => set([])}>
                ${t('filter.clear')}
              </button>
            </p>`
          : nothing
      }`;
  }
}
