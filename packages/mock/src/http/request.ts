import type { Schema } from '@allot/contract';
import { toFieldErrors } from '@allot/contract/validation';
import { requestValidators } from '@allot/contract/validators';
import { fail, notFound } from '../engine/errors.js';
import {
  deref,
  documentsError,
  type OperationSpec,
  type ParamLocation,
  type SchemaObject,
} from './contract.js';

type FieldError = Schema<'FieldError'>;

/** A request's inputs after coercion and validation against the contract. */
export interface ParsedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body: unknown;
  /** Whether a body was sent at all (an empty body on an optional requestBody is `undefined`). */
  hasBody: boolean;
}

/** Pointer prefixes of parameter errors, as FieldError documents them. */
const PREFIX: Record<ParamLocation, string> = { path: '/path', query: '/query', header: '/header' };

/**
 * Validators are precompiled by @allot/contract at build time (Ajv standalone code): nothing is compiled
 * at run time, so the mock also runs in browsers under a strict Content-Security-Policy (no eval).
 */
function validatorsOf(spec: OperationSpec) {
  return requestValidators[spec.operationId];
}

/** Query strings are text: turn a value into the schema's scalar type when it reads as one. */
function coerceScalar(raw: string, schema: SchemaObject): unknown {
  const resolved = deref(schema);
  const type = resolved['type'];
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function coerceQuery(spec: OperationSpec, search: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const param of spec.params) {
    if (param.in !== 'query') continue;
    const schema = deref(param.schema);
    const values = search.getAll(param.name);
    if (values.length === 0) {
      // Schema defaults spare every handler from repeating them.
      if (schema['default'] !== undefined) query[param.name] = structuredClone(schema['default']);
      continue;
    }
    if (schema['type'] === 'array') {
      // Form style, exploded: `?status=pending&status=accepted`.
      const items = (schema['items'] as SchemaObject | undefined) ?? {};
      query[param.name] = values.map((v) => coerceScalar(v, items));
    } else {
      query[param.name] = coerceScalar(values[0] ?? '', schema);
    }
  }
  return query;
}

function collectHeaders(spec: OperationSpec, headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const param of spec.params) {
    if (param.in !== 'header') continue;
    const value = headers.get(param.name);
    if (value !== null) out[param.name] = value;
  }
  return out;
}

function validationFailed(errors: FieldError[]): never {
  const n = errors.length;
  return fail(400, 'validation_failed', `${n} field${n === 1 ? ' is' : 's are'} not valid.`, { errors });
}

/** Reads the JSON body; malformed JSON is a validation error at the root pointer. */
async function readBody(spec: OperationSpec, request: Request): Promise<{ body: unknown; hasBody: boolean }> {
  if (!spec.body) return { body: undefined, hasBody: false };
  const text = request.body === null ? '' : await request.text();
  if (text.trim() === '') {
    if (spec.body.required) {
      validationFailed([{ pointer: '/', code: 'required', message: 'a JSON request body is required' }]);
    }
    return { body: undefined, hasBody: false };
  }
  // A body is JSON only when it says so: `text/plain` or a form is refused, as a strict server would.
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !type.endsWith('+json')) {
    validationFailed([
      {
        pointer: '/',
        code: 'contentMediaType',
        message: `must be sent as application/json, not ${type || 'without a type'}`,
      },
    ]);
  }
  try {
    return { body: JSON.parse(text) as unknown, hasBody: true };
  } catch {
    return validationFailed([{ pointer: '/', code: 'json', message: 'is not valid JSON' }]);
  }
}

/**
 * Coerces and validates path, query, headers and body against the operation's schemas. All failures are
 * reported together (one 400 with every pointer), path parameters first.
 */
export async function parseRequest(
  spec: OperationSpec,
  request: Request,
  url: URL,
  rawPathParams: Record<string, string>,
  { acceptBelowMinimum = false }: { acceptBelowMinimum?: boolean } = {},
): Promise<ParsedRequest> {
  const v = validatorsOf(spec);
  const path: Record<string, unknown> = {};
  for (const param of spec.params) {
    if (param.in === 'path' && rawPathParams[param.name] !== undefined) {
      path[param.name] = coerceScalar(rawPathParams[param.name] ?? '', param.schema);
    }
  }
  const query = coerceQuery(spec, url.searchParams);
  const headers = collectHeaders(spec, request.headers);
  const errors: FieldError[] = [];
  if (!v.path(path)) {
    // An id that cannot exist names no resource; operations that document no 400 answer 404 for it.
    if (!documentsError(spec, 400)) notFound('resource');
    errors.push(...toFieldErrors(v.path.errors, PREFIX.path));
  }
  if (!v.query(query)) errors.push(...toFieldErrors(v.query.errors, PREFIX.query));
  if (!v.header(headers)) errors.push(...toFieldErrors(v.header.errors, PREFIX.header));
  const { body, hasBody } = await readBody(spec, request);
  if (hasBody && v.body && !v.body(body)) {
    // The `validation` break (conformance testing only): a number below its minimum goes through.
    const kept = (v.body.errors ?? []).filter((e) => !(acceptBelowMinimum && e.keyword === 'minimum'));
    errors.push(...toFieldErrors(kept, ''));
  }
  if (errors.length > 0) validationFailed(errors);
  return { path, query, headers, body, hasBody };
}
