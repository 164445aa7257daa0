import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSiteIndex, indexPage, parsePage } from '../parse-page.ts';
import type { PageCheckOptions, PageFinding } from '../types.ts';
import { createClaimsCategoriesPageRule } from './claims-categories.ts';
import { createClaimsProhibitedPageRule } from './claims-prohibited.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const options: PageCheckOptions = {
  disclaimerAttribute: 'data-d',
  disclaimerText: 'unused here',
  disclaimerExempt: new Set(),
};
const rules = [createClaimsCategoriesPageRule(root), createClaimsProhibitedPageRule(root)];

/** Rule id and needle of every claims finding on a page. */
function check(html: string, pathname = '/articles/a/'): string[] {
  const page = parsePage(pathname, 'x.html', html);
  const site = buildSiteIndex([indexPage(page)], () => true, 'https://x.example');
  return rules
    .flatMap((rule): PageFinding[] => rule.check(page, site, options))
    .map((finding) => `${finding.ruleId} ${finding.trace?.needle ?? ''}`);
}

describe('claims categories on built pages', () => {
  it('reads what a layout adds to a product page, with the words to trace', () => {
    const html =
      '<body><header><p>Trusted by the NHS.</p></header><main><p>A rack to lie on.</p></main></body>';
    expect(check(html, '/products/backrack/')).toEqual(['claims/endorsement Trusted by']);
  });

  it('reads the meta description and JSON-LD of an article that names the product', () => {
    const html = `<head><title>Back spasms</title>
      <meta name="description" content="The Backrack stops spasms for good.">
      <meta property="og:description" content="The Backrack stops spasms for good.">
      <script type="application/ld+json">{"review":{"reviewBody":"I threw away my pills. — Janet, 58"}}</script>
      </head><body><main><p>Heat may ease a spasm.</p></main></body>`;
    expect(check(html)).toEqual([
      // The title, description and og:description repeat the words: one finding.
      'claims/cure-absolute stops spasms',
      // A customer who threw away her pills also tells readers they need none.
      'claims/discourages-treatment threw away my pills',
      'claims/testimonial — Janet',
    ]);
  });

  it("reads the site's own name in a title as the publisher's, and a cited source's title as no claim", () => {
    const html = `<head><title>Physiotherapy for back pain | Backrack Health</title></head>
      <body><main><ol><li id="source-1"><a href="https://x.example">Efficacy of an acupressure mat for low back pain</a>, a journal</li></ol></main></body>`;
    expect(check(html, '/products/backrack/')).toEqual([]);
  });

  it('leaves teaching text to the listed wording, and honest text alone', () => {
    const html =
      '<body><main><p>A heat pack cures back spasms.</p><p>There is no cure for back pain.</p><p>Our rack does not cure back pain.</p></main></body>';
    expect(check(html)).toEqual(['claims/prohibited cures']);
  });
});
