import { defineConfig } from 'vitest/config';

// The package-level suites of this folder (the e2e journeys run under Playwright's own runner): the consumer
// test on the packed tarballs, the release dry run, and the benchmark commands as BENCHMARKS.md gives them.
// They spawn real tools, hence the long timeouts.
export default defineConfig({
  test: {
    include: ['consumers/**/*.test.ts', 'release/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/packages.json' },
  },
});
