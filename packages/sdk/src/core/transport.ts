import { RouteFlag } from '@allot/contract/routes';
import ky, { HTTPError, isTimeoutError, type KyInstance } from 'ky';
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
const within = <T>(body: Promise<T>, ms: number, late: () => Error, signal?: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal?.reason);
    // No limit (`timeout: false`): no timer at all (setTimeout would take Infinity for 1 ms).
    const timer = Number.isFinite(ms) ? setTimeout(() => reject(late()), Math.max(0, ms)) : undefined;
    signal?.addEventListener('abort', abort, { once: true });
    body.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    });
  });

/** What one call carries through ky (in its `context`, and to its `shouldRetry`): its options and attempts. */
interface Attempts {
  readonly call: CallOptions;
  readonly key: string | undefined;
  /** Retries a failure may have: 0 for a write the server cannot recognise as a replay (no key). */
  readonly limit: number;
  /** Failures retried so far (the 401 refresh is not one). */
  retries: number;
  refreshed: boolean;
  token?: Promise<string>;
  /** getToken's own error, which reaches the caller as is, never retried. */
  tokenFailure?: { error: unknown };
  /** When the current attempt started: once the token is there, as ky's timeout does. */
  started: number;
  /** The wait before the next attempt, decided by `shouldRetry`. */
  wait: number;
}

/**
 * The transport every resource calls, on ky as designed, one instance per client with its `beforeRequest` hook
 * reading each call's state from ky's `context`: the token in `beforeRequest`; ky's `retry`, whose `shouldRetry`
 * repeats a 401 once with a fresh token, never resends a write without its idempotency key and waits as the
 * server's `Retry-After` asks or a jittered back-off; ky's `timeout` for each attempt. No `afterResponse`
 * hook: ky clones every response for one, and the body is read once, here, within the attempt's time.
 */
export function transport(options: ClientOptions): Call {
  const policy = retryPolicy(options.retry);
  const auth = tokens(options);
  const clock = serverClock();

  /** Whether a failure of the call may be retried: decides the wait and counts the retry when it may. */
  const shouldRetry = (attempts: Attempts, error: Error): boolean => {
    if (attempts.call.signal?.aborted || attempts.tokenFailure) return false;
    const response = error instanceof HTTPError ? error.response : undefined;
    if (response) clock.observe(response.headers);
    // A 401 is answered before anything happens, so repeating it once with a fresh token is safe for any write.
    if (response?.status == 401 && !attempts.refreshed && auth.refresh(attempts.token)) {
      void response.body?.cancel();
      attempts.refreshed = true;
      attempts.wait = 0;
      return true;
    }
    if (attempts.retries >= attempts.limit || (response && !retryable(response.status))) return false;
    const asked = response && retryAfter(response.headers);
    const wait = asked ?? backoff(attempts.retries, policy);
    if (wait > policy.maxRetryAfter) return false;
    void response?.body?.cancel(); // the next attempt answers
    attempts.retries++;
    attempts.wait = wait;
    return true;
  };

  const api: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    ...(options.headers && { headers: options.headers }),
    ...(options.fetch && { fetch: options.fetch as typeof fetch }), // ky always passes a Request
    hooks: {
      beforeRequest: [
        async (request, { context }) => {
          const attempts = context.attempts as Attempts;
          const token = (attempts.token = auth.get());
          // The SDK's own values replace the caller's, whatever their letter case.
          for (const [name, header] of Object.entries(attempts.call.headers ?? {}))
            request.headers.set(name, header);
          const bearer = await token.catch((error: unknown) => {
            attempts.tokenFailure = { error };
            throw error;
          });
          request.headers.set('authorization', `Bearer ${bearer}`);
          attempts.started = Date.now();
          // The same key on every attempt: the server recognises a replay.
          if (attempts.key) request.headers.set('idempotency-key', attempts.key);
          if (attempts.call.ifMatch) request.headers.set('if-match', attempts.call.ifMatch);
        },
      ],
    },
    // Which failures ky hands to a call's shouldRetry at all; each call sets its own limit and rules.
    retry: { methods: ['get', 'post', 'put', 'patch', 'delete'], retryOnTimeout: true },
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
    const attempts: Attempts = { call, key, limit, retries: 0, refreshed: false, started: 0, wait: 0 };
    const inBody = (flags & RouteFlag.BODY) != 0;
    const left = () => (timeout === false ? Infinity : timeout - (Date.now() - attempts.started));
    const late = () => new TimeoutError(`${method} ${path}: no answer in ${timeout} ms`);
    let response: Response;
    try {
      signal?.throwIfAborted();
      response = await api(inBody ? path : path + search(input), {
        method,
        ...(inBody && { json: input ?? {} }),
        timeout,
        ...(signal && { signal }),
        // ky copies the context object; the attempts inside it are shared with the hooks and shouldRetry.
        context: { attempts },
        // The call's own rules: ky passes the error only, and the wait is decided with the retry. The limit is a
        // bound ky checks too (+1 for the 401 refresh); the call keeps its own count in its attempts.
        retry: {
          limit: limit + 1,
          shouldRetry: ({ error }) => shouldRetry(attempts, error),
          delay: () => attempts.wait,
        },
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (attempts.tokenFailure) throw attempts.tokenFailure.error;
      if (error instanceof HTTPError) {
        clock.observe(error.response.headers);
        throw await within(problem(error.response), left(), late, signal);
      }
      if (isTimeoutError(error)) throw late();
      throw new ConnectionError(`${method} ${path}: ${(error as Error).message}`, { cause: error });
    }
    clock.observe(response.headers);
    // The body is read once, on the response ky returns, within what is left of the attempt's time; a body that
    // stalls after its headers is not sent again (the server did answer).
    const data = await within(read(response, flags), left(), late, signal);
    return (flags & RouteFlag.ETAG ? { data, etag: response.headers.get('etag') ?? '' } : data) as T;
  };
  return Object.assign(send, { clock });
}
