import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentFile } from './content-files.ts';
import type { RuleContext, SourceDocument } from '../core/document.ts';
import type { Finding } from '../core/finding.ts';
import { parseDocument } from './parse-document.ts';
import type { SourceRule } from './rule.ts';
import { isSuppressibleAtSource } from '../core/registry.ts';
import type { AppliedSuppression } from '../core/report.ts';
import { applySuppressions, findSuppressions } from './suppressions.ts';

export interface FileResult {
  findings: Finding[];
  suppressed: AppliedSuppression[];
}

/** Runs the rules on one file; a rule that crashes becomes a finding, never a stack trace. */
export async function checkFile(
  { file, collection }: ContentFile,
  context: RuleContext,
  rules: readonly SourceRule[],
): Promise<FileResult> {
  const source = await readFile(join(context.root, file), 'utf8');
  return checkDocument(parseDocument(file, source, collection), context, rules);
}

/**
 * Runs the rules on a parsed document, as `checkFile` does on a file: the
 * language server hands it the text an editor has not saved yet.
 */
export async function checkDocument(
  document: SourceDocument,
  context: RuleContext,
  rules: readonly SourceRule[],
): Promise<FileResult> {
  const { file } = document;
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...(await rule.check(document, context)));
    } catch (error) {
      findings.push({
        ruleId: 'compliance/internal',
        severity: 'error',
        file,
        position: null,
        message: `${rule.ids[0] ?? 'a rule'} could not run: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'This is a fault in the checker or its configuration, not necessarily in the page; run with --debug.',
      });
    }
  }
  const result = applySuppressions(
    findings,
    findSuppressions(document),
    isSuppressibleAtSource,
    context.today,
  );
  return { findings: result.findings, suppressed: result.applied };
}
