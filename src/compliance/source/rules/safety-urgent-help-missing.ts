import { visit } from 'unist-util-visit';
import type { SourceDocument } from '../../core/document.ts';
import type { Finding } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

/** A `condition` article must tell readers when to get urgent help. */
export function checkUrgentHelp(document: SourceDocument): Finding[] {
  if (document.collection !== 'articles' || !document.tree) return [];
  const data = document.frontmatter.data as { kind?: unknown } | undefined;
  if (data?.kind !== 'condition') return [];
  let found = false;
  visit(document.tree, (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'UrgentHelp'
    ) {
      found = true;
    }
  });
  if (found) return [];
  return [
    {
      ruleId: 'safety/urgent-help-missing',
      severity: 'error',
      file: document.file,
      position: document.frontmatter.locate(['kind']),
      message: 'a condition article must contain the urgent-help callout',
      hint: 'Add <UrgentHelp /> on its own line, usually in a "When to get help" section.',
    },
  ];
}

export const safetyUrgentHelpMissingRule: SourceRule = {
  ids: ['safety/urgent-help-missing'],
  check: checkUrgentHelp,
};
