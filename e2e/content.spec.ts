import type { Product, WithContext } from 'schema-dts';
import { expect, test } from './fixtures.ts';

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'See all articles' })).toBeVisible();
});

test.describe('an article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/articles/what-is-a-back-muscle-spasm/');
  });

  test('lists its sources, and its citation markers link to them', async ({ page }) => {
    const sources = page.locator('#sources + ol > li');
    expect(await sources.count()).toBeGreaterThanOrEqual(1);
    const firstMarker = page.locator('sup.cite a').first();
    const target = await firstMarker.getAttribute('href');
    expect(target).toMatch(/^#source-\d+$/);
    await expect(page.locator(target ?? '#missing')).toBeVisible();
  });

  test('says when it was last reviewed, by whom, and when it is next due', async ({ page }) => {
    await expect(page.locator('[data-review-info]')).toContainText(
      /Last reviewed \d{1,2} \w+ \d{4} by .+ · Next review due \d{1,2} \w+ \d{4}/,
    );
  });

  test('carries the urgent-help callout with 999, NHS 111 and the GP', async ({ page }) => {
    const callout = page.locator('[data-urgent-help]');
    await expect(callout).toBeVisible();
    await expect(callout).toContainText('Call 999 or go to A&E');
    await expect(callout).toContainText('NHS 111');
    await expect(callout).toContainText('See a GP');
  });

  test('describes itself as a reviewed MedicalWebPage', async ({ page }) => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const types = blocks.map((block) => (JSON.parse(block) as { '@type': string })['@type']);
    expect(types).toEqual(expect.arrayContaining(['MedicalWebPage', 'BreadcrumbList']));
  });
});

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
