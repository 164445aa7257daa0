import { selectAll } from 'css-select';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { EXTERNAL_LINK_PHRASE } from '../../../lib/urls.ts';
import type { PageFinding, PageRule } from '../types.ts';
import { collapseWhitespace, hidesContent, INLINE_ELEMENTS, isHidden } from '../visible-text.ts';

const RULE_ID = 'a11y/link-text';

/** Link text that only makes sense next to the sentence around it. */
const SAYS_NOTHING = new Set([
  'click here',
  'here',
  'read more',
  'more',
  'link',
  'this page',
  'learn more',
]);

/** Link text as a screen reader reads it: text, and the alt text of images inside. */
function contentName(node: AnyNode, parts: string[]): void {
  if (isText(node)) parts.push(node.data);
  if (!isTag(node) || hidesContent(node)) return;
  if (node.name === 'img') parts.push(` ${getAttributeValue(node, 'alt') ?? ''} `);
  const block = !INLINE_ELEMENTS.has(node.name);
  if (block) parts.push(' ');
  for (const child of node.children) contentName(child, parts);
  if (block) parts.push(' ');
}

/** The link's accessible name: `aria-label` wins over its content, as in browsers. */
export function linkName(link: Element): string {
  const label = collapseWhitespace(getAttributeValue(link, 'aria-label') ?? '');
  if (label) return label;
  const parts: string[] = [];
  for (const child of link.children) contentName(child, parts);
  return collapseWhitespace(parts.join(''));
}

/** The note the Link component adds to links to other websites, as it ends their name. */
const EXTERNAL_NOTE = new RegExp(`\\s*\\(${EXTERNAL_LINK_PHRASE}\\)$`, 'i');

/**
 * The words the editor chose: the name without the "(another website)" note,
 * so "click here (another website)" still reads as "click here".
 */
const ownWords = (name: string): string => name.replace(EXTERNAL_NOTE, '');

/** Lower case, without the punctuation that often ends link text ("Read more…", "here."). */
const normalise = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+$/u, '')
    .trim();

/**
 * `a11y/link-text` (a warning): screen reader users often list a page's
 * links on their own, where "click here" or "read more" says nothing about
 * where the link goes.
 */
export const a11yLinkTextPageRule: PageRule = {
  ids: [RULE_ID],
  check(page): PageFinding[] {
    const findings: PageFinding[] = [];
    for (const link of selectAll<AnyNode, Element>('a[href]', page.document)) {
      if (isHidden(link)) continue;
      const name = ownWords(linkName(link));
      const href = getAttributeValue(link, 'href') ?? '';
      const empty = name === '';
      if (!empty && !SAYS_NOTHING.has(normalise(name))) continue;
      findings.push({
        ruleId: RULE_ID,
        severity: 'warning',
        pathname: page.pathname,
        message: empty
          ? `link to "${href}" has no text, so a screen reader can only read out its address`
          : `link text "${name}" says nothing about where the link goes`,
        hint: 'Use words that name the destination, e.g. "the NHS page on back pain" instead of "click here"',
        trace: { kind: 'link', needle: href },
      });
    }
    return findings;
  },
};
