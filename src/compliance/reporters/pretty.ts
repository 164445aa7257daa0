import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';

/** "1 error", "2 errors". */
export const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** `file:line:col` or `file` with "(position unavailable)" when no place is known. */
export function location(finding: Finding): string {
  return finding.position
    ? `${finding.file}:${finding.position.line}:${finding.position.column}`
    : `${finding.file} (position unavailable)`;
}

/** One line a finding, `file:line:col  severity  rule  message`, with the hint indented beneath. */
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

/**
 * The last line of a report: "2 errors, 1 warning in 2 files" for the
 * content checks, "page checks: … (27 pages checked)" for the built pages.
 */
export function reportSummary({ findings, filesChecked, pagesChecked }: Report): string {
  if (pagesChecked === undefined) return summary(findings, filesChecked ?? 0);
  const pages = plural(pagesChecked, 'page');
  return findings.length === 0
    ? `page checks: no problems in ${pages}`
    : `page checks: ${summary(findings, pagesChecked)} (${pages} checked)`;
}

/** The findings, then every suppression with its reason, then the one-line summary. */
export function formatPretty(report: Report): string {
  const { findings, suppressed } = report;
  const suppressions = suppressed.length
    ? [
        `${plural(suppressed.length, 'suppressed finding')}:`,
        ...suppressed.map(
          (entry) => `  ${entry.file}:${entry.line}  ${entry.ruleId}  -- ${entry.reason}`,
        ),
      ]
    : [];
  return [...findings.map(formatFinding), ...suppressions, reportSummary(report)].join('\n');
}
