// End-to-end journeys on the BUILT demo (apps/demo/dist), served by a tiny static server that sends each
// page's Content-Security-Policy as a header, in Chromium (Playwright's, else the system's).
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const here = import.meta.dirname;

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
  reporter: [['list'], ['json', { outputFile: join(here, '../test-results/e2e.json') }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    timezoneId: 'UTC',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
