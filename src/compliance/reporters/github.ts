import type { Report } from '../core/report.ts';
import type { Finding } from '../core/finding.ts';
import { reportSummary } from './pretty.ts';

/** GitHub's workflow-command escaping: data and property values differ. */
const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(finding: Finding): string {
  const properties = [`file=${escapeProperty(finding.file)}`];
  if (finding.position) {
    properties.push(`line=${finding.position.line}`, `col=${finding.position.column}`);
  }
  properties.push(`title=${escapeProperty(finding.ruleId)}`);
  const message = finding.hint ? `${finding.message}\n${finding.hint}` : finding.message;
  return `::${finding.severity} ${properties.join(',')}::${escapeData(message)}`;
}

/** Workflow annotations, so findings appear on the pull request's changed lines. */
export function formatGithub(report: Report): string {
  return [...report.findings.map(annotation), reportSummary(report)].join('\n');
}
