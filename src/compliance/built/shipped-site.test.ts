import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCLAIMER_MARKER_ATTRIBUTE, DISCLAIMER_TEXT } from '../../lib/disclaimer.ts';
import { DISCLAIMER_EXEMPT_ROUTES, SITE_URL } from '../../site.config.ts';
import { checkPages } from './run-rules.ts';
import { urlPathOf } from '../core/built-url.ts';
import { buildSiteIndex, indexPage, parsePage } from './parse-page.ts';
import { pageRules, siteRules } from './rules/index.ts';

const root = join(import.meta.dirname, '../../..');
/** Three real pages from `npm run build`, copied with their paths: home, an article, the product. */
const fixture = join(root, 'test/fixtures/built-site');
const files = [
  'index.html',
  'articles/what-is-a-back-muscle-spasm/index.html',
  'products/backrack/index.html',
];

describe('the page rules on pages the site really ships', () => {
  it('find nothing wrong in the layouts, components or content', () => {
    const pages = files.map((file) =>
      parsePage(urlPathOf(file), file, readFileSync(join(fixture, file), 'utf8')),
    );
    const site = buildSiteIndex(
      pages.map(indexPage),
      (path) => existsSync(join(fixture, path)),
      SITE_URL,
    );
    const findings = [
      ...siteRules.links.judge(
        pages.flatMap((page) => siteRules.links.collect(page)),
        site,
      ),
      ...checkPages(
        pages,
        site,
        {
          disclaimerAttribute: DISCLAIMER_MARKER_ATTRIBUTE,
          disclaimerText: DISCLAIMER_TEXT,
          disclaimerExempt: new Set(Object.keys(DISCLAIMER_EXEMPT_ROUTES)),
        },
        pageRules(root),
      ),
    ];
    // The fixture holds three pages and no assets, so links to the other pages
    // (/about/, other articles) and to built files (CSS, images, favicon, sitemap)
    // are broken here but not in the real build: those two rules are left out.
    const real = findings.filter(
      (finding) => finding.ruleId !== 'links/broken' && finding.ruleId !== 'links/asset',
    );
    expect(real).toEqual([]);
    // The filter must not hide everything: the fixture really does link outside itself.
    expect(findings.some((finding) => finding.ruleId === 'links/broken')).toBe(true);
  });
});
