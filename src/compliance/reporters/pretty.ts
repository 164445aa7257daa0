import type { CheckResult } from '../source/check.ts';
import type { Finding } from '../finding.ts';

/** "1 error", "2 errors". */
export const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** `file:line:col` or `file` with "(position unavailable)" when no place is known. */
export function location(finding: Finding): string {
  return finding.position
    ? `${finding.file}:${finding.position.line}:${finding.position.column}`
    : `${finding.file} (position unavailable)`;
}

/** One line a finding, as DESIGN.md fixes it, with the hint indented beneath. */
export function formatFinding(finding: Finding): string {
  const line = `${location(finding)}  ${finding.severity}  ${finding.ruleId}  ${finding.message}`;
  return finding.hint ? `${line}\n    hint: ${finding.hint}` : line;
}

/** "3 errors, 1 warning in 2 files", or "no problems in N files". */
export function summary(findings: readonly Finding[], filesChecked: number): string {
  if (findings.length === 0) return `no problems in ${plural(filesChecked, 'file')}`;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((finding) => finding.file)).size;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** The findings, then every suppression with its reason, then the one-line summary. */
export function formatPretty({ findings, suppressed, filesChecked }: CheckResult): string {
  const suppressions = suppressed.length
    ? [
        `${plural(suppressed.length, 'suppressed finding')}:`,
        ...suppressed.map(
          (entry) => `  ${entry.file}:${entry.line}  ${entry.ruleId}  -- ${entry.reason}`,
        ),
      ]
    : [];
  return [...findings.map(formatFinding), ...suppressions, summary(findings, filesChecked)].join(
    '\n',
  );
}
