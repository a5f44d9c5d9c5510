#!/usr/bin/env node
// The date-shift check: runs a test command once per instant of SHIFTED (scripts/test-clock.mjs), with the
// mock's clock pinned there and the browser in that instant's time zone. A suite that reads today's date
// somewhere, or formats a calendar date in the wrong zone, fails here on any day, not on the one it breaks.
//
//   node ../../scripts/any-day.mjs vitest run                 one run per instant (ALLOT_TEST_NOW, _TZ, _AGAINST)
//   node ../scripts/any-day.mjs --together playwright test …  one run that takes every instant (ALLOT_TEST_SHIFTED)
//
// ALLOT_TEST_SHIFTS=leap-day,… limits the instants. Each run writes its results under test-results/any-day/
// (ALLOT_TEST_RESULTS), which the workspace summary (scripts/test.mjs) counts like any other suite.
import { spawnSync } from 'node:child_process';
import { shiftsToRun } from './test-clock.mjs';

// --together: the runner takes every instant in one run (Playwright, one project per instant, so its workers
// stay busy across instants); it reads them from shiftsToRun() itself when ALLOT_TEST_SHIFTED is set.
const together = process.argv[2] === '--together';
const command = process.argv.slice(together ? 3 : 2);
if (command.length === 0) {
  console.error('usage: any-day.mjs [--together] <test command…>');
  process.exit(2);
}
/** Runs the test command with these variables added; true when it passed. */
const run = (env) =>
  spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env },
  }).status === 0;

if (together) {
  process.exit(run({ ALLOT_TEST_SHIFTED: '1', ALLOT_TEST_RESULTS: 'test-results/any-day/all.json' }) ? 0 : 1);
}
let failed = 0;
for (const shift of shiftsToRun()) {
  const against = shift.against ?? 'src';
  console.log(
    `\n== ${shift.name}: the clock at ${shift.now}, the browser in ${shift.timezone}, on ${against}`,
  );
  const passed = run({
    ALLOT_TEST_SHIFT: shift.name,
    ALLOT_TEST_NOW: shift.now,
    ALLOT_TEST_TZ: shift.timezone,
    TZ: shift.timezone,
    ALLOT_TEST_AGAINST: against,
    ALLOT_TEST_RESULTS: `test-results/any-day/${shift.name}.json`,
  });
  if (!passed) {
    failed += 1;
    console.error(`✗ ${shift.name} (${shift.now}, ${shift.timezone}) failed`);
  }
}
process.exit(failed === 0 ? 0 : 1);
