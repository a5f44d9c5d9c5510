import { describe, expect, it } from 'vitest';
import { createContractValidator, toFieldErrors } from '../src/validation.js';
import { document, operations, resolve, type MediaType } from './document.js';

const validator = createContractValidator(document);

function examplesOf(media: MediaType): [string, unknown][] {
  const named = Object.entries(media.examples ?? {}).map(
    ([name, ex]) => [name, resolve(ex).value] as [string, unknown],
  );
  return media.example === undefined ? named : [['example', media.example], ...named];
}

function expectValid(schema: object, value: unknown): void {
  const validate = validator.compile(schema);
  const ok = validate(value);
  expect(ok ? [] : toFieldErrors(validate.errors)).toEqual([]);
}

const cases = operations().flatMap((op) => {
  const out: [string, object, unknown][] = [];
  for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
    for (const [name, value] of examplesOf(media))
      out.push([`${op.operationId} request ${type} ${name}`, media.schema!, value]);
  }
  for (const [status, raw] of Object.entries(op.responses)) {
    for (const [type, media] of Object.entries(resolve(raw).content ?? {})) {
      for (const [name, value] of examplesOf(media)) {
        if (media.schema) out.push([`${op.operationId} ${status} ${type} ${name}`, media.schema, value]);
      }
    }
  }
  for (const param of op.parameters ?? []) {
    if (param.example !== undefined && param.schema) {
      out.push([`${op.operationId} parameter ${param.name}`, param.schema, param.example]);
    }
  }
  return out;
});

describe('every example validates against its schema', () => {
  it('finds examples on every operation', () => {
    const withExamples = new Set(cases.map(([name]) => name.split(' ')[0]));
    expect([...withExamples].sort()).toEqual(
      operations()
        .map((op) => op.operationId)
        .sort(),
    );
  });

  it.each(cases)('%s', (_name, schema, value) => expectValid(schema, value));

  it.each(
    Object.entries(document.components.schemas).filter(([, schema]) => schema['example'] !== undefined),
  )('component schema %s', (name, schema) => {
    const validate = validator.component(name);
    expect(validate(schema['example']) ? [] : toFieldErrors(validate.errors)).toEqual([]);
  });

  it('rejects an example that breaks its schema', () => {
    const validate = validator.component('Money');
    expect(validate({ amount: 1.5, currency: 'eur' })).toBe(false);
    expect(toFieldErrors(validate.errors).map((e) => e.pointer)).toEqual(['/amount', '/currency']);
  });
});
