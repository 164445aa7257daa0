import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listContentFiles, personIds, selectFiles, type ContentFile } from './content-files.ts';
import type { RuleContext } from './document.ts';
import { compareFindings, type Finding } from './finding.ts';
import { parseDocument } from './parse-document.ts';
import type { SourceRule } from './rule.ts';
import { isKnownRuleId, sourceRules } from './rules/index.ts';
import { applySuppressions, findSuppressions, type AppliedSuppression } from './suppressions.ts';

export interface CheckOptions {
  /** Files or folders to check, relative to the root; all of content/ when empty. */
  paths?: readonly string[];
  /** "Today", for review dates; the real date by default. */
  today?: Date;
  rules?: readonly SourceRule[];
}

export interface CheckResult {
  findings: Finding[];
  /** Suppressions that silenced a finding, with their reasons, for the summary. */
  suppressed: AppliedSuppression[];
  filesChecked: number;
}

/** Runs the rules on one file; a rule that crashes becomes a finding, never a stack trace. */
async function checkFile(
  { file, collection }: ContentFile,
  context: RuleContext,
  rules: readonly SourceRule[],
): Promise<{ findings: Finding[]; suppressed: AppliedSuppression[] }> {
  const source = await readFile(join(context.root, file), 'utf8');
  const document = parseDocument(file, source, collection);
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
    (id) => isKnownRuleId(id, rules),
    context.today,
  );
  return { findings: result.findings, suppressed: result.applied };
}

/** Runs every source rule over the content under `root` (or the given paths). */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const all = await listContentFiles(root);
  const files = options.paths?.length ? await selectFiles(root, all, options.paths) : all;
  const context: RuleContext = {
    root,
    today: options.today ?? new Date(),
    people: personIds(all),
    fileExists: existsSync,
  };
  const rules = options.rules ?? sourceRules;
  const results = await Promise.all(files.map((file) => checkFile(file, context, rules)));
  return {
    findings: results.flatMap((result) => result.findings).sort(compareFindings),
    suppressed: results.flatMap((result) => result.suppressed),
    filesChecked: files.length,
  };
}
