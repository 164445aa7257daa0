import { buildSiteIndex, indexPage, parsePage } from './parse-page.ts';
import type { PageCheckOptions, PageFinding, PageRule } from './types.ts';

/** Options for page-rule tests that are not about the disclaimer. */
export const TEST_PAGE_OPTIONS: PageCheckOptions = {
  disclaimerAttribute: 'data-d',
  disclaimerText: 'unused here',
  disclaimerExempt: new Set(),
};

/** Runs one page rule on a page at /a/ whose body is `body`, on a one-page site. */
export function checkBody(
  rule: PageRule,
  body: string,
  fileExists = (): boolean => false,
): PageFinding[] {
  const page = parsePage('/a/', 'a/index.html', `<html><body>${body}</body></html>`);
  return rule.check(
    page,
    buildSiteIndex([indexPage(page)], fileExists, 'https://x.example'),
    TEST_PAGE_OPTIONS,
  );
}
