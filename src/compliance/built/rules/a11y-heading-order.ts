import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import type { PageFinding, PageRule } from '../types.ts';
import { isHidden, visibleText } from '../visible-text.ts';

const RULE_ID = 'a11y/heading-order';

interface Heading {
  level: number;
  text: string;
}

/** The page's headings in document order; hidden ones give the page no structure. */
function headingsOf(root: AnyNode): Heading[] {
  const body = selectOne<AnyNode, Element>('body', root) ?? root;
  return selectAll<AnyNode, Element>('h1, h2, h3, h4, h5, h6', body)
    .filter((heading) => !isHidden(heading))
    .map((heading) => ({ level: Number(heading.name.slice(1)), text: visibleText(heading) }));
}

/**
 * `a11y/heading-order`: one `<h1>` per page, and no skipped levels (an
 * `<h2>` followed by an `<h4>`). Screen reader users move through a page by
 * its headings, so a skipped level reads as missing content.
 */
export const a11yHeadingOrderPageRule: PageRule = {
  ids: [RULE_ID],
  check(page): PageFinding[] {
    const headings = headingsOf(page.document);
    const base = { ruleId: RULE_ID, severity: 'error', pathname: page.pathname } as const;
    const findings: PageFinding[] = [];
    const h1s = headings.filter((heading) => heading.level === 1);
    const second = h1s[1];
    if (h1s.length === 0) {
      findings.push({
        ...base,
        message: 'the page has no <h1>',
        hint: 'Give the page one <h1> that names its subject; pages from MDX get it from the layout or a single "#" heading',
      });
    } else if (second) {
      findings.push({
        ...base,
        message: `the page has ${h1s.length} <h1> headings (the second is "${second.text}"); it needs exactly one`,
        hint: 'Keep the first <h1> and make the others <h2> (in MDX, "##")',
        trace: { kind: 'heading', needle: second.text },
      });
    }
    headings.forEach((heading, index) => {
      const before = headings[index - 1];
      if (!before || heading.level <= before.level + 1) return;
      findings.push({
        ...base,
        message: `heading "${heading.text}" is an <h${heading.level}> after an <h${before.level}>, skipping a level`,
        hint: `Make it an <h${before.level + 1}> (in MDX, ${'#'.repeat(before.level + 1)}), or add the missing level above it`,
        trace: { kind: 'heading', needle: heading.text },
      });
    });
    return findings;
  },
};
