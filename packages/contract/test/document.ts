// Test helpers: the bundled document and walks over its operations.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** `shared/` sits beside the repository root (ARCHITECTURE.md). */
export const sharedDocs = join(packageRoot, '../../../shared/docs');

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  'x-permissions'?: string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, Response>;
}
export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
  example?: unknown;
  $ref?: string;
}
export interface MediaType {
  schema?: SchemaNode;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
export interface Response {
  description: string;
  headers?: Record<string, { schema?: object; $ref?: string }>;
  content?: Record<string, MediaType>;
  $ref?: string;
}
export interface SchemaNode {
  $ref?: string;
  allOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  [key: string]: unknown;
}
export interface Document {
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, SchemaNode>;
    responses?: Record<string, Response>;
    parameters?: Record<string, Parameter>;
  };
  [key: string]: unknown;
}

export const document = JSON.parse(
  readFileSync(join(packageRoot, 'generated/openapi.json'), 'utf8'),
) as Document;

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Follows a local `#/…` reference inside the document. */
export function resolve<T>(node: T | { $ref: string }): T {
  if (node && typeof node === 'object' && '$ref' in node && typeof node.$ref === 'string') {
    const target = node.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (at, key) => (at as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        document,
      );
    return resolve(target as T);
  }
  return node as T;
}

export function operations(): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const shared = (item['parameters'] as Parameter[] | undefined) ?? [];
    return METHODS.filter((m) => m in item).map((method) => {
      const op = item[method] as Operation;
      return {
        ...op,
        method,
        path,
        parameters: [...shared, ...(op.parameters ?? [])].map((p) => resolve(p)),
      };
    });
  });
}

/** The `code` values a problem response enumerates (through allOf). */
export function problemCodes(response: Response): string[] {
  const schema = resolve(response).content?.['application/problem+json']?.schema;
  if (!schema) return [];
  const parts = schema.allOf ?? [schema];
  return parts.flatMap((part) => (resolve(part).properties?.['code']?.enum as string[] | undefined) ?? []);
}
