/**
 * The contract as the kit reads it: the operation table (`@allot/contract/operations`) for methods, paths,
 * permissions and error codes, and the bundled document for response schemas and request examples.
 */
import type { OperationId, Permission, Role } from '@allot/contract';
import document from '@allot/contract/openapi.json' with { type: 'json' };
import { operationTable, type OperationEntry } from '@allot/contract/operations';
import { createContractValidator, type OpenApiDocument } from '@allot/contract/validation';

type Json = Record<string, unknown>;

interface RawDocument extends OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

const doc = document as unknown as RawDocument;

export const table = operationTable as { readonly [Id in OperationId]: OperationEntry };
export const operationIds = Object.keys(table) as OperationId[];

/** Follows local `#/…` references. */
export function deref<T = Json>(node: unknown): T {
  let current = node;
  for (let depth = 0; typeof (current as { $ref?: unknown } | null)?.$ref === 'string'; depth += 1) {
    const ref = (current as { $ref: string }).$ref;
    if (depth === 10 || !ref.startsWith('#/')) throw new Error(`Cannot follow ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (at, key) => (at as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        doc,
      );
  }
  return current as T;
}

function operationOf(id: OperationId): Json {
  const entry = table[id];
  const op = doc.paths[entry.path]?.[entry.method.toLowerCase()];
  if (!op) throw new Error(`${id}: no ${entry.method} ${entry.path} in the contract`);
  return op as Json;
}

/** Content types and schemas of one documented response. */
export function responseSpec(
  id: OperationId,
  status: number,
): Record<string, { schema?: unknown }> | undefined {
  const responses = (operationOf(id)['responses'] ?? {}) as Json;
  const raw = responses[String(status)];
  if (raw === undefined) return undefined;
  return (deref<Json>(raw)['content'] ?? {}) as Record<string, { schema?: unknown }>;
}

/** The documented statuses of an operation (success and errors). */
export function documentedStatuses(id: OperationId): number[] {
  const responses = (operationOf(id)['responses'] ?? {}) as Json;
  return Object.keys(responses)
    .filter((key) => /^\d{3}$/.test(key))
    .map(Number);
}

interface RawParam {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
}

/** The contract's examples for an operation's parameters and body: a minimal valid request. */
export function exampleRequest(id: OperationId): {
  path: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
} {
  const entry = table[id];
  const op = operationOf(id);
  const item = doc.paths[entry.path] ?? {};
  const params = [
    ...((item['parameters'] ?? []) as unknown[]),
    ...((op['parameters'] ?? []) as unknown[]),
  ].map((p) => deref<RawParam>(p));
  const path: Record<string, string> = {};
  const query: Record<string, string | string[]> = {};
  const headers: Record<string, string> = {};
  for (const p of params) {
    if (p.in === 'path') path[p.name] = String(p.example);
    else if (p.in === 'query' && p.required)
      query[p.name] = Array.isArray(p.example) ? p.example.map(String) : String(p.example);
    else if (p.in === 'header' && p.required && p.name !== 'Idempotency-Key' && p.name !== 'If-Match')
      headers[p.name] = String(p.example);
  }
  let body: unknown;
  if (entry.body) {
    const requestBody = deref<Json>(op['requestBody']);
    const content = (requestBody['content'] ?? {}) as Record<string, { example?: unknown }>;
    body = content['application/json']?.example;
  }
  return { path, query, headers, body };
}

const validator = createContractValidator(doc);

/** Validates a JSON value against a schema of the contract; returns the errors as text, or [] when valid. */
export function validate(schema: unknown, value: unknown): string[] {
  const check = validator.compile(schema as object);
  if (check(value)) return [];
  return (check.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is not valid'}`);
}

export const roles: readonly Role[] = ['super_admin', 'admin', 'user_manager', 'member'];

/**
 * The role table, read from the contract itself (the `Permission` schema's description, a Markdown table),
 * so the kit holds a server to the contract rather than to what the server says of itself.
 */
export function contractRoleTable(): Record<Role, Permission[]> {
  const description = String(deref<Json>((doc.components?.schemas ?? {})['Permission'])['description'] ?? '');
  const out: Record<Role, Permission[]> = { super_admin: [], admin: [], user_manager: [], member: [] };
  const lines = description.split('\n').filter((line) => line.trim().startsWith('|'));
  const header = (lines[0] ?? '').split('|').map((c) => c.trim());
  for (const line of lines.slice(2)) {
    const cells = line.split('|').map((c) => c.trim());
    const permission = (cells[1] ?? '').replace(/`/g, '') as Permission;
    cells.forEach((cell, i) => {
      const role = header[i] as Role;
      if (cell === '✓' && role in out) out[role].push(permission);
    });
  }
  return out;
}

export const allPermissions = (): Permission[] => contractRoleTable().super_admin;

/**
 * Whether a 403 to a role that holds one of an operation's permissions is still documented: a member may read
 * and spend minutes only on the portal's default account (DOMAIN.md), a finer rule than the role table.
 */
export const memberFinerRule = (role: Role, permissions: readonly Permission[]) =>
  role === 'member' && permissions.some((p) => p === 'minutes:read' || p === 'minutes:spend');
