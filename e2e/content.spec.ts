import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Product, WithContext } from 'schema-dts';
import { parseFrontmatter } from '../src/compliance/core/frontmatter.ts';
import { NHS_WARNING_SIGNS } from '../test/nhs-warning-signs.ts';
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
      // Every level, and every NHS warning sign in it word for word, as the reader gets them.
      await expect(callout.locator('h3')).toHaveText(
        Object.values(NHS_WARNING_SIGNS).map((level) => level.action),
      );
      for (const [id, level] of Object.entries(NHS_WARNING_SIGNS)) {
        await expect(callout.locator(`#${id} + ul > li`)).toHaveText([...level.signs]);
      }
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

/** The shipped product file as written: its placeholders must appear nowhere on its page. */
const backrack = parseFrontmatter(
  readFileSync(join(import.meta.dirname, '../content/products/backrack.mdx'), 'utf8'),
).data as { price: { amount: number }; sku: string; unconfirmed: Record<string, unknown> };

test.describe('the product page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/products/backrack/');
  });

  const productData = async (page: Page): Promise<WithContext<Product> | undefined> => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks
      .map((block) => JSON.parse(block) as WithContext<Product>)
      .find((data) => data['@type'] === 'Product');
  };

  test('shows its unconfirmed price as "to be confirmed", never as a price', async ({ page }) => {
    expect(Object.keys(backrack.unconfirmed)).toEqual(
      expect.arrayContaining(['price', 'sku', 'availability', 'retailers']),
    );
    await expect(page.locator('[data-price]')).toHaveText('Price to be confirmed');
    await expect(page.locator('[data-availability]')).toHaveText('To be confirmed');
    await expect(page.locator('main')).not.toContainText('£');
    const html = await page.content();
    expect(html).not.toContain(backrack.price.amount.toFixed(2));
    expect(html).not.toContain(backrack.sku);
  });

  test('gives search engines no price, offer or product code it has not confirmed', async ({
    page,
  }) => {
    const product = await productData(page);
    expect(product).toMatchObject({ '@type': 'Product', name: 'Backrack' });
    expect(product).not.toHaveProperty('offers');
    expect(product).not.toHaveProperty('sku');
    expect(product).not.toHaveProperty('aggregateRating');
  });

  test('says plainly that no seller is confirmed, and links to none', async ({ page }) => {
    const section = page.locator('[data-where-to-buy]');
    await expect(section.getByRole('heading', { name: 'Where to buy' })).toBeVisible();
    await expect(section).toContainText(
      'We have not yet confirmed where you can buy the Backrack.',
    );
    await expect(section.locator('a')).toHaveCount(0);
    await page.getByRole('link', { name: 'Where to buy' }).click();
    await expect(section).toBeInViewport();
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
