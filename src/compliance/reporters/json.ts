import type { CheckResult } from '../source/check.ts';

/** Machine-readable output for editors' tools and CI dashboards. */
export function formatJson(result: CheckResult): string {
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  return JSON.stringify(
    {
      summary: {
        errors,
        warnings: result.findings.length - errors,
        filesChecked: result.filesChecked,
      },
      findings: result.findings,
      suppressed: result.suppressed,
    },
    null,
    2,
  );
}
