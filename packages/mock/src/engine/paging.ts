import { fail } from './errors.js';

/** A page in the contract's shape. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url of the next offset. */
export function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ o: offset }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const { o } = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as { o: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through to the validation error
  }
  return fail(400, 'validation_failed', 'The cursor is not valid.', {
    errors: [{ pointer: '/query/cursor', code: 'format', message: 'is not a cursor from this API' }],
  });
}

/** One page of an already filtered and sorted list. */
export function paginate<T>(items: readonly T[], cursor: string | undefined, limit = 50): Page<T> {
  const offset = decodeCursor(cursor);
  const end = offset + limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? encodeCursor(end) : null };
}
