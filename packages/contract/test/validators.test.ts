import { describe, expect, it } from 'vitest';
import { requestValidators } from '@allot/contract/validators';
import type { OperationId } from '../src/index.js';
import { document, operations } from './document.js';

const ops = operations();

describe('precompiled request validators (no eval at run time)', () => {
  it('exist for every operation', () => {
    expect(Object.keys(requestValidators).sort()).toEqual(ops.map((op) => op.operationId).sort());
  });

  it('accept every request example of the contract', () => {
    for (const op of ops) {
      const example = op.requestBody?.content['application/json']?.example;
      if (example === undefined) continue;
      const validate = requestValidators[op.operationId as OperationId].body!;
      expect(validate(example) ? [] : validate.errors, op.operationId).toEqual([]);
    }
  });

  it('reject a body that breaks the schema, with the failing pointer', () => {
    const validate = requestValidators.transferMinutes.body!;
    expect(validate({ fromAccountId: 'acc_a', toAccountId: 'acc_b', minutes: 0 })).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/minutes minimum']);
  });

  it('check parameters as one object per location', () => {
    const query = requestValidators.listLicenses.query;
    expect(query({ status: 'assigned', limit: 20 })).toBe(true);
    expect(query({ status: 'lost', limit: 500 })).toBe(false);
    expect(requestValidators.transferMinutes.header({})).toBe(false);
    expect(document.paths['/minute-transfers']).toBeTruthy();
  });

  it('contain no code that needs eval', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const source = readFileSync(fileURLToPath(import.meta.resolve('@allot/contract/validators')), 'utf8');
    expect(source).not.toMatch(/new Function|\beval\(|require\(/);
  });
});
