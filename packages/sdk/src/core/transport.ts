import { RouteFlag } from '@allot/contract/routes';
import ky, { isTimeoutError, TimeoutError as KyTimeoutError, type Hooks, type KyInstance } from 'ky';
import { createIdempotencyKey } from './idempotency-key.js';
import { ApiError, ConnectionError, TimeoutError } from './errors.js';
import { serverClock, type ServerClock } from './server-clock.js';
import { backoff, retryable, retryAfter, retryPolicy, type RetryOptions } from './retry.js';
import type { GuardedOptions, IdempotentOptions, RequestOptions } from './types.js';

/** Options of `createClient`. Give `token`, or `getToken` to have the client ask again after a 401. */
export type ClientOptions = {
  /** The API root, e.g. `https://api.allot.dev/v1`. */
  baseUrl: string;
  /** The `fetch` to send requests with, for tests or a special runtime. Default: the global `fetch`. */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  /** Milliseconds one attempt may take, body included; `false` for no limit. Default 30000. */
  timeout?: number | false;
  /** Retries after the first attempt (a number), or the whole policy. Default 2 retries, 0.5 s → 8 s backoff. */
  retry?: number | RetryOptions;
  /** Headers to send with every request. */
  headers?: Record<string, string>;
} & (
  | {
      /** A bearer token; a 401 is then final. */
      token: string;
      getToken?: never;
    }
  | {
      /**
       * Returns a bearer token. Called before the first request and again once after a 401 (an expired
       * token), whose request is then repeated once; the result is shared by concurrent requests.
       */
      getToken: () => string | Promise<string>;
      token?: never;
    }
);

type CallOptions = RequestOptions & IdempotentOptions & Partial<GuardedOptions>;

/** Sends one operation: method, path below `baseUrl` (values filled in), body or query, options, `RouteFlag`s. */
export type Call = (<T>(
  method: string,
  path: string,
  input: unknown,
  options: CallOptions | undefined,
  flags: number,
) => Promise<T>) & {
  /** The service's clock, learnt from the responses' `Date` headers. */
  readonly clock: ServerClock;
};

/** Query string with arrays exploded (`status=a&status=b`, the contract's form style) and empty values left out. */
const search = (query: unknown): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}))
    for (const item of [value].flat()) if (item != null) params.append(name, String(item));
  const text = params.toString();
  return text ? '?' + text : '';
};

/** One token for all requests; a refresh after a 401 replaces it once, however many requests saw it fail. */
const tokens = (options: ClientOptions) => {
  let current: Promise<string> | undefined;
  const get = (): Promise<string> =>
    (current ??= Promise.resolve(options.token ?? options.getToken?.()).then(
      (token) => token ?? '',
      (error: unknown) => {
        current = undefined; // a failed getToken is asked again by the next request
        throw error;
      },
    ));
  const refresh = (used: Promise<string> | undefined): boolean => {
    if (current === used) current = undefined;
    return !!options.getToken;
  };
  return { get, refresh };
};

const read = (response: Response, flags: number): Promise<unknown> =>
  flags & RouteFlag.TEXT
    ? response.text()
    : flags & RouteFlag.BINARY
      ? response.blob()
      : response.status == 204
        ? Promise.resolve(undefined)
        : response.json();

/** An error response as an ApiError, whatever its body: a proxy's HTML page still gives status and a code. */
const problem = async (response: Response): Promise<ApiError> => {
  const body: unknown = await response
    .text()
    .then(JSON.parse)
    .catch(() => undefined);
  return new ApiError(
    response.status,
    body && typeof body == 'object' ? (body as Record<string, unknown>) : {},
    response.headers,
    retryAfter(response.headers),
  );
};

/**
 * Reads `body` unless `ms` pass first or the signal aborts: ky's `timeout` ends when the headers arrive, and a
 * body may trickle in after them (or a test's fetch may not stop reading on abort).
 */
const within = <T>(body: Promise<T>, ms: number, request: Request, signal?: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal?.reason);
    // No limit (`timeout: false`): no timer at all (setTimeout would take Infinity for 1 ms).
    const timer = Number.isFinite(ms)
      ? setTimeout(() => reject(new KyTimeoutError(request)), Math.max(0, ms))
      : undefined;
    signal?.addEventListener('abort', abort, { once: true });
    body.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    });
  });

/**
 * The transport every resource calls, on ky as designed: the token in `beforeRequest`; in `afterResponse` the
 * clock, the body read within the timeout, the error as an `ApiError`, and the single 401 refresh
 * (`ky.retry`); ky's `retry`, whose `shouldRetry` never resends a write without its idempotency key and whose
 * `delay` is the server's `Retry-After` or a jittered back-off; ky's `timeout` for each attempt.
 */
