import type { Report } from '../core/report.ts';

/**
 * Machine-readable output for editors' tools and CI dashboards: one JSON
 * document with counts, findings and suppressions. The summary counts files
 * for the content checks and pages for the built pages.
 */
export function formatJson(report: Report, indent: number | undefined = 2): string {
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const checked =
    report.pagesChecked === undefined
      ? { filesChecked: report.filesChecked ?? 0 }
      : { pagesChecked: report.pagesChecked };
  return JSON.stringify(
    {
      summary: { errors, warnings: report.findings.length - errors, ...checked },
      findings: report.findings,
      suppressed: report.suppressed,
    },
    null,
    indent,
  );
}
