import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { isShiftedRun, testNow, testTimezone } from '../../scripts/test-clock.mjs';
import { sourceLiterals } from './test/source-literals.js';

const src = fileURLToPath(new URL('src/', import.meta.url));
const dist = fileURLToPath(new URL('dist/', import.meta.url));

/**
 * Every import of a module of src/ (from the tests and their helpers alike, so each module exists once) loads its
 * built file from dist/ instead: what npm users get, templates minified at build included.
 */
function againstDist(): Plugin {
  return {
    name: 'allot-tests-against-dist',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const id = resolved?.id;
      if (!id?.startsWith(src) || id.endsWith('.test.ts')) return null;
      return `${dist}${id.slice(src.length).replace(/\.ts$/, '.js')}`;
    },
  };
}

/** The string literals of the widgets' sources, for the test that every key a widget shows is in a module it loads. */
const sourceLiteralsCommand: BrowserCommand<[]> = () => sourceLiterals(src);

/** `src` (the default), or `dist` with ALLOT_TEST_AGAINST=dist. */
const against = process.env['ALLOT_TEST_AGAINST'] === 'dist' ? 'dist' : 'src';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    // The mock's clock in every test (test/support.ts reads it): ALLOT_TEST_NOW, or the suite's fixed instant.
    provide: { testNow: testNow(), checkAccessibility: !isShiftedRun() },
    // A dialog's chunk loads on first use, and the tests share two cores with the rest of the pipeline:
    // waits allow what the helpers in test/support.ts allow, instead of the default second.
    expect: { poll: { timeout: 20_000 } },
    testTimeout: 45_000,
    outputFile: { json: process.env['ALLOT_TEST_RESULTS'] ?? 'test-results/vitest.json' },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions(),
        contextOptions: { timezoneId: testTimezone() },
      }),
      instances: [{ browser: 'chromium' }],
      commands: { sourceLiterals: sourceLiteralsCommand },
    },
    include: ['src/**/*.test.ts'],
    name: against,
    projects: [
      { extends: true },
      {
        extends: true,
        // The built Custom Elements Manifest and the module that reads it, in Node (`pnpm build` first).
        test: {
          name: 'manifest',
          include: ['test/**/*.node.test.ts'],
          exclude: ['src/**', '**/node_modules/**'],
          environment: 'node',
          browser: { enabled: false },
        },
      },
    ],
  },
  // The tests against the published build (`pnpm build` first; `pnpm test` does): the date-shift run does one
  // of its instants this way (scripts/test-clock.mjs), so every test also runs on what npm users get.
  plugins: against === 'dist' ? [againstDist()] : [],
});
