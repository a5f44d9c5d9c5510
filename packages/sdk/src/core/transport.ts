import ky from 'ky';
import { createIdempotencyKey } from './idempotency-key.js';
import { ApiError, ConnectionError, TimeoutError } from './errors.js';
import { serverClock, type ServerClock } from './server-clock.js';
import { backoff, retryable, retryAfter, retryPolicy, sleep, type RetryOptions } from './retry.js';
import type { GuardedOptions, IdempotentOptions, RequestOptions } from './types.js';

/** What an operation's contract says the transport must do; resources pass these, OR-ed. */
export const KEY = 1; // accepts an Idempotency-Key: the SDK sends one, which also makes the write retryable
export const ETAG = 2; // its response carries an ETag: resolve to { data, etag }
export const TEXT = 4; // its body is text (CSV)
export const BLOB = 8; // its body is binary (PDF)

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

/** Sends one operation: method, path below `baseUrl`, body or query, the caller's options, flags. */
export type Call = (<T>(
  method: string,
  path: string,
  input?: unknown,
  options?: CallOptions,
  flags?: number,
) => Promise<T>) & {
  /** The service's clock, learnt from the responses' `Date` headers. */
  readonly clock: ServerClock;
};

/** Encodes every interpolated value as one path segment: path`licenses/${id}`. */
export const path = (parts: TemplateStringsArray, ...ids: string[]): string =>
  parts.reduce((url, part, i) => url + encodeURIComponent(ids[i - 1] ?? '') + part);

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
  const refresh = (used: Promise<string>): boolean => {
    if (current === used) current = undefined;
    return !!options.getToken;
  };
  return { get, refresh };
};

const read = async (response: Response, flags: number): Promise<unknown> => {
  const data =
    flags & TEXT
      ? await response.text()
      : flags & BLOB
        ? await response.blob()
        : response.status == 204
          ? undefined
          : await response.json();
  return flags & ETAG ? { data, etag: response.headers.get('etag') ?? '' } : data;
};

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

/** The transport every resource calls: auth, idempotency keys, timeouts, retries and errors, over ky. */
export function transport(options: ClientOptions): Call {
  const api = ky.create({
    prefixUrl: options.baseUrl,
    retry: 0, // retries are ours: ky's cannot keep an idempotency key or refresh a token
    throwHttpErrors: false,
    ...(options.fetch && { fetch: options.fetch as typeof fetch }), // ky always passes a Request
  });
  const policy = retryPolicy(options.retry);
  const auth = tokens(options);
  const clock = serverClock();

  // One attempt: the response read in full within the timeout, or the error that ended it.
  const attempt = async (
    method: string,
    url: string,
    init: { headers: Headers; json?: unknown },
    timeout: number | false,
    flags: number,
    signal?: AbortSignal,
  ): Promise<{ value: unknown } | { error: Error }> => {
    let timedOut = false;
    let stop = () => {};
    try {
      // ky's timeout aborts the fetch until the headers arrive; this deadline also covers the body, and the
      // race ends a read that a fetch (a mock's, a polyfill's) would not end on abort. No AbortSignal.any of
      // our own per request: it costs more than the rest of the transport.
      return await new Promise((resolve, reject) => {
        const id =
          timeout === false
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                reject(new Error('timeout'));
              }, timeout);
        const abort = () => reject(signal?.reason);
        signal?.addEventListener('abort', abort);
        stop = () => {
          clearTimeout(id);
          signal?.removeEventListener('abort', abort);
        };
        api(url, { method, ...init, timeout, ...(signal && { signal }) })
          .then(async (response) => {
            clock.observe(response.headers);
            return response.ok ? { value: await read(response, flags) } : { error: await problem(response) };
          })
          .then(resolve, reject);
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut || (error as Error).name == 'TimeoutError')
        return { error: new TimeoutError(`${method} ${url}: no answer in ${timeout} ms`) };
      if (error instanceof SyntaxError) throw error; // a success body that is not JSON: the server did answer
      return {
        error: new ConnectionError(`${method} ${url}: ${(error as Error).message}`, { cause: error }),
      };
    } finally {
      stop();
    }
  };

  const send = async <T>(
    method: string,
    path: string,
    input?: unknown,
    call: CallOptions = {},
    flags = 0,
  ) => {
    const { signal } = call;
    const key = flags & KEY ? (call.idempotencyKey ?? createIdempotencyKey()) : undefined;
    // Only a read, or a write the server recognises as a replay by its key, may be sent again after a failure.
    const limit = method == 'GET' || key ? (call.retry ?? policy.limit) : 0;
    const inQuery = method == 'GET' || method == 'DELETE';
    const url = inQuery ? path + search(input) : path;
    let refreshed = false;
    for (let retries = 0; ;) {
      signal?.throwIfAborted();
      const token = auth.get();
      // A Headers object, so the SDK's own values replace the caller's whatever their letter case.
      const headers = new Headers(options.headers);
      for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
      headers.set('authorization', `Bearer ${await token}`);
      if (key) headers.set('idempotency-key', key); // the same key on every attempt: a retry is a replay
      if (call.ifMatch) headers.set('if-match', call.ifMatch);
      const outcome = await attempt(
        method,
        url,
        inQuery || input === undefined ? { headers } : { headers, json: input },
        call.timeout ?? options.timeout ?? 30_000,
        flags,
        signal,
      );
      if ('value' in outcome) return outcome.value as T;
      const { error } = outcome;
      const status = error instanceof ApiError ? error.status : 0;
      // A 401 is answered before anything happens, so repeating it once with a fresh token is safe for any write.
      if (status == 401 && !refreshed && auth.refresh(token)) {
        refreshed = true;
        continue;
      }
      const asked = error instanceof ApiError ? error.retryAfter : undefined;
      const delay = asked === undefined ? backoff(retries, policy) : asked * 1000;
      if (retries >= limit || (status && !retryable(status)) || delay > policy.maxRetryAfter) throw error;
      await sleep(delay, signal);
      retries++;
    }
  };
  return Object.assign(send, { clock });
}
