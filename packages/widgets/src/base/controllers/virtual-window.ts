import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowOptions {
  /** The scrolling element. */
  viewport(): HTMLElement | null;
  /** A body row, to measure: rows are as tall as the host's styles make them. */
  rowSelector: string;
  /** Rows rendered beyond each edge of the view, so fast scrolling shows no gap. */
  overscan?: number;
}

/**
 * A virtual window over a long list of equal-height rows: which rows to render for the scroll position, their
 * offsets, and scrolling a row into view. Row and view heights are measured after each render, never assumed:
 * a host that changes the row height through custom properties gets a window that fits.
 */
export class VirtualWindow implements ReactiveController {
  /** The first row in view. */
  start = 0;
  /** The measured height of a row; undefined until the first rows rendered. */
  rowHeight: number | undefined;
  #viewHeight = 0;
  readonly #host: ReactiveControllerHost;
  readonly #options: WindowOptions;
  readonly #overscan: number;

  constructor(host: ReactiveControllerHost, options: WindowOptions) {
    this.#host = host;
    this.#options = options;
    this.#overscan = options.overscan ?? 6;
    host.addController(this);
  }

  /** The rows to render, `[from, to)`, out of `count`. Before measuring, a first few to measure. */
  range(count: number): [number, number] {
    const h = this.rowHeight;
    if (!h) return [0, Math.min(count, this.#overscan * 2)];
    const from = Math.max(0, this.start - this.#overscan);
    return [from, Math.min(count, this.start + Math.ceil(this.#viewHeight / h) + this.#overscan)];
  }

  /** Rows in one page of the view (PageUp / PageDown). */
  get pageRows(): number {
    return this.rowHeight ? Math.max(1, Math.floor(this.#viewHeight / this.rowHeight) - 2) : 1;
  }

  /** Offset of row `index` (0-based) in the body, in px. */
  offset(index: number): number {
    return index * (this.rowHeight ?? 0);
  }

  hostUpdated(): void {
    const viewport = this.#options.viewport();
    const row = viewport?.querySelector<HTMLElement>(this.#options.rowSelector);
    if (!viewport || !row?.offsetHeight) return;
    if (row.offsetHeight !== this.rowHeight || viewport.clientHeight !== this.#viewHeight) {
      this.rowHeight = row.offsetHeight;
      this.#viewHeight = viewport.clientHeight;
      this.start = Math.floor(viewport.scrollTop / this.rowHeight);
      this.#host.requestUpdate();
    }
  }

  onScroll = (event: Event): void => {
    const viewport = event.currentTarget as HTMLElement;
    this.#viewHeight = viewport.clientHeight;
    const start = this.rowHeight ? Math.floor(viewport.scrollTop / this.rowHeight) : 0;
    if (start !== this.start) {
      this.start = start;
      this.#host.requestUpdate();
    }
  };

  /** Scrolls so body row `index` (0-based) is in view below a sticky header one row high. */
  reveal(index: number): void {
    const viewport = this.#options.viewport();
    const h = this.rowHeight;
    if (!viewport || !h) return;
    const top = index * h;
    const room = viewport.clientHeight - h;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + h > viewport.scrollTop + room) viewport.scrollTop = top + h - room;
    this.start = Math.floor(viewport.scrollTop / h);
    this.#host.requestUpdate();
  }

  /** Back to the top (another search or sort). */
  reset(): void {
    this.start = 0;
    const viewport = this.#options.viewport();
    if (viewport) viewport.scrollTop = 0;
  }
}
