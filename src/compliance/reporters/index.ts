import { hasErrors, type Report } from '../core/report.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatPretty } from './pretty.ts';

export type Format = 'pretty' | 'json' | 'github';

/** Each output format, the same for the content checks and the built-page checks. */
export const reporters: Record<Format, (report: Report) => string> = {
  pretty: formatPretty,
  json: formatJson,
  github: formatGithub,
};

export const FORMATS = Object.keys(reporters) as Format[];

/** The format when none is asked for: annotations on GitHub Actions, else the terminal's. */
export const defaultFormat = (env: NodeJS.ProcessEnv = process.env): Format =>
  env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'pretty';

/**
 * Prints a report. Errors in the terminal's format go to stderr; everything
 * else goes to stdout, where tools read JSON and annotations. `oneLine` puts
 * JSON on one line, so the build's two reports read as JSON Lines.
 */
export function printReport(report: Report, format: Format, { oneLine = false } = {}): void {
  const text = format === 'json' && oneLine ? formatJson(report, 0) : reporters[format](report);
  (hasErrors(report) && format === 'pretty' ? console.error : console.log)(text);
}
