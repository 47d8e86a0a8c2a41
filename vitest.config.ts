import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fuzz campaign (FUZZ_CASES set, see src/testing/fuzz.ts) runs thousands of cases per loop: each
    // case keeps its own time limit, the loop as a whole gets an hour.
    testTimeout: process.env.FUZZ_CASES ? 3_600_000 : 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
