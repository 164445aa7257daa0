import { build } from 'astro';
import { checkContent } from '../compliance/check.ts';
import { formatFinding, formatPretty } from '../compliance/reporters/pretty.ts';
import { astroErrorToFinding } from './astro-error.ts';

/**
 * `npm run build`: the content checks, then Astro. Errors stop it before
 * Astro starts; anything Astro still rejects is printed in the same format.
 */
async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const root = process.cwd();

  const result = await checkContent(root);
  const failed = result.findings.some((finding) => finding.severity === 'error');
  (failed ? console.error : console.log)(formatPretty(result));
  if (failed) {
    console.error(
      'Build stopped before Astro started: fix the errors above. dist/ was not changed.',
    );
    return 1;
  }

  try {
    await build({
      root,
      logger: {
        entrypoint: new URL('./editor-logger.mjs', import.meta.url),
        config: { level: debug ? 'debug' : 'info', debug },
      },
    });
    return 0;
  } catch (error) {
    console.error(`\n${formatFinding(astroErrorToFinding(error, root))}`);
    if (debug && error instanceof Error) console.error(error.stack);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
