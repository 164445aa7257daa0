import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { explainRule } from '../../compliance/explain.ts';
import { ruleFacts } from '../../compliance/core/registry.ts';

/** Where editors read about a rule: a link to its README section, and the `--explain` text. */
export interface RuleDocs {
  url(ruleId: string): string | undefined;
  explain(ruleId: string): string | null;
}

/**
 * The README at `readmePath` as rule documentation. The registry's anchors
 * are GitHub's, which `explain.ts` finds the sections by, so the same anchor
 * after a file: address opens the same section in an editor that shows
 * Markdown. The README is read once: it does not change while one edits.
 */
export function readmeRuleDocs(readmePath: string): RuleDocs {
  const readmeUrl = pathToFileURL(readmePath).href;
  let readme: string | undefined;
  const explained = new Map<string, string | null>();
  return {
    url(ruleId) {
      const anchor = ruleFacts(ruleId)?.anchor;
      return anchor ? `${readmeUrl}#${anchor}` : undefined;
    },
    explain(ruleId) {
      if (!explained.has(ruleId)) {
        readme ??= readFileSync(readmePath, 'utf8');
        explained.set(ruleId, explainRule(ruleId, readme));
      }
      return explained.get(ruleId) ?? null;
    },
  };
}
