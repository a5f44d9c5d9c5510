import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PagedList } from '../base/controllers/paged.js';
import type { AllotStore } from '../base/store.js';
import type { License, LicensePage } from './host.js';
import type { LicenseQuery } from './license-query.js';

type Args = readonly [AllotStore | undefined, number, string];

/**
 * The licenses the grid shows: the first page for the query, the next pages as the grid scrolls near the end,
 * and the table's own changes shown at once (optimistic while the server answers). The status counts follow
 * those changes without reading a page again.
 */
export class LicenseRows implements ReactiveController {
  readonly list: PagedList<License, Args, LicensePage>;
  /** Rows with an optimistic change the server has not answered yet. */
  readonly pending = new Set<string>();
  /** Why the next page did not load, until "Try again". */
  moreError: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #pageSize: () => number;
  readonly #query: LicenseQuery;
  /** Whether a row with an unanswered optimistic change was assigned before it. */
  readonly #before = new Map<string, boolean>();
  /** Assignments made here since the page loaded. */
  #shift = { page: undefined as LicensePage | undefined, assigned: 0 };

  constructor(host: ReactiveControllerHost, args: () => Args, query: LicenseQuery, pageSize: () => number) {
    this.#host = host;
    this.#pageSize = pageSize;
    this.#query = query;
    host.addController(this);
    this.list = new PagedList<License, Args, LicensePage>(
      host,
      args,
      async ([store, , key], cursor, signal) => {
        if (!store) return undefined;
        if (!cursor) this.moreError = undefined;
        const first = query.toQuery(pageSize());
        return cursor
          ? store.client.licenses.list({ ...first, cursor })
          : store.read(`licenses:${key}`, ['licenses'], () => store.client.licenses.list(first), signal);
      },
    );
  }

  hostConnected(): void {}

  get items(): License[] | undefined {
    return this.list.items;
  }

  get total(): number | undefined {
    return this.list.total;
  }

  /** Rows to lay out: those loaded, and placeholders for the page that loads next. */
  get count(): number {
    const loaded = this.list.items?.length ?? 0;
    const total = this.list.total ?? 0;
    return loaded + (this.list.hasMore ? Math.max(1, Math.min(this.#pageSize(), total - loaded)) : 0);
  }

  /** The facets of the query, the status counts moved by the assignments made here since the page loaded. */
  get facets(): LicensePage['facets'] | undefined {
    const page = this.list.page;
    if (!page) return undefined;
    const shift = this.#shift.page === page ? this.#shift.assigned : 0;
    const { assigned, unassigned } = page.facets.status;
    return { ...page.facets, status: { assigned: assigned + shift, unassigned: unassigned - shift } };
  }

  /** Loads the next page once the rendered rows reach within `margin` rows of the end of those loaded. */
  loadAhead(renderedTo: number, margin: number): void {
    const list = this.list;
    if (!list.hasMore || list.loadingMore || this.moreError) return;
    if (renderedTo <= (list.items?.length ?? 0) - margin) return;
    void list.more().catch((error: unknown) => {
      this.moreError = error;
      this.#host.requestUpdate();
    });
  }

  retryMore(): void {
    this.moreError = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Shows a license in its row; `pending` marks an optimistic change until the server answers. Once the server
   * answered, a license that no longer matches the status filter leaves the list (and the count), so rows and
   * count agree; returns whether it left.
   */
  patch(license: License, pending?: boolean): boolean {
    const current = this.list.items?.find((r) => r.id === license.id);
    // Counted once the server answered: assigned before the first optimistic change, and now.
    const was = this.#before.get(license.id) ?? !!current?.assignee;
    if (pending) this.#before.set(license.id, was);
    else {
      this.#before.delete(license.id);
      if (was !== !!license.assignee) this.#count(license);
    }
    const status = this.#query.status;
    const leaves = !pending && status !== '' && (status === 'assigned') !== !!license.assignee;
    this.list.edit((r) => (r.id === license.id ? (leaves ? undefined : license) : r));
    if (pending) this.pending.add(license.id);
    else this.pending.delete(license.id);
    this.#host.requestUpdate();
    return leaves;
  }

  #count(license: License) {
    const page = this.list.page;
    if (this.#shift.page !== page) this.#shift = { page, assigned: 0 };
    this.#shift.assigned += license.assignee ? 1 : -1;
  }
}
