#!/usr/bin/env node
// The date-shift check: runs a test command once per instant of SHIFTED (scripts/test-clock.mjs), with the
// mock's clock pinned there and the browser in that instant's time zone. A suite that reads today's date
// somewhere, or formats a calendar date in the wrong zone, fails here on any day, not on the one it breaks.
//
//   node ../../scripts/any-day.mjs vitest run --project src
//
// Each run writes its results to test-results/any-day/<name>.json (ALLOT_TEST_RESULTS), which the workspace
// summary (scripts/test.mjs) counts like any other suite.
import { spawnSync } from 'node:child_process';
import { SHIFTED } from './test-clock.mjs';

// --together: the runner takes every instant in one run (Playwright, one project per instant, so its workers
// stay busy across instants); it reads them from SHIFTED itself when ALLOT_TEST_SHIFTED is set.
const together = process.argv[2] === '--together';
const command = process.argv.slice(together ? 3 : 2);
if (command.length === 0) {
  console.error('usage: any-day.mjs [--together] <test command…>');
  process.exit(2);
}
if (together) {
  const run = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ALLOT_TEST_SHIFTED: '1', ALLOT_TEST_RESULTS: 'test-results/any-day/all.json' },
  });
  process.exit(run.status ?? 1);
}
const only = process.env.ALLOT_TEST_SHIFTS?.split(',');
let failed = 0;
for (const shift of SHIFTED) {
  if (only && !only.includes(shift.name)) continue;
  const against = shift.against ?? 'src';
  console.log(
    `\n== ${shift.name}: the clock at ${shift.now}, the browser in ${shift.timezone}, on ${against}`,
  );
  const run = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: {
      ...process.env,
      ALLOT_TEST_NOW: shift.now,
      ALLOT_TEST_TZ: shift.timezone,
      TZ: shift.timezone,
      ALLOT_TEST_AGAINST: against,
      ALLOT_TEST_RESULTS: `test-results/any-day/${shift.name}.json`,
    },
  });
  if (run.status !== 0) {
    failed += 1;
    console.error(`✗ ${shift.name} (${shift.now}, ${shift.timezone}) failed`);
  }
}
process.exit(failed === 0 ? 0 : 1);
