// The one walk over the contract's operations: renders `src/generated/operation-table.ts`, a typed `as const`
// table (operation id → method, path, parameters, body, idempotency, If-Match / ETag, permissions, error codes
// per status) that the SDK, the mock and the tests read instead of walking the document themselves.

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Follows local `#/…` references, however deep. */
export function deref(document, node) {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
    if (current === undefined) throw new Error(`Unresolved reference ${node.$ref} in the contract`);
  }
  return current;
}

/**
 * The `code` values a problem schema allows, or `undefined` when it does not narrow them. `allOf` parts must all
 * hold, so their sets intersect: `Problem` (every `ErrorCode`) and `{ code: { enum: [not_found] } }` give one.
 */
function problemCodes(document, schema) {
  const resolved = deref(document, schema ?? {});
  // Only an enum written on the property narrows: `Problem`'s own `code` refers to every `ErrorCode`.
  const code = resolved.properties?.code?.enum;
  return [code, ...(resolved.allOf ?? []).map((part) => problemCodes(document, part))]
    .filter((codes) => codes !== undefined)
    .reduce((all, codes) => (all === undefined ? codes : all.filter((c) => codes.includes(c))), undefined);
}

/** The `code` values a (possibly referenced) error response documents; empty when it does not narrow them. */
export const responseCodes = (document, response) =>
  problemCodes(document, deref(document, response).content?.['application/problem+json']?.schema) ?? [];

/** How the SDK reads a success body: JSON, text (CSV), a binary Blob (PDF) or nothing (204). */
function responseKind(content) {
  const media = Object.keys(content ?? {});
  if (media.length === 0) return 'empty';
  if (media.some((type) => type === 'application/json' || type.endsWith('+json'))) return 'json';
  if (media.some((type) => type.startsWith('text/'))) return 'text';
  return 'binary';
}

/**
 * The one walk over the document: each operation with its parameters merged (operation-level ones override
 * path-level ones of the same name and location) and its request body and responses dereferenced.
 */
export function walkOperations(document) {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const shared = (item.parameters ?? []).map((p) => deref(document, p));
    return METHODS.filter((method) => item[method]?.operationId).map((method) => {
      const op = item[method];
      const own = (op.parameters ?? []).map((p) => deref(document, p));
      const parameters = [
        ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
        ...own,
      ];
      const requestBody = op.requestBody ? deref(document, op.requestBody) : undefined;
      const responses = Object.entries(op.responses ?? {}).map(([status, raw]) => [
        Number(status),
        deref(document, raw),
      ]);
      return { operation: op, method: method.toUpperCase(), path, parameters, requestBody, responses };
    });
  });
}

const LOCATIONS = ['path', 'query', 'header'];

/** One location's parameters as a single object schema, as a request carries them. */
const parameterObject = (parameters, location) => {
  const own = parameters.filter((p) => p.in === location);
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((p) => [p.name, p.schema ?? {}])),
    required: own.filter((p) => p.required === true).map((p) => p.name),
  };
};

/**
 * The schemas of each operation's inputs and outputs: one object schema per parameter location, the JSON
 * body, and each response's content (status → media type → schema). The mock's validators are compiled from
 * these (scripts/validators.mjs).
 */
export function operationSchemas(document) {
  return walkOperations(document).map(({ operation, parameters, requestBody, responses }) => {
    const request = Object.fromEntries(
      LOCATIONS.map((location) => [location, parameterObject(parameters, location)]),
    );
    const body = requestBody?.content?.['application/json']?.schema;
    if (body) request.body = body;
    const contents = responses.map(([status, response]) => [
      String(status),
      Object.fromEntries(
        Object.entries(response.content ?? {}).flatMap(([media, c]) => (c.schema ? [[media, c.schema]] : [])),
      ),
    ]);
    return { operationId: operation.operationId, request, responses: Object.fromEntries(contents) };
  });
}

/** One row of the table per operation, in document order. */
export function operationRows(document) {
  return walkOperations(document).map(
    ({ operation: op, method, path, parameters, requestBody: body, responses: statuses }) => {
      const header = (name) => parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === name);
      const key = header('idempotency-key');
      const ifMatch = header('if-match');
      const [successStatus, success] = statuses.find(([status]) => status < 300) ?? [];
      const security = op.security ?? document.security ?? [];
      return {
        operationId: op.operationId,
        method,
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        body: body
          ? { contentType: Object.keys(body.content ?? {})[0], required: body.required === true }
          : null,
        idempotencyKey: key ? (key.required ? 'required' : 'optional') : null,
        ifMatch: ifMatch ? (ifMatch.required ? 'required' : 'optional') : null,
        success: {
          status: successStatus,
          body: responseKind(success?.content),
          etag: Object.keys(success?.headers ?? {}).some((name) => name.toLowerCase() === 'etag'),
        },
        security: security.some((s) => 'secretKey' in s) ? 'secretKey' : 'bearerAuth',
        permissions: op['x-permissions'] ?? [],
        errors: Object.fromEntries(
          statuses
            .filter(([status]) => status >= 400)
            .map(([status, response]) => [
              status,
              problemCodes(document, response.content?.['application/problem+json']?.schema) ?? [],
            ]),
        ),
      };
    },
  );
}

