import type { Schema } from '@allot/contract';
import type { AnyErrorCode, ErrorCodeOf, OperationId } from './types.js';

type FieldError = Schema<'FieldError'>;

/** Codes for an error body without a readable `code`, by status: what every operation may return there. */
const GENERAL: Record<number, AnyErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  412: 'precondition_failed',
  428: 'precondition_required',
  429: 'rate_limited',
};

/**
 * The API answered with an error status. Carries the RFC 9457 problem document with its machine `code`, typed
 * as the codes of the operation that failed when narrowed with {@link isApiError}.
 *
 * @example
 * try {
 *   await client.minutes.transfer({ fromAccountId: 'acc_pool', toAccountId: 'acc_emea', minutes: 500 });
 * } catch (error) {
 *   if (isApiError(error, 'insufficient_minutes')) showBalanceHint(error.detail);
 *   else throw error;
 * }
 */
export class ApiError<C extends AnyErrorCode = AnyErrorCode> extends Error {
  override name = 'ApiError';
  /** HTTP status, e.g. 422. */
  readonly status: number;
  /** Stable machine code to `switch` on, e.g. `'insufficient_minutes'`. */
  readonly code: C;
  /** URI naming the problem type. */
  readonly type: string;
  /** Short human summary of the problem type. */
  readonly title: string;
  /** Human explanation of this occurrence. */
  readonly detail: string;
  /** Identifier of the request, to quote to support. */
  readonly requestId: string | undefined;
  /** Seconds the server asked to wait before trying again (`Retry-After` / `retry-after-ms`). */
  readonly retryAfter: number | undefined;
  /** The invalid fields, for `validation_failed`; empty otherwise. */
  readonly errors: FieldError[];
  /**
   * The whole problem document as the server sent it, extension members included (for example the
   * `blockers` of a 409 from accepting an invitation).
   */
  readonly problem: Readonly<Record<string, unknown>>;

  constructor(status: number, problem: Record<string, unknown>, headers: Headers, retryAfterMs?: number) {
    const text = (key: string) => (typeof problem[key] == 'string' ? (problem[key] as string) : undefined);
    const code = (text('code') ?? GENERAL[status] ?? (status >= 500 ? 'unavailable' : 'unknown')) as C;
    const detail = text('detail') ?? `The server answered ${status}.`;
    super(`${status} ${code}: ${detail}`);
    this.status = status;
    this.code = code;
    this.type = text('type') ?? 'about:blank';
    this.title = text('title') ?? code;
    this.detail = detail;
    this.requestId = text('requestId') ?? headers.get('x-request-id') ?? undefined;
    this.retryAfter = retryAfterMs === undefined ? undefined : retryAfterMs / 1000;
    this.errors = Array.isArray(problem['errors']) ? (problem['errors'] as FieldError[]) : [];
    this.problem = problem;
  }
}

/** No response arrived: DNS, refused or reset connection, offline. The cause is the platform's error. */
export class ConnectionError extends Error {
  override name = 'ConnectionError';
}

/** One attempt took longer than its `timeout`, body included, and no retry was left. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * True when `error` is an {@link ApiError}, and, given a `code`, one with that code. Name the operation as the
 * type argument to check `code` against the codes that operation documents.
 *
 * @example
 * if (isApiError(error, 'insufficient_minutes')) error.code; // 'insufficient_minutes'
 * if (isApiError<'transferMinutes'>(error)) {
 *   switch (error.code) {
 *     case 'insufficient_minutes': // …every code transferMinutes documents
 *   }
 * }
 */
export function isApiError<I extends OperationId = OperationId, C extends ErrorCodeOf<I> = ErrorCodeOf<I>>(
  error: unknown,
  code?: C,
): error is ApiError<C> {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
