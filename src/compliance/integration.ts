import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatPageChecks, runPageChecks, type PageChecksState } from './built/check.ts';
import {
  pageChecksOptionsSchema,
  type PageChecksOptions,
  type ResolvedPageChecksOptions,
} from './integration-options.ts';

/** The error's name when the page checks stop a build (its findings are already printed). */
export const PAGE_CHECKS_FAILED = 'PageChecksFailed';

function validate(options: PageChecksOptions): ResolvedPageChecksOptions {
  const result = pageChecksOptionsSchema.safeParse(options);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`pageChecks() options in astro.config.mjs are invalid: ${problems.join('; ')}`);
  }
  return result.data;
}

/**
 * Checks every built page (disclaimer, headings, images, links, claims) after
 * `astro build`, traces each finding to the file an editor can fix, and fails
 * the build on any error. Acts on builds only, never in `astro dev`.
 */
export function pageChecks(options: PageChecksOptions): AstroIntegration {
  const resolved = validate(options);
  const state: PageChecksState = { root: process.cwd(), origin: '', routes: [] };
  return {
    name: 'backrack-page-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        state.root = fileURLToPath(config.root);
        state.origin = config.site ? new URL(config.site).origin : '';
      },
      'astro:routes:resolved': ({ routes }) => {
        state.routes = routes.map((route) => ({
          pattern: route.patternRegex,
          entrypoint: route.entrypoint,
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark's "plain Astro" baseline builds with the checks switched off.
        if (process.env['BACKRACK_PAGE_CHECKS'] === 'off') {
          logger.warn('page checks are switched off (BACKRACK_PAGE_CHECKS=off)');
          return;
        }
        const external = resolved.external || process.env['BACKRACK_CHECK_EXTERNAL'] === '1';
        const started = performance.now();
        const result = await runPageChecks({ dir, logger }, state, { ...resolved, external });
        logger.info(
          `checked ${result.pagesChecked} pages in ${Math.round(performance.now() - started)} ms`,
        );
        const output = formatPageChecks(result);
        if (!result.failed) {
          console.log(output);
          return;
        }
        console.error(output);
        const error = new Error('the page checks found errors; see above');
        error.name = PAGE_CHECKS_FAILED;
        throw error;
      },
    },
  };
}
