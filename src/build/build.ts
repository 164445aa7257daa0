import { build } from 'astro';
import { checkContent } from '../compliance/check.ts';
import { formatFinding, formatPretty } from '../compliance/reporters/pretty.ts';
import { PAGE_CHECKS_FAILED } from '../compliance/integration.ts';
import { astroErrorToFinding } from './astro-error.ts';
import { forRelease, isReleaseBlocking } from './release.ts';
import { writeSearchIndex } from './search-index.ts';
import { createStaging } from './staging.ts';

/**
 * `npm run build [-- --release] [-- --external] [-- --debug]`: the content checks, then
 * Astro into a staging folder, then the page checks (in the integration);
 * only a build with no errors replaces dist/. Anything Astro itself rejects
 * is printed in the checker's format. `--release` is the build a deployment
 * runs: the warnings of `RELEASE_BLOCKING_RULES` are errors there.
 */
async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const root = process.cwd();
  // The integration reads this: external links are only checked when asked for.
  if (argv.includes('--external')) process.env['BACKRACK_CHECK_EXTERNAL'] = '1';

  const release = argv.includes('--release');
  const checked = await checkContent(root);
  const result = release ? { ...checked, findings: forRelease(checked.findings) } : checked;
  const failed = result.findings.some((finding) => finding.severity === 'error');
  (failed ? console.error : console.log)(formatPretty(result));
  if (failed) {
    if (release && checked.findings.some(isReleaseBlocking)) {
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
  try {
    await build({
      root,
      outDir: staging.outDir,
      logger: {
        entrypoint: new URL('./editor-logger.mjs', import.meta.url),
        config: { level: debug ? 'debug' : 'info', debug },
      },
    });
    await writeSearchIndex(staging.outDir);
    await staging.publish();
    console.log('Published the build to dist/.');
    return 0;
  } catch (error) {
    await staging.discard();
    // The page checks have already printed their findings; anything else is Astro's own error.
    if (!(error instanceof Error && error.name === PAGE_CHECKS_FAILED)) {
      console.error(`\n${formatFinding(astroErrorToFinding(error, root))}`);
      if (debug) console.error(error instanceof Error ? error.stack : error);
    }
    console.error('Build failed: dist/ was not changed.');
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
