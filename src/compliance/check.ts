import { existsSync } from 'node:fs';
import type { AppliedSuppression } from './suppressions.ts';
import { listContentFiles, personIds, selectFiles } from './content-files.ts';
import type { RuleContext } from './document.ts';
import { compareFindings, type Finding } from './finding.ts';
import { checkInParallel, checkSerially } from './parallel.ts';
import type { SourceRule } from './rule.ts';

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
  const results = options.rules
    ? await checkSerially(files, context, options.rules)
    : await checkInParallel(files, context);
  return {
    findings: results.flatMap((result) => result.findings).sort(compareFindings),
    suppressed: results.flatMap((result) => result.suppressed),
    filesChecked: files.length,
  };
}
