/** Against the reference server, every area passes: through the CLI (exit code, summary, JSON report). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretKeys } from '@allot/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaNames, type Report } from '../src/index.js';
import { runCli, startMock, type RunningMock } from './support/mock.js';

describe('allot-conformance against allot-mock', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.stop());

  it('passes every area, exits 0 and writes the JSON report', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'allot-conformance-')), 'report.json');
    const { code, stdout, stderr } = await runCli([
      '--base-url',
      mock.url,
      '--secret-key',
      secretKeys.a,
      '--seed',
      '7',
      '--report',
      report,
    ]);
    expect(stdout, stderr).toContain('6 of 6 areas passed');
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(report, 'utf8')) as Report;
    expect(json.passed).toBe(true);
    expect(json.seed).toBe(7);
    expect(json.areas.map((a) => a.area)).toEqual([...areaNames]);
    for (const area of json.areas) {
      expect(area.failures, area.area).toEqual([]);
      expect(area.checks, area.area).toBeGreaterThan(0);
    }
    // Progress goes to stderr, never into the summary.
    expect(stderr).toContain('invariants');
    // Every documented error code is provoked somewhere (the contract area's refusals, bad input, RBAC,
    // idempotency…), but for the two only a server under load or down answers with: no client can cause those.
    expect(json.problems.codesNotSeen).toEqual(['rate_limited', 'unavailable']);
    expect(stdout).toMatch(/Problems answered: \d+ of the \d+ an operation documents/);
  });

  it('runs one area with --only', async () => {
    const { code, stdout } = await runCli([
      '--base-url',
      mock.url,
      '--secret-key',
      secretKeys.a,
      '--only',
      'tenancy',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('tenancy');
    expect(stdout).toContain('1 of 1 areas passed');
  });

  it('exits 2 on bad usage', async () => {
    expect((await runCli(['--secret-key', 'sk'])).code).toBe(2);
    expect((await runCli(['--base-url', mock.url, '--secret-key', 'sk', '--only', 'nothing'])).code).toBe(2);
  });

  it('fails the setup, naming the fixture API, for a secret key of no portal', async () => {
    const { code, stdout } = await runCli([
      '--base-url',
      mock.url,
      '--secret-key',
      'sk_unknown',
      '--only',
      'rbac',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('rbac.setup');
  });
});
