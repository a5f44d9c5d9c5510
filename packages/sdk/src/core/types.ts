/**
 * Every SDK signature is computed here from `@allot/contract`'s generated `operations`, so a change to the
 * contract changes (or breaks) the SDK's types at build time instead of surprising a user at run time.
 * Nothing in this file exists at run time.
 */
import type { ErrorCode, OperationId, operations } from '@allot/contract';
import type { operationTable } from '@allot/contract/operations';

export type { ErrorCode, OperationId };

type Op<I extends OperationId> = operations[I];
type Responses<I extends OperationId> = Op<I>['responses'];
type Params<I extends OperationId> = Op<I>['parameters'];

type SuccessStatus = 200 | 201 | 202 | 203 | 204;

/** The success responses of an operation (the contract has exactly one per operation). */
type Success<I extends OperationId> = Responses<I>[Extract<keyof Responses<I>, SuccessStatus>];

/** JSON bodies as their schema, `text/*` as a string, anything else (a PDF) as a Blob. */
type Parsed<C> = C extends { 'application/json': infer J }
  ? J
  : [Extract<keyof C, `text/${string}`>] extends [never]
    ? Blob
    : string;

/** What a successful call of the operation resolves with, before the ETag wrapping. */
export type Data<I extends OperationId> = Success<I> extends { content: infer C } ? Parsed<C> : undefined;

/** True when the contract declares an `ETag` header on the operation's success response. */
export type HasEtag<I extends OperationId> = Success<I> extends { headers: { ETag: unknown } } ? true : false;

/**
 * A resource together with its version. Operations whose response carries an `ETag` resolve to this, so the
 * version to send back in `ifMatch` is never lost.
 */
export interface Versioned<T> {
  /** The resource as the server returned it. */
  data: T;
  /** Its `ETag`, to pass as `ifMatch` to the next write of the same resource. */
  etag: string;
}

/** What a call of the operation resolves with. */
export type Result<I extends OperationId> = HasEtag<I> extends true ? Versioned<Data<I>> : Data<I>;

/** The JSON request body of the operation, or `never` when it takes none. */
export type Body<I extends OperationId> = JsonBody<NonNullable<Op<I>['requestBody']>>;
type JsonBody<R> = [R] extends [never]
  ? never
  : R extends { content: { 'application/json': infer B } }
    ? B
    : never;

/** The query parameters of the operation, or `never` when it takes none. */
export type Query<I extends OperationId> = NonNullable<Params<I>['query']>;

type Header<I extends OperationId> = NonNullable<Params<I>['header']>;

/** An object without fields: a body or query it is assignable to requires none. */
type NoFields = Record<never, never>;

/** `[name: T]`, or `[name?: T]` when the value may be left out (no field required). */
type BodyArg<I extends OperationId> = undefined extends Op<I>['requestBody']
  ? [body?: Body<I>]
  : NoFields extends Body<I>
    ? [body?: Body<I>]
    : [body: Body<I>];
type QueryArg<I extends OperationId> = NoFields extends Query<I> ? [query?: Query<I>] : [query: Query<I>];

/** The body or query argument of the operation (no operation of the contract takes both). */
export type Input<I extends OperationId> = [Body<I>] extends [never]
  ? [Query<I>] extends [never]
    ? []
    : QueryArg<I>
  : BodyArg<I>;

