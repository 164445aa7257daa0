import { checkContent } from './check.ts';
import { formatPretty } from './reporters/pretty.ts';

/**
 * `npm run check`: the content checks alone. Exit 0 when clean, 1 on any
 * error, 2 when the checker itself failed (never a stack trace unless --debug).
 */
async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const { findings, filesChecked } = await checkContent(process.cwd());
    const output = formatPretty(findings, filesChecked);
    const hasErrors = findings.some((finding) => finding.severity === 'error');
    (hasErrors ? console.error : console.log)(output);
    return hasErrors ? 1 : 0;
  } catch (error) {
    console.error(
      `internal error in the content checker: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (debug && error instanceof Error) console.error(error.stack);
    else console.error('Run `npm run check -- --debug` for details.');
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
