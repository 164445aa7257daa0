import { parseArgs } from 'node:util';
import { defaultFormat, FORMATS, type Format } from './reporters/index.ts';

export interface CliOptions {
  paths: string[];
  format: Format;
  watch: boolean;
  debug: boolean;
  help: boolean;
  /** `--explain <rule>`: print what the rule means instead of checking. */
  explain: string | undefined;
  /** `--no-cache`: check every file again instead of reusing the last run's findings. */
  cache: boolean;
}

/** A mistake in how the command was called: exit 2 with a one-line message. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm run check -- [files or folders…] [options]

Checks the content (frontmatter, MDX, claims, links, Markdown style) without building.

Options:
  --format pretty|json|github  output format (github when GITHUB_ACTIONS=true, else pretty)
  --watch                      check again each time a content file is saved
  --no-cache                   check every file again (by default, unchanged files reuse
                               the last run's findings, kept in .cache/)
  --explain <rule>             what a rule means, an example and the fix (e.g. claims/prohibited)
  --debug                      show stack traces of internal errors
  --help                       show this text

Exit status: 0 no errors, 1 errors found, 2 usage or internal error.`;

/** Parses the command line; throws UsageError for unknown options or values. */
export function parseCliOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: 'string' },
        watch: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        explain: { type: 'string' },
        cache: { type: 'boolean', default: true },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? defaultFormat(env);
  if (!FORMATS.includes(format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${format}"`);
  }
  return {
    paths: positionals,
    format: format as Format,
    watch: values.watch,
    debug: values.debug,
    help: values.help,
    explain: values.explain,
    cache: values.cache,
  };
}
