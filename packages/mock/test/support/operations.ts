/**
 * Calls by operation id: the method and the path come from the contract's operation table
 * (`@allot/contract/operations`), so a test names the operation it calls, never its path or method
 * (issue #20: no file other than the generated table names them).
 *
 *   const { status, body } = await callOperation(service, tokens.a.admin, 'assignLicense', {
 *     path: { licenseId: 'lic_0001' },
 *     body: { userId: users.member },
 *     headers: { 'If-Match': '"v1"' },
 *   });
 *
 * `path` is required, with a value for each of the operation's path parameters, exactly when it has
 * some; values are percent-encoded (`encodeURIComponent`, as the SDK does). `query`, `body` and
 * `headers` are sent exactly as `call()` sends them, and the result is what `call()` returns.
 * `callOperationRequest()` takes the same call as data (for a list of calls), `operationRequest()` builds
 * it as a `Request` for another base URL (a real server, MSW, a benchmark), `operationPath()` gives the
 * path alone.
 *
 * A test that deliberately sends something the table does not describe (an unknown path, a method the
 * path does not take, another base path, a `__mock/` control route, a CORS preflight) uses `call()` or
 * `fetch()` with a raw method and path, and says why next to it.
 */
import { operationTable } from '@allot/contract/operations';
import type { MockService } from '../../src/service.js';
import { buildRequest, call, type CallOptions, type CallResult } from './service.js';

export type OperationId = keyof typeof operationTable;

/** The names of an operation's path parameters (`never` for an operation without any). */
export type PathParamName<Id extends OperationId> = (typeof operationTable)[Id]['pathParams'][number];

/** A value for each of an operation's path parameters, unencoded. */
export type PathValues<Id extends OperationId> = { readonly [Name in PathParamName<Id>]: string };

/** The names of an operation's query parameters. */
export type QueryName<Id extends OperationId> = (typeof operationTable)[Id]['query'][number];

/** `call()`'s options, with the path values (required when the operation has path parameters). */
export type OperationCallOptions<Id extends OperationId> = Omit<CallOptions, 'query'> & {
  /** Query parameters the operation takes; arrays are sent exploded (`?a=1&a=2`). */
  query?: { [Name in QueryName<Id>]?: NonNullable<CallOptions['query']>[string] };
} & ([PathParamName<Id>] extends [never] ? { path?: never } : { path: PathValues<Id> });

/** The options argument: optional for an operation without path parameters, required otherwise. */
type OptionsArgument<Id extends OperationId, Options> = [PathParamName<Id>] extends [never]
  ? [options?: Options]
  : [options: Options];

/**
 * Sends one call of `operationId` to the service as `token` (undefined: no Authorization header), its
 * method and path from the operation table. Returns what `call()` returns.
 */
export function callOperation<Id extends OperationId>(
  service: MockService,
  token: string | undefined,
  operationId: Id,
  ...[options]: OptionsArgument<Id, OperationCallOptions<Id>>
): Promise<CallResult> {
  return send(service, token, operationId, options ?? {});
}

/** One call as data (the operation id with its options), for tests that loop over a list of calls. */
export type OperationRequest = {
  [Id in OperationId]: { operationId: Id } & OperationCallOptions<Id>;
}[OperationId];

/** `callOperation()` for a call given as data: `callOperationRequest(service, token, { operationId, path })`. */
export function callOperationRequest(
  service: MockService,
  token: string | undefined,
  { operationId, ...options }: OperationRequest,
): Promise<CallResult> {
  return send(service, token, operationId, options);
}

/**
 * The request `callOperation()` would send, against any base URL (a real server, MSW, a benchmark):
 * `fetch(operationRequest(server.url, token, 'getMe'))`.
 */
export function operationRequest<Id extends OperationId>(
  baseUrl: string,
  token: string | undefined,
  operationId: Id,
  ...[options]: OptionsArgument<Id, OperationCallOptions<Id>>
): Request {
  const { path, ...rest } = (options ?? {}) as LooseOptions;
  return buildRequest(baseUrl, token, operationTable[operationId].method, fillPath(operationId, path), rest);
}

/**
 * The path of an operation below the API base, its parameters filled in and percent-encoded:
 * `operationPath('assignLicense', { licenseId: 'lic_0001' })` is `/licenses/lic_0001/assign`.
 */
export function operationPath<Id extends OperationId>(
  operationId: Id,
  ...[values]: OptionsArgument<Id, PathValues<Id>>
): string {
  return fillPath(operationId, values);
}

type LooseOptions = CallOptions & { path?: Readonly<Record<string, string>> };

function send(
  service: MockService,
  token: string | undefined,
  operationId: OperationId,
  { path, ...options }: LooseOptions,
): Promise<CallResult> {
  return call(service, token, operationTable[operationId].method, fillPath(operationId, path), options);
}

function fillPath(operationId: OperationId, values: Readonly<Record<string, string>> = {}): string {
  const { path, pathParams } = operationTable[operationId];
  const unknown = Object.keys(values).filter((name) => !(pathParams as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`${operationId} has no path parameter ${unknown.join(', ')}`);
  return path.replace(/\{([^}]+)\}/g, (_template, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${operationId} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
