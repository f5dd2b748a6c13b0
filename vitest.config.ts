import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fastCheckSeed.ts'],
    // Tests assert results, never speed: budgets a loaded 2-core machine meets (vitest's default is 5 s).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
