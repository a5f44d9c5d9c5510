/** Runs every area against the mock with one rule switched off. */
import { secretKeys } from '@allot/mock';
import { expect } from 'vitest';
import { runConformance, type AreaName, type Report } from '../../src/index.js';
import { startMock } from './mock.js';

export async function against(rule: string): Promise<Report> {
  const mock = await startMock(rule);
  try {
    // A shallow invariant run: these cases prove other areas fail; the pass against the mock runs the default depth.
    return await runConformance({
      baseUrl: mock.url,
      secretKey: secretKeys.a,
      seed: 1,
      invariants: { runs: 5, steps: 6 },
    });
  } finally {
    await mock.stop();
  }
}

export interface BrokenCase {
  rule: string;
  area: AreaName;
  names: string;
}

/**
 * The run failed, in the area of the broken rule, naming it with the exchange that showed it; the contract area
 * (which does not depend on that rule, unless it is the one broken) still passed, so the report points at the
 * right rule.
 */
export async function expectBroken({ rule, area, names }: BrokenCase): Promise<void> {
  const report = await against(rule);
  expect(report.passed).toBe(false);
  const result = report.areas.find((a) => a.area === area)!;
  expect(result.passed).toBe(false);
  expect(result.brokenRules).toContain(names);
  const failure = result.failures.find((f) => f.rule === names)!;
  expect(failure.exchange?.response.status).toBeGreaterThan(0);
  expect(report.areas.filter((a) => !a.passed).map((a) => a.area)).toContain(area);
  if (area !== 'contract') expect(report.areas.find((a) => a.area === 'contract')?.passed).toBe(true);
}
