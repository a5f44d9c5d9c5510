/**
 * A kit that cannot fail is worthless: against the mock with one rule switched off (`allot-mock --break`),
 * the run fails, in the area of that rule, naming it. (Split over two files so they run in parallel.)
 */
import { describe, expect, it } from 'vitest';
import { against, type BrokenCase } from './support/broken.js';

const cases: BrokenCase[] = [
  { rule: 'permissions', area: 'rbac', names: 'rbac.denied-is-403' },
  { rule: 'tenancy', area: 'tenancy', names: 'tenancy.cross-portal-404' },
];

describe('against a broken server', () => {
  it.each(cases)('--break $rule fails the $area area, naming $names', async ({ rule, area, names }) => {
    const report = await against(rule);
    expect(report.passed).toBe(false);
    const result = report.areas.find((a) => a.area === area)!;
    expect(result.passed).toBe(false);
    expect(result.brokenRules).toContain(names);
    // The first failure of the rule carries the request and response that showed it.
    const failure = result.failures.find((f) => f.rule === names)!;
    expect(failure.exchange?.response.status).toBeGreaterThan(0);
    // The areas that do not depend on the broken rule still pass: the report points at the right rule.
    expect(report.areas.filter((a) => !a.passed).map((a) => a.area)).toContain(area);
    expect(report.areas.find((a) => a.area === 'contract')?.passed).toBe(true);
  });
});
