import { getViteConfig } from 'astro/config';
import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that render .astro components, through Astro's container API. */
const componentTests = 'src/components/**/*.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    // Several tests run real processes and builds; shared machines are slow at times.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, componentTests],
        },
      },
      // Only these need Astro's compiler, so only they pay for loading it.
      getViteConfig({ test: { name: 'components', include: [componentTests] } }),
    ],
  },
});
