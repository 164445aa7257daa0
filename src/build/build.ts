import { parseArgs } from 'node:util';
import { build } from 'astro';
import { REPORT_FORMAT_VARIABLE, PAGE_CHECKS_FAILED } from '../compliance/integration.ts';
import { hasErrors, type Report } from '../compliance/core/report.ts';
import { defaultFormat, FORMATS, printReport, type Format } from '../compliance/reporters/index.ts';
import { checkContent } from '../compliance/source/check.ts';
import { astroErrorToFinding } from './astro-error.ts';
import { guardAstroBuild } from './incremental.ts';
import { forRelease, isReleaseBlocking } from './release.ts';
import { SEARCH_INDEX_FOLDER, writeSearchIndex } from './search-index.ts';
import { createStaging } from './staging.ts';

const USAGE = `Usage: npm run build -- [--release] [--format pretty|json|github] [--external] [--cold] [--debug]`;

interface BuildOptions {
  /** The build a deployment runs: warnings of rules that block a release are errors. */
  release: boolean;
  format: Format;
  external: boolean;
  /** Render every page again instead of reusing the unchanged ones of the last build. */
  cold: boolean;
  debug: boolean;
}

function parseBuildOptions(argv: readonly string[]): BuildOptions | string {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        release: { type: 'boolean', default: false },
        format: { type: 'string' },
        external: { type: 'boolean', default: false },
        cold: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
    const format = values.format ?? defaultFormat();
    if (!FORMATS.includes(format as Format)) {
      return `--format must be one of ${FORMATS.join(', ')}; got "${format}"`;
    }
    return {
      release: values.release,
      format: format as Format,
      external: values.external,
      cold: values.cold,
      debug: values.debug,
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `npm run build`: the content checks, then Astro into a staging folder, then
 * the page checks (in the integration); only a build with no errors replaces
 * dist/. Both phases report in the same format; with `--format json` each is
 * one JSON line on stdout and everything else goes to stderr. Anything Astro
 * itself rejects is reported as a `build/astro` finding. `--release` is the
 * build a deployment runs: what blocks a release (an unconfirmed product
 * fact) is an error there, not a warning.
 */
async function main(argv: readonly string[]): Promise<number> {
  const options = parseBuildOptions(argv);
  if (typeof options === 'string') {
    console.error(`error  ${options}\n\n${USAGE}`);
    return 2;
  }
  const { format, debug } = options;
  const root = process.cwd();
  const json = format === 'json';
  // With --format json, stdout carries the reports alone; prose goes to stderr.
  const say = json ? console.error : console.log;
  const print = (report: Report) => printReport(report, format, { oneLine: true });
  // The integration reads these: Astro loads it from astro.config.mjs, not from here.
  process.env[REPORT_FORMAT_VARIABLE] = format;
  if (options.external) process.env['BACKRACK_CHECK_EXTERNAL'] = '1';
  // A cold build keeps no findings from earlier runs either (both phases read this).
  if (options.cold) process.env['BACKRACK_CHECK_CACHE'] = 'off';

  const checked = await checkContent(root);
  const result = options.release ? { ...checked, findings: forRelease(checked.findings) } : checked;
  print(result);
  if (hasErrors(result)) {
    if (options.release && checked.findings.some(isReleaseBlocking)) {
      console.error('Release build: an unconfirmed product fact cannot be published.');
    }
    console.error(
      'Build stopped before Astro started: fix the errors above. dist/ was not changed.',
    );
    return 1;
  }

  const staging = await createStaging(root);
  const discardOnInterrupt = () => {
    void staging.discard().finally(() => process.exit(130));
  };
  process.once('SIGINT', discardOnInterrupt);
  process.once('SIGTERM', discardOnInterrupt);
  const guard = await guardAstroBuild(root, options.cold);
  if (guard.cold && !options.cold) {
    say('The last build stopped half-way, so this one renders every page again.');
  }
  try {
    await build({
      root,
      outDir: staging.outDir,
      // Astro reuses the pages of the last build whose cacheKey and code are unchanged
      // (experimental.incrementalBuild); `force` renders them all.
      ...(guard.cold ? { force: true } : {}),
      logger: {
        entrypoint: new URL('./editor-logger.mjs', import.meta.url),
        config: { level: debug ? 'debug' : 'info', debug, allToStderr: json },
      },
    });
    await guard.finished();
    const indexed = await writeSearchIndex(staging.outDir);
    say(
      `Wrote the search index to ${SEARCH_INDEX_FOLDER}/ (${indexed} pages read; articles and products are indexed).`,
    );
    await staging.publish();
    say('Published the build to dist/.');
    return 0;
  } catch (error) {
    await staging.discard();
    // The page checks run after Astro has rendered every page, so its cache is whole.
    if (error instanceof Error && error.name === PAGE_CHECKS_FAILED) await guard.finished();
    // The page checks have already reported their findings; anything else is Astro's own error.
    if (!(error instanceof Error && error.name === PAGE_CHECKS_FAILED)) {
      say('');
      print({ findings: [astroErrorToFinding(error, root)], suppressed: [], filesChecked: 1 });
      if (debug) console.error(error instanceof Error ? error.stack : error);
    }
    console.error('Build failed: dist/ was not changed.');
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
