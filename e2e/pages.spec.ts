import { DISCLAIMER_TEXT } from '../src/lib/disclaimer.ts';
import { SITE_URL } from '../src/site.config.ts';
import { expect, test } from './fixtures.ts';
import { isDisclaimerExempt, sitemapPaths } from './site.ts';

const paths = await sitemapPaths();

/**
 * The search page is the one page that sends JavaScript: Pagefind looks
 * queries up in the browser, as a static site has no server to ask. Its form
 * works without it (e2e/search.spec.ts), and every other page stays at zero.
 */
const SEARCH_PAGE = '/search/';

test('the sitemap lists the home page, the articles and the product', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/articles/');
  expect(paths).toContain('/products/backrack/');
  expect(paths).toContain('/articles/what-is-a-back-muscle-spasm/');
  expect(paths).not.toContain('/404/');
});

for (const path of paths) {
  test.describe(path, () => {
    test('answers 200 with the head a search engine needs', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new URL(path, SITE_URL).href,
      );
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
    });

    test('has exactly one h1', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
    });

    test('shows the medical disclaimer inside main, unless exempt', async ({ page }) => {
      await page.goto(path);
      const disclaimer = page.locator('main [data-medical-disclaimer]');
      if (isDisclaimerExempt(path)) {
        await expect(disclaimer).toHaveCount(0);
      } else {
        await expect(disclaimer).toBeVisible();
        await expect(disclaimer).toContainText(DISCLAIMER_TEXT);
      }
    });

    test('gives only structured data that parses, and FAQ data only for questions it shows', async ({
      page,
    }) => {
      await page.goto(path);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.map(
        (block) => JSON.parse(block) as { '@type': string; mainEntity?: { name: string }[] },
      );
      const types = data.map((item) => item['@type']);
      expect(types.includes('BreadcrumbList')).toBe(path !== '/');
      for (const faq of data.filter((item) => item['@type'] === 'FAQPage')) {
        for (const question of faq.mainEntity ?? []) {
          await expect(page.locator('main h3', { hasText: question.name })).toBeVisible();
        }
      }
    });

    test('sends no JavaScript to the visitor', async ({ page }) => {
      await page.goto(path);
      const scripts = page.locator('script:not([type="application/ld+json"])');
      if (path === SEARCH_PAGE) {
        // Only its own bundled module from this site, and no inline code.
        await expect(scripts).toHaveCount(1);
        await expect(scripts).toHaveAttribute('src', /^\/_astro\/[^/]+\.js$/);
        await expect(scripts).toHaveText('');
      } else {
        await expect(scripts).toHaveCount(0);
      }
    });
  });
}
