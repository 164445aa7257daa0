import type { Product, WithContext } from 'schema-dts';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './site.ts';

test('an unknown address shows the 404 page', async ({ page, watch }) => {
  watch.allowConsoleError(/status of 404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'See all articles' })).toBeVisible();
});

const articlePaths = (await sitemapPaths()).filter((path) => /^\/articles\/[^/]+\/$/.test(path));

test('every article in the sitemap is tested below', () => {
  expect(articlePaths.length).toBeGreaterThanOrEqual(6);
});

for (const path of articlePaths) {
  test.describe(`article ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(path);
    });

    test('lists its sources, and every citation marker links to one', async ({ page }) => {
      const sources = page.locator('#sources + ol > li');
      expect(await sources.count()).toBeGreaterThanOrEqual(2);
      const targets = await page
        .locator('sup.cite a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of new Set(targets)) {
        expect(target).toMatch(/^#source-\d+$/);
        await expect(page.locator(target ?? '#missing')).toBeVisible();
      }
    });

    test('says when it was last reviewed, by whom, and when it is next due', async ({ page }) => {
      await expect(page.locator('[data-review-info]')).toContainText(
        /Last reviewed \d{1,2} \w+ \d{4} by .+ · Next review due \d{1,2} \w+ \d{4}/,
      );
    });

    test('carries the urgent-help callout if it is about a condition', async ({ page }) => {
      const kind = await page.locator('[data-article-kind]').getAttribute('data-article-kind');
      const callout = page.locator('[data-urgent-help]');
      if (kind !== 'condition') {
        expect(kind).toMatch(/^(treatment|guide|product-guide)$/);
        return;
      }
      await expect(callout).toBeVisible();
      await expect(callout).toContainText('Call 999 or go to A&E');
      await expect(callout).toContainText('NHS 111');
      await expect(callout).toContainText('See a GP');
    });

    test('describes itself as a reviewed MedicalWebPage', async ({ page }) => {
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.map(
        (block) => JSON.parse(block) as { '@type': string; lastReviewed?: string },
      );
      expect(data.map((item) => item['@type'])).toEqual(
        expect.arrayContaining(['MedicalWebPage', 'BreadcrumbList']),
      );
      expect(data.find((item) => item['@type'] === 'MedicalWebPage')?.lastReviewed).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
    });
  });
}

test.describe('the product page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/products/backrack/');
  });

  test('shows its price and availability', async ({ page }) => {
    await expect(page.locator('[data-price]')).toHaveText(/^£\d+\.\d{2}$/);
    await expect(page.locator('[data-availability]')).not.toBeEmpty();
  });

  test('has Product structured data whose offer names the shown price', async ({ page }) => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const product = blocks
      .map((block) => JSON.parse(block) as WithContext<Product>)
      .find((data) => data['@type'] === 'Product');
    expect(product).toBeDefined();
    const offer = product?.offers as { price: string; priceCurrency: string } | undefined;
    expect(offer?.priceCurrency).toBe('GBP');
    await expect(page.locator('[data-price]')).toHaveText(`£${offer?.price ?? 'none'}`);
    expect(product).not.toHaveProperty('aggregateRating');
  });

  test('links to the article on the evidence', async ({ page }) => {
    await expect(
      page.locator('main a[href="/articles/spinal-decompression-explained/"]').first(),
    ).toBeVisible();
  });
});

test('the home page leads to urgent help', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'the warning signs that need urgent help' }).click();
  await expect(page.locator('#urgent-help')).toBeInViewport();
});

test('robots.txt names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});
