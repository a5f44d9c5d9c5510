/**
 * JSON Schema validation against the contract, shared by the mock (request and response checks) and the
 * contract's own tests (examples). Schemas are compiled once per schema object and cached.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { components } from './generated/openapi.js';

type FieldError = components['schemas']['FieldError'];

/** The subset of an OpenAPI document this module reads. */
export interface OpenApiDocument {
  components?: { schemas?: Record<string, unknown> };
  [key: string]: unknown;
}

const DOCUMENT_ID = 'https://allot.dev/openapi.json';

/** OpenAPI annotations that are not JSON Schema validation keywords. */
const ANNOTATIONS = ['example', 'x-enumDescriptions', 'xml', 'externalDocs'];

/** Rewrites local `#/components/...` references so they resolve inside the registered document. */
export function absolutise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutise);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? DOCUMENT_ID + value
        : absolutise(value);
  }
  return out;
}

export interface ContractValidator {
  /** A compiled validator for a schema object of the document (cached by identity). */
  compile(schema: object): ValidateFunction;
  /** A compiled validator for a named component schema. */
  component(name: string): ValidateFunction;
}

/**
 * An Ajv instance with the document's component schemas registered at the document's own URI, so
 * `#/components/schemas/X` references resolve unchanged. `source` keeps generated code for standalone output.
 */
export function createContractAjv(document: OpenApiDocument, { source = false } = {}): Ajv2020 {
  // strictRequired is off because problem schemas narrow `Problem` through allOf branches that name
  // required properties defined in the other branch; everything else stays strict.
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    discriminator: true,
    keywords: ANNOTATIONS,
    code: { source, esm: true },
    // Shared component schemas compile to one function each instead of being copied into every user.
    inlineRefs: !source,
  });
  addFormats.default(ajv);
  ajv.addKeyword({ keyword: 'components' });
  ajv.addSchema({
    $id: DOCUMENT_ID,
    components: { schemas: absolutise(document.components?.schemas ?? {}) },
  });
  return ajv;
}

/**
 * Compiles the document's schemas on demand and caches the validators. Compiling uses `new Function`,
 * so this is for Node and tests; browsers under a strict CSP use the precompiled `@allot/contract/validators`.
 */
export function createContractValidator(document: OpenApiDocument): ContractValidator {
  const ajv = createContractAjv(document);
  const cache = new WeakMap<object, ValidateFunction>();
  const byName = new Map<string, ValidateFunction>();
  return {
    compile(schema) {
      let validate = cache.get(schema);
      if (!validate) {
        validate = ajv.compile(absolutise(schema) as object);
        cache.set(schema, validate);
      }
      return validate;
    },
    component(name) {
      let validate = byName.get(name);
      if (!validate) {
        validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/${name}` });
        byName.set(name, validate);
      }
      return validate;
    },
  };
}

/** Turns Ajv errors into the contract's field errors, with JSON Pointers under `prefix` (e.g. `/query`). */
export function toFieldErrors(errors: readonly ErrorObject[] | null | undefined, prefix = ''): FieldError[] {
  return (errors ?? []).map((error) => {
    const missing = error.keyword === 'required' ? `/${String(error.params['missingProperty'])}` : '';
    const extra =
      error.keyword === 'additionalProperties' ? `/${String(error.params['additionalProperty'])}` : '';
    return {
      pointer: `${prefix}${error.instancePath}${missing}${extra}` || '/',
      code: error.keyword,
      message: error.message ?? 'is not valid',
    };
  });
}
