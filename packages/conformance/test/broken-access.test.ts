/**
 * A kit that cannot fail is worthless: against the mock with one rule switched off (`allot-mock --break`),
 * the run fails, in the area of that rule, naming it. (Split over two files so they run in parallel.)
 */
import { describe, it } from 'vitest';
import { expectBroken, type BrokenCase } from './support/broken.js';

const cases: BrokenCase[] = [
  { rule: 'permissions', area: 'rbac', names: 'rbac.denied-is-403' },
  { rule: 'tenancy', area: 'tenancy', names: 'tenancy.cross-portal-404' },
  { rule: 'refusals', area: 'contract', names: 'contract.refusal' },
];

describe('against a broken server', () => {
  it.each(cases)('--break $rule fails the $area area, naming $names', expectBroken);
});
