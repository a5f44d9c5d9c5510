import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Loadable } from './state.js';

/** One page of a cursor-paginated list, as the API returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number | undefined;
}

/**
 * A cursor-paginated list: the first page loads through a task whenever its arguments change (a search, a
 * reload after a change elsewhere); {@link PagedList.more} appends the next page. `load` gets no cursor for the
 * first page.
 */
export class PagedList<T, A extends readonly unknown[], P extends Page<T> = Page<T>> {
  readonly task: Task<A, P | undefined>;
  /** True while the next page is loading. */
  loadingMore = false;
  #extra: T[] = [];
  #cursor: string | null | undefined;
  #args: A | undefined;
  /** Counts first-page loads: a next page asked for before the list was loaded again is dropped. */
  #generation = 0;
  /** The widget's own changes since the first page loaded: items edited or gone, and what that did to the total. */
  #edits: { map: (item: T) => T | undefined; total: number } = { map: (item) => item, total: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    args: () => A,
    private readonly load: (
      args: A,
      cursor: string | undefined,
      signal?: AbortSignal,
    ) => Promise<P | undefined>,
  ) {
    this.task = new Task<A, P | undefined>(host, {
      args,
      task: (a, { signal }) => {
        this.#args = a;
        this.#generation++;
        return load(a, undefined, signal);
      },
      onComplete: () => {
        this.#extra = [];
        this.#cursor = undefined;
        this.#edits = { map: (item) => item, total: 0 };
      },
    });
  }

  /** Every item loaded so far; undefined until the first page arrived. */
  get items(): T[] | undefined {
    const first = this.task.value;
    if (!first) return undefined;
    const map = this.#edits.map;
    return [...first.items, ...this.#extra].flatMap((item) => map(item) ?? []);
  }

  /** The first page as the API sent it (with whatever else it carries, such as facets). */
  get page(): P | undefined {
    return this.task.value;
  }

  get total(): number | undefined {
    const total = this.task.value?.total;
    return total === undefined ? undefined : Math.max(0, total + this.#edits.total);
  }

  /**
   * Shows the widget's own change at once, without reading a page again: `edit` returns an item's new value,
   * or undefined for an item that is gone (the total goes down by one for each).
   */
  edit(edit: (item: T) => T | undefined): void {
    const before = this.items ?? [];
    const previous = this.#edits.map;
    const map = (item: T) => {
      const kept = previous(item);
      return kept === undefined ? undefined : edit(kept);
    };
    const gone = before.length - before.filter((item) => edit(item) !== undefined).length;
    this.#edits = { map, total: this.#edits.total - gone };
    this.host.requestUpdate();
  }

  /** The first page as a {@link Loadable} of every item loaded, for the state ladder. */
  get loadable(): Loadable<T[]> {
    return {
      status: this.task.status,
      value: this.items,
      error: this.task.error,
      retry: () => this.reload(),
    };
  }

  get hasMore(): boolean {
    return !!(this.#cursor === undefined ? this.task.value?.nextCursor : this.#cursor);
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** Loads the first page again. */
  reload(): void {
    void this.task.run();
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** Loads the next page; resolves with how many items it added (rejects as the call did). */
  async more(): Promise<number> {
    const cursor = this.#cursor === undefined ? this.task.value?.nextCursor : this.#cursor;
    const args = this.#args;
    // While the first page loads again (another search, a change elsewhere), the old cursor is stale.
    if (!cursor || this.loadingMore || !args || this.task.status === TaskStatus.PENDING) return 0;
    const generation = this.#generation;
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const page = await this.load(args, cursor);
      if (!page || generation !== this.#generation) return 0;
      this.#extra = [...this.#extra, ...page.items];
      this.#cursor = page.nextCursor;
      return page.items.length;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }
}

/** What a view of a list needs, whatever its arguments. */
export type PagedView<T> = Pick<
  PagedList<T, readonly unknown[]>,
  | 'items'
  | 'total'
  | 'hasMore'
  | 'pending'
  | 'loadingMore'
  | 'more'
  | 'status'
  | 'error'
  | 'reload'
  | 'loadable'
  | 'edit'
>;

/** "Show more" under a list while it has more pages: busy while one loads. */
export function renderMore(
  list: Pick<PagedView<unknown>, 'hasMore' | 'loadingMore'>,
  label: string,
  working: string,
  onMore: () => void,
): TemplateResult | typeof nothing {
  return list.hasMore
    ? html`<button
        type="button"
        part="button"
        class="link"
        aria-disabled=${list.loadingMore}
        @click=${onMore}
      >
        ${list.loadingMore ? working : label}
      </button>`
    : nothing;
}
