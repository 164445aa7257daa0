import type { Finding } from './finding.ts';

/** A suppression that silenced a finding, with the reason it gives, for the summary. */
export interface AppliedSuppression {
  file: string;
  line: number;
  ruleId: string;
  reason: string;
}

/** What one phase of the checks hands the reporters. */
export interface Report {
  findings: Finding[];
  suppressed: AppliedSuppression[];
  /** Content files checked: set by the source phase. */
  filesChecked?: number;
  /** Built pages checked: set by the built phase. */
  pagesChecked?: number;
}

export const hasErrors = (report: Pick<Report, 'findings'>): boolean =>
  report.findings.some((finding) => finding.severity === 'error');
