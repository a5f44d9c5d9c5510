import type { Call } from './transport.js';
import type { Iterate, Method, OperationId, Pages } from './types.js';

interface Page {
  items: unknown[];
  nextCursor?: string | null;
}

/** The three ways to read a cursor-paginated list: one page, page by page, item by item. */
export interface Paged<I extends OperationId, P extends string[]> {
  list: Method<I, P>;
  pages: Pages<I, P>;
  iterate: Iterate<I, P>;
}

/**
 * `list`, `pages` and `iterate` over one cursor-paginated GET. `at` builds its path from the leading path
 * arguments (its arity says how many there are); the query and options follow them.
 */
export const paged = <I extends OperationId, P extends string[] = []>(
  call: Call,
  at: (...ids: string[]) => string,
): Paged<I, P> => {
  const n = at.length;
  const list = (...args: unknown[]) =>
    call<Page>('GET', at(...(args.slice(0, n) as string[])), args[n], args[n + 1] as object);
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
