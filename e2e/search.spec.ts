import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const wcag22AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the header links to the search page', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search' })
    .click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('h1')).toHaveText('Search');
});

test('searching "heat" lists the home-remedies article', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search the articles and the product page').fill('heat');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('[data-search-results]');
  await expect(results.locator('a[href="/articles/home-remedies-for-back-spasms/"]')).toHaveText(
    'Home remedies for back spasms',
  );
  await expect(page.getByRole('status')).toContainText('found for “heat”');
  await expect(results.locator('mark').first()).toHaveText(/heat/i);
  await expect(page).toHaveURL(/\/search\/\?q=heat$/);
});

test('a search address (?q=) shows its results when the page opens', async ({ page }) => {
  await page.goto('/search/?q=heat');
  await expect(page.getByLabel('Search the articles and the product page')).toHaveValue('heat');
  await expect(
    page.locator('[data-search-results] a[href="/articles/home-remedies-for-back-spasms/"]'),
  ).toBeVisible();
});

test('says so when nothing matches', async ({ page }) => {
  await page.goto('/search/?q=xylophone');
  await expect(page.getByRole('status')).toHaveText(/^No pages found for “xylophone”/);
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test('leaves the disclaimer, urgent-help callout and footer out of the index', async ({ page }) => {
  // "emergency" is in all three on every page, and in no article's or product's own text.
  await page.goto('/search/?q=emergency');
  await expect(page.getByRole('status')).toHaveText(/^No pages found for “emergency”/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`results have no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=heat');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(wcag22AA).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  // Each test gets a new browser context with JavaScript turned off.
  test.use({ javaScriptEnabled: false });

  test('the form and the way to all articles are there', async ({ page }) => {
    await page.goto('/search/?q=heat');
    const form = page.getByRole('search');
    await expect(form).toHaveAttribute('action', '/search/');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(page.getByLabel('Search the articles and the product page')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(page.getByText('Search results need JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'Browse all articles' }).click();
    await expect(page).toHaveURL(/\/articles\/$/);
  });
});
