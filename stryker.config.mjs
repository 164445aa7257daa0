// @ts-check
/**
 * Mutation testing of the code that decides what is published (`npm run
 * mutate`): small faults are put into it one at a time, and each must make
 * a unit test fail. Incremental: a second run tests only what changed.
 * Reports go to reports/mutation/, outside git.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: [
    'src/compliance/**/*.ts',
    'src/build/**/*.ts',
    'src/security/**/*.ts',
    'src/lib/**/*.ts',
    '!src/**/*.test.ts',
    // Test helpers and thread entry points: no behaviour of their own to judge.
    '!src/**/testing.ts',
    '!src/**/check-worker.ts',
    '!src/compliance/bin.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
