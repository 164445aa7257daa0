import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { EXTERNAL_LINK_PHRASE, EXTERNAL_LINK_REL, isExternalUrl } from '../../../lib/urls.ts';
import type { PageFinding, PageRule } from '../types.ts';
import { linkName } from './a11y-link-text.ts';

const RULE_ID = 'links/external-rel';

const HINT =
  'Write the link in Markdown ([words](https://…)) or with <Link href="…"> from src/components/Link.astro: the site then adds rel="noopener noreferrer" and the hidden words "(another website)"';

/** What a link to another website lacks, in the words of the message; empty when nothing. */
function problems(link: Element): string[] {
  const rel = new Set(
    (getAttributeValue(link, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
  );
  const missing = EXTERNAL_LINK_REL.filter((token) => !rel.has(token));
  const found: string[] = [];
  if (missing.length === EXTERNAL_LINK_REL.length) {
    found.push(`has no rel="${EXTERNAL_LINK_REL.join(' ')}"`);
  } else if (missing.length > 0) {
    found.push(`has no ${missing.map((token) => `"${token}"`).join(' or ')} in its rel`);
  }
  if (!linkName(link).toLowerCase().includes(EXTERNAL_LINK_PHRASE)) {
    found.push(`does not say "${EXTERNAL_LINK_PHRASE}" in its text`);
  }
  return found;
}

/**
 * `links/external-rel` on every `<a href>` of a built page that leads to
 * another website (an http: or https: URL on another origin than the site's,
 * see `isExternalUrl`). Such a link must have both `noopener` and
 * `noreferrer` in its `rel`, and its accessible name (its `aria-label`, or
 * its text including visually hidden text, but not `aria-hidden` or `hidden`
 * parts) must contain `EXTERNAL_LINK_PHRASE`, "another website", ignoring
 * case. The Link component does both, so a link written in Markdown passes.
 */
export const linksExternalRelPageRule: PageRule = {
  ids: [RULE_ID],
  check(page, site): PageFinding[] {
    const findings: PageFinding[] = [];
    for (const link of selectAll<AnyNode, Element>('a[href]', page.document)) {
      const href = getAttributeValue(link, 'href') ?? '';
      if (!isExternalUrl(href, new URL(page.pathname, site.origin))) continue;
      const found = problems(link);
      if (found.length === 0) continue;
      findings.push({
        ruleId: RULE_ID,
        severity: 'error',
        pathname: page.pathname,
        message: `link "${href}" to another website ${found.join(' and ')}`,
        hint: HINT,
        trace: { kind: 'link', needle: href },
      });
    }
    return findings;
  },
};
