import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { isMeaninglessAlt } from '../../core/alt-text.ts';
import type { PageFinding, PageRule } from '../types.ts';
import { isHidden } from '../visible-text.ts';

const RULE_ID = 'a11y/img-alt';

const HINT =
  'Describe what the image shows in a few words (for a hero or product image, its alt field); use alt="" only for a purely decorative image';

/** Elements that show an image and need alt text; an `<area>` only when it is a link. */
const SELECTOR = 'img, input, area[href]';

/** What the finding points at: the image's src, or an image map area's href. */
function traceOf(element: Element): NonNullable<PageFinding['trace']> {
  if (element.name === 'area')
    return { kind: 'link', needle: getAttributeValue(element, 'href') ?? '' };
  return { kind: 'image', needle: getAttributeValue(element, 'src') ?? '' };
}

/**
 * `a11y/img-alt`: every image in the built page has alt text that says
 * something. `alt=""` is allowed: it marks a decorative image that screen
 * readers skip. Images hidden from everyone (or from screen readers) are not
 * announced, so they are left alone.
 */
export const a11yImgAltPageRule: PageRule = {
  ids: [RULE_ID],
  check(page): PageFinding[] {
    const findings: PageFinding[] = [];
    for (const element of selectAll<AnyNode, Element>(SELECTOR, page.document)) {
      if (element.name === 'input' && getAttributeValue(element, 'type')?.toLowerCase() !== 'image')
        continue;
      if (isHidden(element)) continue;
      const alt = getAttributeValue(element, 'alt');
      const trace = traceOf(element);
      const what = `${element.name === 'img' ? 'image' : `<${element.name}>`} "${trace.needle}"`;
      let message: string | null = null;
      if (alt === undefined) message = `${what} has no alt text`;
      else if (alt.trim() !== '' && isMeaninglessAlt(alt))
        message = `${what} has alt text "${alt.trim()}", which tells a screen reader user nothing`;
      if (!message) continue;
      findings.push({
        ruleId: RULE_ID,
        severity: 'error',
        pathname: page.pathname,
        message,
        hint: HINT,
        trace,
      });
    }
    return findings;
  },
};
