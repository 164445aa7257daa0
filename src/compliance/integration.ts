import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkBuiltSite, type BuiltSite } from './built/check.ts';
import {
  pageChecksOptionsSchema,
  type PageChecksOptions,
  type ResolvedPageChecksOptions,
} from './built/options.ts';
import { hasErrors } from './core/report.ts';
import { defaultFormat, FORMATS, printReport, type Format } from './reporters/index.ts';

/** The error's name when the page checks stop a build (its findings are already printed). */
export const PAGE_CHECKS_FAILED = 'PageChecksFailed';

/**
 * How `npm run build -- --format …` reaches the integration, which Astro
 * loads from astro.config.mjs rather than from the build script.
 */
export const REPORT_FORMAT_VARIABLE = 'BACKRACK_REPORT_FORMAT';

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

function reportFormat(): Format {
  const asked = process.env[REPORT_FORMAT_VARIABLE];
  return FORMATS.find((format) => format === asked) ?? defaultFormat();
}

/**
 * Checks every built page (disclaimer, headings, images, links, claims) after
 * `astro build`, traces each finding to the file an editor can fix, prints
 * them in the report format asked for, and fails the build on any error.
 * Acts on builds only, never in `astro dev`.
 */
export function pageChecks(options: PageChecksOptions): AstroIntegration {
  const resolved = validate(options);
  const site: Omit<BuiltSite, 'outDir'> = { root: process.cwd(), origin: '', routes: [] };
  return {
    name: 'backrack-page-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        site.root = fileURLToPath(config.root);
        site.origin = config.site ? new URL(config.site).origin : '';
      },
      'astro:routes:resolved': ({ routes }) => {
        site.routes = routes.map((route) => ({
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
        const report = await checkBuiltSite(
          { ...site, outDir: fileURLToPath(dir) },
          { ...resolved, external },
          // Pages whose HTML is unchanged keep the last build's findings, unless caches are off.
          { cache: process.env['BACKRACK_CHECK_CACHE'] !== 'off' },
        );
        const reused = report.pagesReused
          ? ` (${report.pagesReused} unchanged since the last build, their findings reused)`
          : '';
        logger.info(
          `checked ${report.pagesChecked} pages${reused} in ${Math.round(performance.now() - started)} ms`,
        );
        printReport(report, reportFormat(), { oneLine: true });
        if (!hasErrors(report)) return;
        const error = new Error('the page checks found errors; see above');
        error.name = PAGE_CHECKS_FAILED;
        throw error;
      },
    },
  };
}
