import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { SourceDocument } from '../../core/document.ts';
import type { Finding, Fix, Position } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

const CALLOUT = '<UrgentHelp />';

/** Where the body's text ends: the line and column just after its last character. */
function endOf(source: string): Position {
  const lines = source.split(/\r?\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * The callout on its own line: after the first heading that speaks of help
 * ("When to get help"), where the README says it usually goes, or else at the
 * end of the page.
 */
function addCallout(tree: Root, source: string): Fix {
  const heading = tree.children.find(
    (node) => node.type === 'heading' && /\bhelp\b/i.test(toString(node)),
  );
  const end = heading?.position?.end;
  if (end) {
    const at = { line: end.line, column: end.column };
    return {
      title: `Add ${CALLOUT} under "${toString(heading)}"`,
      from: at,
      to: at,
      text: `\n\n${CALLOUT}`,
    };
  }
  const at = endOf(source);
  const before = at.column === 1 ? '' : '\n';
  return {
    title: `Add ${CALLOUT} at the end of the page`,
    from: at,
    to: at,
    text: `${before}\n${CALLOUT}\n`,
  };
}

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
      fix: addCallout(document.tree, document.source),
    },
  ];
}

export const safetyUrgentHelpMissingRule: SourceRule = {
  ids: ['safety/urgent-help-missing'],
  check: checkUrgentHelp,
};
