import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

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

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    // A dialog's chunk loads on first use, and the two projects share two cores with the rest of the pipeline:
    // waits allow what the helpers in test/support.ts allow, instead of the default second.
    expect: { poll: { timeout: 4_000 } },
    outputFile: { json: 'test-results/vitest.json' },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: 'chromium' }],
    },
    projects: [
      { extends: true, test: { name: 'src', include: ['src/**/*.test.ts'] } },
      // The same tests once more against the published build (`pnpm build` first; `pnpm test` does).
      { extends: true, plugins: [againstDist()], test: { name: 'dist', include: ['src/**/*.test.ts'] } },
    ],
  },
});