const banner = '// Generated from openapi/ by scripts/generate.mjs. Do not edit by hand.\n';

/** Bits of a route's flags (`RouteFlag` in the generated module). */
const FLAG = { IDEMPOTENT: 1, ETAG: 2, TEXT: 4, BINARY: 8, BODY: 16, QUERY: 32 };

const flagsOf = (row) =>
  (row.idempotencyKey ? FLAG.IDEMPOTENT : 0) |
  (row.success.etag ? FLAG.ETAG : 0) |
  (row.success.body === 'text' ? FLAG.TEXT : 0) |
  (row.success.body === 'binary' ? FLAG.BINARY : 0) |
  (row.body ? FLAG.BODY : 0) |
  (row.query.length > 0 ? FLAG.QUERY : 0);

/** The TypeScript module of the table. */
export function renderOperationTable(document) {
  const rows = operationRows(document);
  const body = rows.map((row) => {
    const { operationId, ...rest } = row;
    return `  ${operationId}: ${JSON.stringify(rest)},`;
  });
  return `${banner}import type { ErrorCode, Permission } from '../index.js';
import type { operations } from './openapi.js';

/** What the table says of one operation. */
export interface OperationEntry {
  /** The HTTP method, upper case. */
  readonly method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** The path template below the base URL, e.g. \`/licenses/{licenseId}/assign\`. */
  readonly path: string;
  /** The path parameters, in the order of the path (and of an SDK method's leading arguments). */
  readonly pathParams: readonly string[];
  /** The query parameters' names. */
  readonly query: readonly string[];
  /** The request body's media type and whether it is required; \`null\` when the operation takes none. */
  readonly body: { readonly contentType: string; readonly required: boolean } | null;
  /** Whether the operation takes an \`Idempotency-Key\` header. */
  readonly idempotencyKey: 'required' | 'optional' | null;
  /** Whether the operation takes an \`If-Match\` header (a missing required one is 428). */
  readonly ifMatch: 'required' | 'optional' | null;
  /** The success response: its status, how its body reads, whether it carries an \`ETag\`. */
  readonly success: { readonly status: number; readonly body: 'json' | 'text' | 'binary' | 'empty'; readonly etag: boolean };
  /** Which credential the operation takes: a widget/user bearer token, or the portal's secret key. */
  readonly security: 'bearerAuth' | 'secretKey';
  /** \`x-permissions\`: the caller needs any one of them; empty means any authenticated caller. */
  readonly permissions: readonly Permission[];
  /** The problem codes each documented error status may carry. */
  readonly errors: { readonly [status: number]: readonly ErrorCode[] };
}

/** Every operation of the contract, in document order. */
export const operationTable = {
${body.join('\n')}
} as const satisfies { readonly [I in keyof operations]: OperationEntry };

`;
}

/** A path as a route writes it: below the base URL (no leading slash), each parameter an empty `{}`. */
const compactPath = (path) => path.slice(1).replace(/\{[^}]+\}/g, '{}');

/**
 * The routes module: one exported constant per operation, what a client needs to send it (method, path
 * template, `RouteFlag` bits). Constants rather than one object, so a bundler that inlines them also renames
 * them: a browser bundle carries no operation names.
 */
export function renderRoutes(document) {
  const rows = operationRows(document);
  const routes = rows.map(
    (row) =>
      `export const ${row.operationId}: Route<'${row.operationId}'> = ${JSON.stringify([row.method, compactPath(row.path), flagsOf(row)])};`,
  );
  return `${banner}import type { operations } from './openapi.js';

/** The bits of a route's flags. */
export const RouteFlag = ${JSON.stringify(FLAG).replace(/"/g, '')} as const;

/**
 * What a client needs to send operation \`I\`: method; path below the base URL, each path parameter an
 * empty \`{}\` to fill in the order of the operation table's \`pathParams\`; \`RouteFlag\` bits. The
 * optional \`operation\` member exists in the type only, to carry \`I\`.
 */
export type Route<I extends keyof operations = keyof operations> = readonly [
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  flags: number,
] & { readonly operation?: I };

${routes.join('\n')}
`;
}
