/** Runs every area against the mock with one rule switched off. */
import { secretKeys } from '@allot/mock';
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
