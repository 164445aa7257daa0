import { selectAll, selectOne } from 'css-select';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { textContent } from 'domutils';
import type { PageFinding, PageRule } from '../types.ts';
import { collapseWhitespace, isHidden, visibleText } from '../visible-text.ts';

const RULE_ID = 'disclaimer/missing';

/** Where a misplaced disclaimer usually ends up. */
const LANDMARKS = new Set(['header', 'footer', 'nav', 'aside']);

const HINT =
  'Render <Disclaimer /> (src/components/Disclaimer.astro) inside <main> in the page or its layout; a page with no health information can instead be listed in DISCLAIMER_EXEMPT_ROUTES in src/site.config.ts';

/** Whether `node` sits inside `ancestor`. */
function isWithin(node: AnyNode, ancestor: Element): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The landmark holding a misplaced disclaimer, for a message editors recognise. */
function landmarkOf(element: Element): string {
  for (let current = element.parent; current; current = current.parent) {
    if (isTag(current) && LANDMARKS.has(current.name)) return `<${current.name}>`;
  }
  return 'the page';
}

/** Why a page fails, or null when a visible disclaimer with the exact text is in `<main>`. */
function problem(root: AnyNode, attribute: string, expected: string): string | null {
  const main = selectOne<AnyNode, Element>('main', root);
  if (!main) return 'the page has no <main> element, so it has no medical disclaimer inside one';
  const markers = selectAll<AnyNode, Element>(`[${attribute}]`, root);
  const inMain = markers.filter((marker) => marker === main || isWithin(marker, main));
  const outside = markers[0];
  if (inMain.length === 0) {
    return outside
      ? `the medical disclaimer is outside <main> (in ${landmarkOf(outside)}); it must be inside <main>, beside the health information`
      : 'the page has no medical disclaimer in <main>';
  }
  const shown = inMain.filter((marker) => !isHidden(marker));
  if (shown.some((marker) => visibleText(marker).includes(expected))) return null;
  // The words are there, but in an element (or a part of it) that visitors do not see.
  if (inMain.some((marker) => collapseWhitespace(textContent(marker)).includes(expected))) {
    return 'the medical disclaimer in <main> is hidden (hidden, aria-hidden="true" or display: none), so visitors do not see it';
  }
  return 'the medical disclaimer in <main> does not contain the standard disclaimer text word for word';
}

/**
 * `disclaimer/missing`: every built page that is not exempt shows the
 * standard medical disclaimer inside `<main>`. Checked on the built HTML so
 * that no layout or new page can drop it unnoticed.
 */
export const disclaimerMissingPageRule: PageRule = {
  ids: [RULE_ID],
  check(page, _site, options): PageFinding[] {
    if (options.disclaimerExempt.has(page.pathname)) return [];
    const expected = collapseWhitespace(options.disclaimerText);
    const message = problem(page.document, options.disclaimerAttribute, expected);
    return message
      ? [{ ruleId: RULE_ID, severity: 'error', pathname: page.pathname, message, hint: HINT }]
      : [];
  },
};
