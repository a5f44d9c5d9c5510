import type { ErrorCode, Schema } from '@allot/contract';

type FieldError = Schema<'FieldError'>;

/**
 * A rule of DOMAIN.md said no. Engine functions throw it *before* they change any state, so a failed
 * request never leaves a trace (invariant 6); the HTTP layer turns it into problem+json.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: {
      errors?: FieldError[];
      retryAfter?: number;
      /** RFC 9457 extension members the contract documents for this problem (e.g. `blockers`). */
      members?: Record<string, unknown>;
    } = {},
  ) {
    super(`${status} ${code}: ${detail}`);
    this.name = 'DomainError';
  }
}

/** Throws a DomainError; typed `never` so callers read as guards. */
export function fail(status: number, code: ErrorCode, detail: string, extra?: DomainError['extra']): never {
  throw new DomainError(status, code, detail, extra);
}

/** 404 for anything absent or belonging to another portal: never reveal it exists. */
export function notFound(what: string): never {
  return fail(404, 'not_found', `No such ${what}.`);
}
