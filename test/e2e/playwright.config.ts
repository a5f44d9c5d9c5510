// End-to-end journeys on the BUILT demo (apps/demo/dist), served by a tiny static server that sends each
// page's Content-Security-Policy as a header, in Chromium (Playwright's, else the system's).
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { shiftsToRun, testNow, testTimezone } from '../../scripts/test-clock.mjs';

const here = import.meta.dirname;

// One project per instant of the mock's clock (fixtures.ts pins each page to its project's `now`): the suite's
// own instant, or, in the date-shift run (scripts/any-day.mjs --together), every shifted instant in one run.
// The shifted instants run the journeys, where money, periods and invitations move; the page checks (CSP,
// axe, embedding, theming, the gallery's states) run once, and every widget state runs at every instant in the
// widgets' own suite.
const projects = process.env['ALLOT_TEST_SHIFTED']
  ? shiftsToRun().map((shift) => ({
      name: shift.name,
      metadata: { now: shift.now },
      // Pages, axe, the two-copies conflicts and the grid's selection read no date: they run once, at the suite's own instant.
      testIgnore: ['pages.e2e.ts', 'a11y.e2e.ts', 'conflicts.e2e.ts', 'selection.e2e.ts'],
      use: { timezoneId: shift.timezone },
    }))
  : [{ name: 'today', metadata: { now: testNow() }, use: { timezoneId: testTimezone() } }];

export default defineConfig({
  testDir: here,
  testMatch: '**/*.e2e.ts',
  // Playwright empties its output folder on each run: keep it apart from test-results/, where other suites
  // of this package may write their reports too.
  outputDir: join(here, '.output'),
  globalSetup: join(here, 'global-setup.ts'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: Boolean(process.env['CI']),
  // The date-shift run (scripts/any-day.mjs) names its own report file.
  reporter: [
    ['list'],
    ['json', { outputFile: join(here, '..', process.env['ALLOT_TEST_RESULTS'] ?? 'test-results/e2e.json') }],
  ],
  projects,
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
