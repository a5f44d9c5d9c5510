import type { Route } from '@allot/contract/routes';
import { operation, pathArity } from './operation.js';
import type { Call } from './transport.js';
import type { Iterate, Method, OperationId, Pages, PathArgs } from './types.js';

interface Page {
  items: unknown[];
  nextCursor?: string | null;
}

/** The three ways to read a cursor-paginated list: one page, page by page, item by item. */
export interface Paged<I extends OperationId, P extends PathArgs<I>> {
  list: Method<I, P>;
  pages: Pages<I, P>;
  iterate: Iterate<I, P>;
}

/** `list`, `pages` and `iterate` over one cursor-paginated operation; the query and options follow the path. */
export const paged = <I extends OperationId, P extends PathArgs<I> = PathArgs<I>>(
  call: Call,
  route: Route<I>,
): Paged<I, P> => {
  const list = operation<I, P>(call, route) as unknown as (...args: unknown[]) => Promise<Page>;
  const n = pathArity(route);
  async function* pages(...args: unknown[]) {
    let query = args[n] as object | undefined;
    for (;;) {
      const page = await list(...args.slice(0, n), query, args[n + 1]);
      yield page;
      if (!page.nextCursor) return;
      query = { ...query, cursor: page.nextCursor };
    }
  }
  async function* iterate(...args: unknown[]) {
    for await (const page of pages(...args)) yield* page.items;
  }
  return { list, pages, iterate } as unknown as Paged<I, P>;
};
