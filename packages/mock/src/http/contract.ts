import type { OperationId, Permission } from '@allot/contract';
import document from '@allot/contract/openapi.json' with { type: 'json' };
import { operationTable, type OperationEntry } from '@allot/contract/operations';
import {
  createContractValidator,
  type ContractValidator,
  type OpenApiDocument,
} from '@allot/contract/validation';

/** A JSON Schema object as the contract writes it (possibly a `$ref`). */
export type SchemaObject = Record<string, unknown>;

export type ParamLocation = 'path' | 'query' | 'header';

export interface ParamSpec {
  name: string;
  in: ParamLocation;
  required: boolean;
  schema: SchemaObject;
  example: unknown;
}

/** One documented response of an operation: its content types and their schemas. */
export interface ResponseSpec {
  content: Record<string, { schema?: SchemaObject; example?: unknown }>;
}

/**
 * Everything the service needs to know about one operation: its row of the contract's operation table
 * (`@allot/contract/operations`), plus the schemas and examples the table does not hold, looked up in the
 * document at the row's own path and method.
 */
export interface OperationSpec {
  operationId: OperationId;
  method: OperationEntry['method'];
  /** The path template, e.g. `/minute-accounts/{accountId}`. */
  path: string;
  pattern: RegExp;
  /** The path parameters, in the order of the path. */
  pathParamNames: readonly string[];
  /** The path, query and header parameters the table names, with their schemas and examples. */
  params: ParamSpec[];
  /** The JSON request body, when the operation takes one. */
  body: { required: boolean; schema: SchemaObject; example: unknown } | undefined;
  /** `x-permissions`: the caller needs any one of them; empty means any authenticated caller. */
  permissions: readonly Permission[];
  security: OperationEntry['security'];
  /** Declares an `Idempotency-Key` header (required or optional). */
  idempotent: boolean;
  /** Declares a required `If-Match` header: missing → 428. */
  ifMatchRequired: boolean;
  /** The problem codes each documented error status may carry. */
  errors: OperationEntry['errors'];
  /** Every documented response, by status. */
  responses: Map<number, ResponseSpec>;
}

interface RawParameter {
  name?: string;
  in?: string;
  required?: boolean;
  schema?: SchemaObject;
  example?: unknown;
}

type Ref<T> = T | { $ref: string };

interface RawOperation {
  parameters?: Ref<RawParameter>[];
  requestBody?: Ref<{
    required?: boolean;
    content?: Record<string, { schema?: SchemaObject; example?: unknown }>;
  }>;
  responses?: Record<string, Ref<{ content?: ResponseSpec['content'] }>>;
}

type RawPathItem = { parameters?: Ref<RawParameter>[] } & Partial<Record<string, RawOperation>>;

interface RawDocument extends OpenApiDocument {
  paths: Record<string, RawPathItem>;
}

/** The bundled contract the whole service is built from. */
export const contract = document as unknown as RawDocument;

/** Follows local `#/…` references, however deep (a schema's, a parameter's, a response's…). */
export function deref<T>(node: Ref<T>): T {
  let current: unknown = node;
  for (let depth = 0; isRef(current); depth += 1) {
    const ref = current.$ref;
    if (depth === 10 || !ref.startsWith('#/'))
      throw new Error(`Cannot follow reference ${ref} in the contract`);
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (at, key) =>
          (at as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        contract,
      );
    if (current === undefined) throw new Error(`Unresolved reference ${ref} in the contract`);
  }
  return current as T;
}

function isRef(node: unknown): node is { $ref: string } {
  return typeof (node as { $ref?: unknown } | null)?.$ref === 'string';
}

/** A path template as a regular expression whose groups are the path parameters, in `names` order. */
function toPattern(path: string, names: readonly string[]): RegExp {
  let index = 0;
  const source = path.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
    if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (names[index++] !== name) throw new Error(`${path}: {${name}} is out of the table's pathParams order`);
    return '([^/]+)';
  });
  if (index !== names.length) throw new Error(`${path} does not name all of ${names.join(', ')}`);
  return new RegExp(`^${source}$`);
}

/** The headers the table knows of, under their names in the document. */
const HEADERS = [
  { name: 'Idempotency-Key', declared: (entry: OperationEntry) => entry.idempotencyKey !== null },
  { name: 'If-Match', declared: (entry: OperationEntry) => entry.ifMatch !== null },
];

