import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

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
export class PagedList<T, A extends readonly unknown[]> {
  readonly task: Task<A, Page<T> | undefined>;
  /** True while the next page is loading. */
  loadingMore = false;
  #extra: T[] = [];
  #cursor: string | null | undefined;
  #args: A | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    args: () => A,
    private readonly load: (
      args: A,
      cursor: string | undefined,
      signal?: AbortSignal,
    ) => Promise<Page<T> | undefined>,
  ) {
    this.task = new Task<A, Page<T> | undefined>(host, {
      args,
      task: (a, { signal }) => {
        this.#args = a;
        return load(a, undefined, signal);
      },
      onComplete: () => {
        this.#extra = [];
        this.#cursor = undefined;
      },
    });
  }

  /** Every item loaded so far; undefined until the first page arrived. */
  get items(): T[] | undefined {
    const first = this.task.value;
    return first ? [...first.items, ...this.#extra] : undefined;
  }

  get total(): number | undefined {
    return this.task.value?.total;
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
    if (!cursor || this.loadingMore || !args) return 0;
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const page = await this.load(args, cursor);
      if (!page) return 0;
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
  'items' | 'total' | 'hasMore' | 'pending' | 'loadingMore' | 'more' | 'status' | 'error' | 'reload'
>;
