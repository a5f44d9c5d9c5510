import type { OperationId, Permission } from '@allot/contract';
import document from '@allot/contract/openapi.json' with { type: 'json' };
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
  headers: string[];
}

/** Everything the service needs to know about one operation, read once from the contract. */
export interface OperationSpec {
  operationId: OperationId;
  method: string;
  /** The path template, e.g. `/minute-accounts/{accountId}`. */
  path: string;
  pattern: RegExp;
  pathParamNames: string[];
  params: ParamSpec[];
  body: { required: boolean; schema: SchemaObject; example: unknown } | undefined;
  /** `x-permissions`: the caller needs any one of them; empty means any authenticated caller. */
  permissions: Permission[];
  security: 'bearerAuth' | 'secretKey';
  /** Declares an `Idempotency-Key` header (required or optional). */
  idempotent: boolean;
  /** Declares a required `If-Match` header: missing → 428. */
  ifMatchRequired: boolean;
  responses: Map<number, ResponseSpec>;
}

interface RawParameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  schema?: SchemaObject;
  example?: unknown;
}

interface RawOperation {
  operationId?: string;
  parameters?: RawParameter[];
  security?: Record<string, unknown>[];
  requestBody?: {
    $ref?: string;
    required?: boolean;
    content?: Record<string, { schema?: SchemaObject; example?: unknown }>;
  };
  responses?: Record<
    string,
    { $ref?: string; content?: ResponseSpec['content']; headers?: Record<string, unknown> }
  >;
  'x-permissions'?: Permission[];
}

interface RawDocument extends OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  security?: Record<string, unknown>[];
  components: {
    schemas: Record<string, SchemaObject>;
    parameters?: Record<string, RawParameter>;
    responses?: Record<string, { content?: ResponseSpec['content']; headers?: Record<string, unknown> }>;
    requestBodies?: Record<string, RawOperation['requestBody']>;
  };
}

/** The bundled contract the whole service is built from. */
export const contract = document as unknown as RawDocument;

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Follows a local `#/components/<kind>/<name>` reference (one level; the contract's refs never chain here). */
function deref<T>(node: T & { $ref?: string }): T {
  const ref = node.$ref;
  if (ref === undefined) return node;
  const [, , kind, name] = ref.split('/');
  const target = (contract.components as unknown as Record<string, Record<string, unknown>>)[kind ?? '']?.[
    name ?? ''
  ];
  if (target === undefined) throw new Error(`Unresolved reference ${ref} in the contract`);
  return target as T;
}

/** Resolves a schema's `$ref`s down to the first concrete schema, for coercion decisions. */
export function resolveSchema(schema: SchemaObject): SchemaObject {
  let current = schema;
  for (let depth = 0; typeof current['$ref'] === 'string' && depth < 10; depth += 1) {
    current = deref(current as SchemaObject & { $ref: string });
  }
  return current;
}

function toPattern(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) =>
      segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
        if (name !== undefined) {
          names.push(name);
          return '([^/]+)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }),
    )
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

function buildSpecs(): OperationSpec[] {
  const specs: OperationSpec[] = [];
  for (const [path, item] of Object.entries(contract.paths)) {
    const shared = ((item['parameters'] as RawParameter[] | undefined) ?? []).map((p) => deref(p));
    for (const method of METHODS) {
      const op = item[method] as RawOperation | undefined;
      if (op?.operationId === undefined) continue;
      const own = (op.parameters ?? []).map((p) => deref(p));
      // Operation-level parameters override path-level ones of the same name and location.
      const merged = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const params: ParamSpec[] = merged.map((p) => ({
        name: p.name ?? '',
        in: p.in as ParamLocation,
        required: p.required === true,
        schema: p.schema ?? {},
        example: p.example,
      }));
      const requestBody = op.requestBody ? deref(op.requestBody) : undefined;
      const json = requestBody?.content?.['application/json'];
      const responses = new Map<number, ResponseSpec>();
      for (const [status, raw] of Object.entries(op.responses ?? {})) {
        const response = deref(raw);
        responses.set(Number(status), {
          content: response.content ?? {},
          headers: Object.keys(response.headers ?? {}),
        });
      }
      const security = op.security ?? contract.security ?? [];
      const { pattern, names } = toPattern(path);
      specs.push({
        operationId: op.operationId as OperationId,
        method: method.toUpperCase(),
        path,
        pattern,
        pathParamNames: names,
        params,
        body: json
          ? { required: requestBody?.required === true, schema: json.schema ?? {}, example: json.example }
          : undefined,
        permissions: op['x-permissions'] ?? [],
        security: security.some((s) => 'secretKey' in s) ? 'secretKey' : 'bearerAuth',
        idempotent: params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
        ifMatchRequired: params.some(
          (p) => p.in === 'header' && p.name.toLowerCase() === 'if-match' && p.required,
        ),
        responses,
      });
    }
  }
  return specs;
}

/** Every operation of the contract, in document order. */
export const operationSpecs: readonly OperationSpec[] = buildSpecs();

/** Every operationId of the contract. */
export const contractOperationIds: readonly OperationId[] = operationSpecs.map((s) => s.operationId);

export function specOf(operationId: OperationId): OperationSpec {
  const spec = operationSpecs.find((s) => s.operationId === operationId);
  if (!spec) throw new Error(`No operation ${operationId} in the contract`);
  return spec;
}

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
