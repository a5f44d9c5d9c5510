import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The large scenarios (100,000 licenses, 20,000 members) take a few seconds to build; on a 2-core CI machine
    // busy with the rest of the pipeline that passes vitest's 5 s default, so they get more room.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
