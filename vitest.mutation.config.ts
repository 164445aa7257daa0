import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The unit tests Stryker runs against each mutant (`npm run mutate`). A
 * mutant is switched on inside the test process only, so tests that run a
 * command in a child process (a whole build, the CLI) or render .astro
 * components cannot kill one; leaving them out keeps each run short.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'src/components/**',
      'test/cli.test.ts',
      'test/cli-new.test.ts',
      'test/page-checks.test.ts',
      'test/release-build.test.ts',
      'test/import-structure.test.ts',
      'test/html-validity.test.ts',
    ],
  },
});
