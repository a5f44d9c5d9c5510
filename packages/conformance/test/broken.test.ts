/**
 * A kit that cannot fail is worthless: against the mock with one rule switched off (`allot-mock --break`),
 * the run fails, in the area of that rule, naming it.
 */
import { secretKeys } from '@allot/mock';
import { describe, expect, it } from 'vitest';
import { runConformance, type AreaName, type Report } from '../src/index.js';
import { runCli, startMock } from './support/mock.js';

async function against(rule: string): Promise<Report> {
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

const cases: { rule: string; area: AreaName; names: string }[] = [
  { rule: 'permissions', area: 'rbac', names: 'rbac.denied-is-403' },
  { rule: 'idempotency', area: 'idempotency', names: 'idempotency.replay-acts-once' },
  { rule: 'validation', area: 'bad-input', names: 'bad-input.out-of-range' },
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

  it('exits 1 from the CLI and names the rule in the summary', async () => {
    const mock = await startMock('tenancy');
    try {
      const { code, stdout } = await runCli([
        '--base-url',
        mock.url,
        '--secret-key',
        secretKeys.a,
        '--only',
        'tenancy',
      ]);
      expect(code).toBe(1);
      expect(stdout).toContain('✗ tenancy');
      expect(stdout).toContain('tenancy.cross-portal-404');
      expect(stdout).toMatch(/GET http:\/\/\S+\/minute-accounts\/\S+/);
    } finally {
      await mock.stop();
    }
  });
});
