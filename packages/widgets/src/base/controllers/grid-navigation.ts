import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface GridOptions {
  /** Body rows (row 0 is the header; body rows are 1 to `rows()`). */
  rows(): number;
  /** The last column's index (columns start at 0). */
  lastColumn: number;
  /** Rows in one page of the view. */
  pageRows(): number;
  /** Brings body row `row` (1-based) into view before it is focused. */
  reveal(row: number): void;
  /** Enter or Space on a cell that has no control of its own. */
  activate(row: number, key: 'Enter' | ' ', cell: HTMLElement): void;
  /** Where the cells are. */
  root(): ParentNode;
}

/**
 * Keyboard use of an ARIA grid, as the APG's data grid: one tab stop (a roving `tabindex`), arrows between
 * cells, Home/End to the row's ends (with Ctrl, the grid's), PageUp/PageDown by a view, Enter and Space handed to
 * the widget. Cells carry `data-rc="row-column"`.
 */
export class GridNavigation implements ReactiveController {
  row = 1;
  column = 1;
  readonly #host: ReactiveControllerHost & { updateComplete: Promise<boolean> };
  readonly #options: GridOptions;

  constructor(host: ReactiveControllerHost & { updateComplete: Promise<boolean> }, options: GridOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The row that holds the tab stop, given the rows rendered `[from, to)`: Tab always lands in the grid. */
  stop(from: number, to: number): number {
    return this.row === 0 || (this.row > from && this.row <= to) ? this.row : from + 1;
  }

  /** `tabindex` of a cell, with the tab stop on row `stop`. */
  tabIndex(stop: number, row: number, column: number): number {
    return row === stop && column === this.column ? 0 : -1;
  }

  onKey = (event: KeyboardEvent): void => {
    const [r, c] = [this.row, this.column];
    const page = this.#options.pageRows();
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [r, c + 1],
      ArrowLeft: [r, c - 1],
      ArrowDown: [r + 1, c],
      ArrowUp: [r - 1, c],
      Home: ctrl ? [1, c] : [r, 0],
      End: ctrl ? [this.#options.rows(), c] : [r, this.#options.lastColumn],
      PageDown: [r + page, c],
      PageUp: [Math.max(1, r - page), c],
    };
    const to = moves[event.key];
    const target = event.target as HTMLElement;
    if (to) {
      event.preventDefault();
      void this.move(...to);
    } else if ((event.key === 'Enter' || event.key === ' ') && r > 0 && !target.matches('button, input')) {
      event.preventDefault();
      this.#options.activate(r, event.key, target);
    }
  };

  onFocus = (event: FocusEvent): void => {
    const [r = 0, c = 0] =
      (event.target as HTMLElement).closest('[data-rc]')?.getAttribute('data-rc')?.split('-').map(Number) ??
      [];
    if (r !== this.row || c !== this.column) {
      this.row = r;
      this.column = c;
      this.#host.requestUpdate();
    }
  };

  async move(row: number, column: number): Promise<void> {
    this.row = Math.max(0, Math.min(row, this.#options.rows()));
    this.column = Math.max(0, Math.min(column, this.#options.lastColumn));
    if (this.row > 0) this.#options.reveal(this.row);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.focus();
  }

  /** Focuses the cell at the current position (a row's first focusable cell when that one has none). */
  focus(): void {
    const root = this.#options.root();
    (
      root.querySelector<HTMLElement>(`[data-rc="${this.row}-${this.column}"]`) ??
      root.querySelector<HTMLElement>(`[data-rc^="${this.row}-"]`)
    )?.focus();
  }
}
