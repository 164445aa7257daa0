import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { urlPathOf } from '../src/compliance/core/built-url.ts';
import { buildSiteIndex, indexPage, parsePage } from '../src/compliance/built/parse-page.ts';
import { pageRules, siteRules } from '../src/compliance/built/rules/index.ts';
import { checkPages } from '../src/compliance/built/run-rules.ts';
import { DISCLAIMER_MARKER_ATTRIBUTE, DISCLAIMER_TEXT } from '../src/lib/disclaimer.ts';
import { DISCLAIMER_EXEMPT_ROUTES, SITE_URL } from '../src/site.config.ts';
import { distDir, sitemapPaths } from './site.ts';
import { htmlPages } from './vnu.ts';

const root = join(import.meta.dirname, '..');

/**
 * The page rules on the site as just built, every page of it, with every
 * link and built file there to be found. Read from dist/, never from a copy
 * kept in the repository, so a change to a layout or component is judged as
 * it ships. The build has run these rules already and stops on an error; this
 * also holds it to no warnings, and fails if the build ever stopped checking.
 */
test('the page rules find nothing wrong on any page the build ships', async () => {
  const files = htmlPages(distDir);
  const sitemap = (await sitemapPaths()).map((path) => `${path.slice(1)}index.html`);
  expect(sitemap.filter((file) => !files.includes(file))).toEqual([]);

  const pages = files.map((file) =>
    parsePage(urlPathOf(file), file, readFileSync(join(distDir, file), 'utf8')),
  );
  const site = buildSiteIndex(
    pages.map(indexPage),
    (path) => existsSync(join(distDir, path)),
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
  expect(
    findings.map(
      (finding) =>
        `${finding.pathname}  ${finding.severity}  ${finding.ruleId}  ${finding.message}`,
    ),
  ).toEqual([]);
});
