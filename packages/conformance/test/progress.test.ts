import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/progress.js';
import { areaNames } from '../src/result.js';

describe('the progress bar of a run', () => {
  it('fills with the areas done and names the one running with the requests sent so far', () => {
    expect(progressLine(areaNames, 'contract', 0)).toBe('[....................] 1/6 contract, 0 requests');
    expect(progressLine(areaNames, 'tenancy', 316)).toBe('[#######.............] 3/6 tenancy, 316 requests');
    expect(progressLine(areaNames, 'invariants', 1157)).toBe(
      '[#################...] 6/6 invariants, 1157 requests',
    );
  });

  it('counts only the areas of the run (--only)', () => {
    expect(progressLine(['rbac', 'tenancy'], 'tenancy', 40, 10)).toBe(
      '[#####.....] 2/2 tenancy, 40 requests',
    );
  });
});
