import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Query } from '@allot/sdk';

export type ListQuery = Query<'listLicenses'>;
type Sort = NonNullable<ListQuery['sort']>;

/** The sortable columns, in order. */
export const COLUMNS = ['type', 'assignee', 'extension', 'costCenter', 'addedAt'] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * What the license grid asks the server for: the search (as typed, and as sent once typing settles), the
 * cost-center, product and status filters, and the sort. `key` changes whenever the query does.
 */
export class LicenseQuery implements ReactiveController {
  /** The search as typed. */
  draft = '';
  q = '';
  product = '';
  status = '';
  centers: string[] = [];
  sort: Sort = '-addedAt';
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Identifies the query: the list reloads from the top when it changes. */
  get key(): string {
    return JSON.stringify(this.toQuery());
  }

  /** Any filter or search set (the empty state then offers to clear them). */
  get filtered(): boolean {
    return !!(this.q || this.product || this.status || this.centers.length);
  }

  /** The API query; `limit` for the first page. */
  toQuery(limit?: number): ListQuery {
    const query: ListQuery = { sort: this.sort };
    if (this.q) query.q = this.q;
    if (this.centers.length) query.costCenterId = this.centers;
    if (this.product) query.productId = [this.product];
    if (this.status) query.status = this.status as 'assigned';
    if (limit !== undefined) query.limit = Math.min(200, Math.max(1, limit));
    return query;
  }

  /** Typing: the search is sent once it settles (or at once on Enter, through {@link search}). */
  type(text: string): void {
    this.draft = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.search(), 300);
  }

  search(): void {
    clearTimeout(this.#timer);
    this.q = this.draft.trim();
    this.#host.requestUpdate();
  }

  set(filter: 'product' | 'status', value: string): void {
    this[filter] = value;
    this.#host.requestUpdate();
  }

  setCenters(ids: string[]): void {
    this.centers = ids;
    this.#host.requestUpdate();
  }

  clear(): void {
    this.draft = this.q = this.product = this.status = '';
    this.centers = [];
    this.#host.requestUpdate();
  }

  /** A header pressed: sorts by it, or flips the order when it already sorts. Dates start newest first. */
  sortBy(column: Column): void {
    const [key, desc] = this.sortOf();
    this.sort = (
      key === column ? (desc ? column : `-${column}`) : column === 'addedAt' ? '-addedAt' : column
    ) as Sort;
    this.#host.requestUpdate();
  }

  sortOf(): [string, boolean] {
    return [this.sort.replace('-', ''), this.sort.startsWith('-')];
  }
}
