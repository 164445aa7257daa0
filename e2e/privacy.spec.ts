import type { Page } from '@playwright/test';
import { SITE_URL } from '../src/site.config.ts';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './site.ts';

const paths = await sitemapPaths();

/** What the page has stored in the browser: cookies it can read, and web storage. */
const stored = (page: Page) =>
  page.evaluate(() => ({
    cookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
  }));

const NOTHING = { cookie: '', localStorage: [], sessionStorage: [] };

/*
 * The privacy page promises no cookies and nothing stored in the browser, and
 * the fixture in ./fixtures.ts already fails any request that leaves this
 * machine. One browser context visits every page, then searches, so anything
 * one page leaves behind is still there to be found at the end.
 */
test('no page sets a cookie or stores anything in the browser, search included', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  for (const path of paths) {
    await page.goto(path);
    expect(await stored(page), path).toEqual(NOTHING);
  }
  await page.goto('/search/?q=heat');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(await stored(page), '/search/?q=heat').toEqual(NOTHING);
  // Also HttpOnly cookies, which document.cookie cannot see.
  expect(await context.cookies()).toEqual([]);
});

/** Links whose address leaves this site, as the built pages write it (SITE_URL is this site). */
const EXTERNAL_LINKS = 'a[href^="http:" i], a[href^="https:" i], a[href^="//"]';
const isOtherSite = (href: string): boolean =>
  new URL(href, SITE_URL).origin !== new URL(SITE_URL).origin;

test.describe('links to other websites', () => {
  for (const path of paths) {
    test(`on ${path} are safe and say where they lead`, async ({ page }) => {
      await page.goto(path);
      for (const link of await page.locator(EXTERNAL_LINKS).all()) {
        const href = (await link.getAttribute('href')) ?? '';
        if (!isOtherSite(href)) continue;
        const rel = (await link.getAttribute('rel')) ?? '';
        expect(rel.split(/\s+/), `rel of ${href}`).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
        await expect(link, href).toHaveAccessibleName(/\(another website\)/);
        // Opening another tab unasked confuses people: the visitor decides.
        await expect(link, href).not.toHaveAttribute('target', /./);
      }
    });
  }
});

test('the site does link to other websites, so the test above has links to check', async ({
  page,
}) => {
  await page.goto('/articles/what-is-a-back-muscle-spasm/');
  const hrefs = await page
    .locator(EXTERNAL_LINKS)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.filter(isOtherSite).length).toBeGreaterThan(0);
});