export function transport(options: ClientOptions): Call {
  const policy = retryPolicy(options.retry);
  const auth = tokens(options);
  const clock = serverClock();
  const api: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    throwHttpErrors: false, // an error response becomes an ApiError in afterResponse, its body read once
    ...(options.headers && { headers: options.headers }),
    ...(options.fetch && { fetch: options.fetch as typeof fetch }), // ky always passes a Request
    hooks: { afterResponse: [(_request, _options, response) => void clock.observe(response.headers)] },
  });

  const send = async <T>(
    method: string,
    path: string,
    input: unknown,
    call: CallOptions = {},
    flags: number,
  ): Promise<T> => {
    const { signal } = call;
    const timeout = call.timeout ?? options.timeout ?? 30_000;
    const key = flags & RouteFlag.IDEMPOTENT ? (call.idempotencyKey ?? createIdempotencyKey()) : undefined;
    // Only a read, or a write the server recognises as a replay by its key, may be sent again after a failure.
    const limit = method == 'GET' || key ? (call.retry ?? policy.limit) : 0;
    const inBody = (flags & RouteFlag.BODY) != 0;
    let token: Promise<string> | undefined;
    // getToken's own error reaches the caller as is, never retried (ky wraps a non-Error in its NonError).
    let tokenFailure: { error: unknown } | undefined;
    let started = 0;
    let refreshed = false;
    let retries = 0;
    let wait = 0;
    let value: unknown;

    const hooks: Hooks = {
      beforeRequest: [
        async (request) => {
          token = auth.get();
          // The SDK's own values replace the caller's, whatever their letter case.
          for (const [name, header] of Object.entries(call.headers ?? {})) request.headers.set(name, header);
          const bearer = await token.catch((error: unknown) => {
            tokenFailure = { error };
            throw error;
          });
          request.headers.set('authorization', `Bearer ${bearer}`);
          started = Date.now(); // the attempt's time starts once the token is there, as ky's timeout does
          if (key) request.headers.set('idempotency-key', key); // the same key on every attempt: a replay
          if (call.ifMatch) request.headers.set('if-match', call.ifMatch);
        },
      ],
      afterResponse: [
        async (request, _options, response) => {
          const left = timeout === false ? Infinity : timeout - (Date.now() - started);
          if (response.ok) {
            const data = await within(read(response, flags), left, request, signal);
            value = flags & RouteFlag.ETAG ? { data, etag: response.headers.get('etag') ?? '' } : data;
            return new Response(null, { status: 204 }); // the body is read: ky may let go of it
          }
          // A 401 is answered before anything happens, so repeating it once with a fresh token is safe for any write.
          if (response.status == 401 && !refreshed && auth.refresh(token)) {
            refreshed = true;
            return ky.retry({ delay: 0 });
          }
          throw await within(problem(response), left, request, signal);
        },
      ],
    };

    const shouldRetry = ({ error }: { error: Error }): boolean => {
      if (signal?.aborted || retries >= limit || tokenFailure || error instanceof SyntaxError) return false;
      const status = error instanceof ApiError ? error.status : 0;
      if (status && !retryable(status)) return false;
      const asked = error instanceof ApiError ? error.retryAfter : undefined;
      wait = asked === undefined ? backoff(retries, policy) : asked * 1000;
      if (wait > policy.maxRetryAfter) return false;
      retries++;
      return true;
    };

    try {
      signal?.throwIfAborted();
      await api(inBody ? path : path + search(input), {
        method,
        ...(inBody && { json: input ?? {} }),
        timeout,
        ...(signal && { signal }),
        hooks,
        // ky counts the 401 refresh as a retry too; shouldRetry keeps the others within the policy's limit.
        retry: {
          limit: limit + (options.getToken ? 1 : 0),
          methods: ['get', 'post', 'put', 'patch', 'delete'],
          retryOnTimeout: true,
          shouldRetry,
          delay: () => wait,
        },
      });
      return value as T;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (tokenFailure) throw tokenFailure.error;
      if (error instanceof ApiError || error instanceof SyntaxError) throw error;
      if (isTimeoutError(error)) throw new TimeoutError(`${method} ${path}: no answer in ${timeout} ms`);
      throw new ConnectionError(`${method} ${path}: ${(error as Error).message}`, { cause: error });
    }
  };
  return Object.assign(send, { clock });
}
