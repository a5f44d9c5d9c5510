/**
 * The schemas of each operation's inputs and outputs, read from the bundled document: one object schema
 * per parameter location (path, query, header), the JSON body, and each response's content. The mock
 * validates requests and responses with exactly these, precompiled by scripts/validators.mjs.
 */
import type { OpenApiDocument } from './validation.js';

export type SchemaObject = Record<string, unknown>;
export type ParameterLocation = 'path' | 'query' | 'header';

export interface OperationSchemas {
  operationId: string;
  request: Record<ParameterLocation, SchemaObject> & { body?: SchemaObject };
  /** status → media type → schema */
  responses: Record<string, Record<string, SchemaObject>>;
}

interface Parameter {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  schema?: SchemaObject;
}
interface Content {
  content?: Record<string, { schema?: SchemaObject }>;
  $ref?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: Content;
  responses?: Record<string, Content>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];
const LOCATIONS: ParameterLocation[] = ['path', 'query', 'header'];

function deref<T extends { $ref?: string }>(document: OpenApiDocument, node: T): T {
  if (node.$ref === undefined) return node;
  const target = node.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (at, key) => (at as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      document,
    );
  return deref(document, target as T);
}

/** Parameters of one location as a single object schema, as a request carries them. */
function parameterObject(parameters: Parameter[], location: ParameterLocation): SchemaObject {
  const own = parameters.filter((p) => p.in === location);
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((p) => [p.name, p.schema ?? {}])),
    required: own.filter((p) => p.required === true).map((p) => p.name),
  };
}

export function operationSchemas(
  document: OpenApiDocument & { paths: Record<string, Record<string, unknown>> },
): OperationSchemas[] {
  return Object.values(document.paths).flatMap((item) => {
    const shared = ((item['parameters'] as Parameter[] | undefined) ?? []).map((p) => deref(document, p));
    return METHODS.filter((method) => item[method] !== undefined).map((method) => {
      const op = item[method] as Operation;
      const own = (op.parameters ?? []).map((p) => deref(document, p));
      const parameters = [
        ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
        ...own,
      ];
      const body = op.requestBody
        ? deref(document, op.requestBody).content?.['application/json']?.schema
        : undefined;
      const request = Object.fromEntries(
        LOCATIONS.map((l) => [l, parameterObject(parameters, l)]),
      ) as OperationSchemas['request'];
      if (body) request.body = body;
      const responses = Object.fromEntries(
        Object.entries(op.responses ?? {}).map(([status, raw]) => {
          const content = deref(document, raw).content ?? {};
          const schemas = Object.entries(content).flatMap(([media, c]) =>
            c.schema ? [[media, c.schema]] : [],
          );
          return [status, Object.fromEntries(schemas)];
        }),
      );
      return { operationId: op.operationId, request, responses };
    });
  });
}