/** One operation's spec: the table's row, and the document at that row's path and method for the rest. */
function buildSpec(operationId: OperationId, entry: OperationEntry): OperationSpec {
  const item = contract.paths[entry.path];
  const operation = item?.[entry.method.toLowerCase()];
  if (!item || !operation)
    throw new Error(`${operationId}: no ${entry.method} ${entry.path} in the contract`);
  // An operation's own parameter overrides a path-level one of the same name and location.
  const own = (operation.parameters ?? []).map((p) => deref(p));
  const shared = (item.parameters ?? []).map((p) => deref(p));
  const param = (location: ParamLocation, name: string): ParamSpec => {
    const same = (p: RawParameter) => p.in === location && p.name?.toLowerCase() === name.toLowerCase();
    const found = own.find(same) ?? shared.find(same);
    if (!found) throw new Error(`${operationId}: no ${location} parameter ${name} in the contract`);
    return {
      name: found.name ?? name,
      in: location,
      required: found.required === true,
      schema: found.schema ?? {},
      example: found.example,
    };
  };
  const params = [
    ...entry.pathParams.map((name) => param('path', name)),
    ...entry.query.map((name) => param('query', name)),
    ...HEADERS.filter((header) => header.declared(entry)).map((header) => param('header', header.name)),
  ];
  // The mock reads JSON bodies only (every body of the contract is JSON).
  const json =
    entry.body?.contentType === 'application/json' && operation.requestBody
      ? deref(operation.requestBody).content?.['application/json']
      : undefined;
  const responses = new Map<number, ResponseSpec>(
    Object.entries(operation.responses ?? {}).map(([status, raw]) => [
      Number(status),
      { content: deref(raw).content ?? {} },
    ]),
  );
  return {
    operationId,
    method: entry.method,
    path: entry.path,
    pattern: toPattern(entry.path, entry.pathParams),
    pathParamNames: entry.pathParams,
    params,
    body:
      entry.body && json
        ? { required: entry.body.required, schema: json.schema ?? {}, example: json.example }
        : undefined,
    permissions: entry.permissions,
    security: entry.security,
    idempotent: entry.idempotencyKey !== null,
    ifMatchRequired: entry.ifMatch === 'required',
    errors: entry.errors,
    responses,
  };
}

const table = operationTable as { readonly [Id in OperationId]: OperationEntry };

/** Every operationId of the contract, in document order. */
export const contractOperationIds: readonly OperationId[] = Object.keys(table) as OperationId[];

/** Every operation of the contract, in document order. */
export const operationSpecs: readonly OperationSpec[] = contractOperationIds.map((id) =>
  buildSpec(id, table[id]),
);

/** Whether the operation documents an error response with this status. */
export const documentsError = (spec: OperationSpec, status: number): boolean =>
  Object.hasOwn(spec.errors, status);

/** The result of matching a request path (relative to the base URL) against the contract's paths. */
export type RouteMatch =
  | { kind: 'operation'; spec: OperationSpec; pathParams: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

export interface Router {
  match(method: string, path: string): RouteMatch;
}

/**
 * A matcher over the contract's path templates. Literal segments win over parameters (none of the
 * contract's paths overlap today, but `/users/me`-style additions would), so templates are tried
 * most specific first.
 */
export function createRouter(specs: readonly OperationSpec[] = operationSpecs): Router {
  const ordered = [...specs].sort((a, b) => a.pathParamNames.length - b.pathParamNames.length);
  return {
    match(method, path) {
      const allowed: string[] = [];
      for (const spec of ordered) {
        const found = spec.pattern.exec(path);
        if (!found) continue;
        if (spec.method !== method.toUpperCase()) {
          allowed.push(spec.method);
          continue;
        }
        const pathParams: Record<string, string> = {};
        spec.pathParamNames.forEach((name, i) => {
          const raw = found[i + 1] ?? '';
          try {
            pathParams[name] = decodeURIComponent(raw);
          } catch {
            pathParams[name] = raw;
          }
        });
        return { kind: 'operation', spec, pathParams };
      }
      return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
    },
  };
}

export type ContractValidatorLike = ContractValidator;

let sharedValidator: ContractValidator | undefined;

/** One Ajv instance for the process: compiling the contract's schemas is the expensive part. */
export function contractValidator(): ContractValidator {
  sharedValidator ??= createContractValidator(contract);
  return sharedValidator;
}
