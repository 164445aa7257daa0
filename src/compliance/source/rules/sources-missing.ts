import { visit } from 'unist-util-visit';
import type { SourceDocument } from '../../core/document.ts';
import { positionOf, type Finding } from '../../core/finding.ts';
import { jsxAttribute } from '../../core/jsx.ts';
import type { SourceRule } from '../rule.ts';

const HINT =
  'List the evidence under `sources:` as { title, publisher, url }, and cite each one with <Cite n={…} /> beside the statement it supports.';

/** The `n` of a `<Cite n={2} />`, or null when it is not a plain number. */
function citeNumber(node: Parameters<typeof jsxAttribute>[0]): number | null {
  const value = jsxAttribute(node, 'n')?.value;
  const text = typeof value === 'string' ? value : value?.value;
  const n = text === undefined ? Number.NaN : Number(text);
  return Number.isInteger(n) ? n : null;
}

/**
 * Every article and product page lists its sources, and every citation
 * marker points at one of them.
 */
export function checkSources(document: SourceDocument): Finding[] {
  if (document.collection === 'people' || document.frontmatter.data === undefined) return [];
  const data = document.frontmatter.data as { sources?: unknown };
  const count = Array.isArray(data.sources) ? data.sources.length : 0;
  const findings: Finding[] = [];
  if (count === 0) {
    findings.push({
      ruleId: 'sources/missing',
      severity: 'error',
      file: document.file,
      position: document.frontmatter.locate(['sources']),
      message: 'the page lists no sources',
      hint: HINT,
    });
  }
  if (!document.tree) return findings;
  visit(document.tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    if (node.name !== 'Cite') return;
    const n = citeNumber(node);
    if (n !== null && n >= 1 && n <= count) return;
    findings.push({
      ruleId: 'sources/missing',
      severity: 'error',
      file: document.file,
      position: positionOf(node),
      message:
        n === null
          ? '<Cite> needs a number: n={1} for the first source'
          : `<Cite n={${n}} /> points to no source: the page lists ${count}`,
      hint: 'n is the position of the source in the `sources` list, counting from 1.',
    });
  });
  return findings;
}

export const sourcesMissingRule: SourceRule = {
  ids: ['sources/missing'],
  check: checkSources,
};
