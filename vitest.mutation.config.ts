import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the test files that failed last time first, then the quickest first
 * (Vitest's own order is the slowest first). A mutant stops at the first
 * failing test, so this only changes how soon a killed mutant is known: a
 * survivor still runs every test that could see it.
 */
class QuickFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = new Map(
      files.map((spec) => [spec, this.ctx.cache.getTestSpecificationResult(spec)]),
    );
    const failed = (spec: TestSpecification) => (results.get(spec)?.failed ? 0 : 1);
    const duration = (spec: TestSpecification) => results.get(spec)?.duration ?? Number.MAX_VALUE;
    return [...files].sort((a, b) => failed(a) - failed(b) || duration(a) - duration(b));
  }
}

/**
 * The unit tests Stryker runs against each mutant (`npm run mutate`). A
 * mutant is switched on inside the test process only, so tests that run a
 * command in a child process (a whole build, the CLI) or render .astro
 * components cannot kill one; leaving them out keeps each run short.
 */
export default defineConfig({
  test: {
    environment: 'node',
    sequence: { sequencer: QuickFirstSequencer },
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
