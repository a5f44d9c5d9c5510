import { describe, expect, it } from 'vitest';
import { contractOperationIds } from '../src/http/contract.js';
import { allOperations } from '../src/http/operations/index.js';

describe('coverage of the contract', () => {
  it('has a handler for every operation of the contract', () => {
    const missing = contractOperationIds.filter((id) => allOperations[id] === undefined);
    expect(missing, `operations with no handler yet: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no handler for an operation the contract does not define', () => {
    const known = new Set<string>(contractOperationIds);
    expect(Object.keys(allOperations).filter((id) => !known.has(id))).toEqual([]);
  });
});
