import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test starts an allot-mock child process and runs whole areas against it over HTTP; in CI it shares the
    // two cores with every other suite, where a run that takes 5 s alone can take ten times that.
    testTimeout: 240_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