/** Options every call accepts. */
export interface RequestOptions {
  /** Cancels the call, including a wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Milliseconds one attempt may take, body included; `false` for no limit. Defaults to the client's. */
  timeout?: number | false;
  /** How many times this call may be retried; overrides the client's `retry.limit`. */
  retry?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** Options of an operation that accepts an `Idempotency-Key`. */
export interface IdempotentOptions {
  /**
   * The key that makes this write safe to repeat. Leave it out and the SDK generates one per call and keeps it
   * across its own retries; pass your own to make a retry of yours (after a reload, say) a replay too.
   */
  idempotencyKey?: string;
}

/** Options of an operation that takes `If-Match`. */
export interface GuardedOptions {
  /** The `etag` you read; a stale one rejects with `precondition_failed` instead of overwriting a change. */
  ifMatch: string;
}

type KeyOptions<I extends OperationId> = [Header<I>] extends [never]
  ? unknown
  : 'Idempotency-Key' extends keyof Header<I>
    ? IdempotentOptions
    : unknown;

type MatchRequired<I extends OperationId> = [Header<I>] extends [never]
  ? false
  : 'If-Match' extends keyof Header<I>
    ? object extends Pick<Header<I>, 'If-Match'>
      ? false
      : true
    : false;

type MatchOptions<I extends OperationId> = [Header<I>] extends [never]
  ? unknown
  : 'If-Match' extends keyof Header<I>
    ? MatchRequired<I> extends true
      ? GuardedOptions
      : Partial<GuardedOptions>
    : unknown;

/** The options of one operation: the common ones plus `idempotencyKey` / `ifMatch` where the contract has them. */
export type Options<I extends OperationId> = RequestOptions & KeyOptions<I> & MatchOptions<I>;

type OptionsArg<I extends OperationId> =
  MatchRequired<I> extends true ? [options: Options<I>] : [options?: Options<I>];

/** A string per path parameter of operation `I`, as many as its path has (the contract's operation table). */
export type PathArgs<I extends OperationId> = Strings<(typeof operationTable)[I]['pathParams']>;
/** A tuple of strings as long as tuple `T` (homomorphic over `T`, so it stays a tuple). */
type Strings<T> = { -readonly [K in keyof T]: string };

/** `P` as a tuple to spread (it always is one: `PathArgs` maps a tuple). */
type Spread<P> = P extends readonly unknown[] ? P : [];

/** The arguments of an operation's method: path values `P` first, then its body or query, then options. */
export type Args<I extends OperationId, P extends PathArgs<I> = PathArgs<I>> = [
  ...Spread<P>,
  ...Input<I>,
  ...OptionsArg<I>,
];

/** A method that calls operation `I`; `P` names its path arguments, e.g. `[licenseId: string]`. */
export type Method<I extends OperationId, P extends PathArgs<I> = PathArgs<I>> = (
  ...args: Args<I, P>
) => Promise<Result<I>>;

/** One element of a paginated operation's `items`. */
export type Item<I extends OperationId> = Data<I> extends { items: (infer T)[] } ? T : never;

/** Walks every page of a cursor-paginated operation, from the `cursor` given (or the first page) to the last. */
export type Pages<I extends OperationId, P extends PathArgs<I> = PathArgs<I>> = (
  ...args: Args<I, P>
) => AsyncGenerator<Data<I>, void, undefined>;

/** Walks every item of a cursor-paginated operation, fetching the next page only when the loop reaches it. */
export type Iterate<I extends OperationId, P extends PathArgs<I> = PathArgs<I>> = (
  ...args: Args<I, P>
) => AsyncGenerator<Item<I>, void, undefined>;

type ProblemCode<R> = R extends { content: { 'application/problem+json': { code?: infer C } } }
  ? Exclude<C, undefined>
  : never;

type DocumentedCode<I extends OperationId> = {
  [S in Exclude<keyof Responses<I>, SuccessStatus>]: ProblemCode<Responses<I>[S]>;
}[Exclude<keyof Responses<I>, SuccessStatus>];

/**
 * The machine codes operation `I` documents across its error responses, plus `'unknown'` for an error whose
 * body carried no code and whose status maps to no general one (a bare 409 from a proxy, say). Given a union
 * of operations, the union of their codes.
 */
export type ErrorCodeOf<I extends OperationId> =
  (I extends OperationId ? DocumentedCode<I> : never) | 'unknown';

/** Any code an error of the SDK may carry. */
export type AnyErrorCode = ErrorCode | 'unknown';
