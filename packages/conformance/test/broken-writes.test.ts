/**
 * A kit that cannot fail is worthless: against the mock with one rule switched off (`allot-mock --break`),
 * the run fails, in the area of that rule, naming it. (Split over two files so they run in parallel.)
 */
import { secretKeys } from '@allot/mock';
import { describe, expect, it } from 'vitest';
import { runConformance } from '../src/index.js';
import { expectBroken, type BrokenCase } from './support/broken.js';
import { runCli, startMock } from './support/mock.js';

const cases: BrokenCase[] = [
  { rule: 'idempotency', area: 'idempotency', names: 'idempotency.replay-acts-once' },
  { rule: 'validation', area: 'bad-input', names: 'bad-input.out-of-range' },
];

describe('against a broken server', () => {
  it.each(cases)('--break $rule fails the $area area, naming $names', expectBroken);

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

describe('invariants against a broken server', () => {
  it('shrinks a failing random sequence to a minimal one, the same for the same seed', async () => {
    const mock = await startMock('idempotency');
    try {
      const run = () =>
        runConformance({ baseUrl: mock.url, secretKey: secretKeys.a, seed: 1, only: ['invariants'] });
      const [first, second] = [await run(), await run()];
      const failure = first.areas[0]!.failures[0]!;
      expect(failure.rule).toBe('invariants.replay-changes-nothing');
      expect(failure.message).toContain('Minimal sequence (seed 1');
      expect(failure.message).toContain('{"kind":"replay"');
      expect(second.areas[0]!.failures[0]!.message).toBe(failure.message);
    } finally {
      await mock.stop();
    }
  });
});
