import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Several tests run real processes and builds; shared machines are slow at times.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
