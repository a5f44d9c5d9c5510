// Test helpers: the bundled document and walks over its operations.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deref, responseCodes, walkOperations } from '../scripts/operation-table.mjs';

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

/** Follows a local `#/…` reference inside the document. */
export const resolve = <T>(node: T | { $ref: string }): T => deref(document, node);

/** Every operation, walked by the contract's one walker (scripts/operation-table.mjs). */
export function operations(): Operation[] {
  return walkOperations<Operation, Parameter>(document).map(({ operation, method, path, parameters }) => ({
    ...operation,
    method: method.toLowerCase(),
    path,
    parameters,
  }));
}

/** The `code` values a problem response enumerates (through allOf). */
export const problemCodes = (response: Response): string[] => responseCodes(document, response);
