import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // better-sqlite3 and the worker pool are native / thread-based: forks isolate them best.
    pool: 'forks',
  },
});
