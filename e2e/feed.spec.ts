import { isTag, type Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './site.ts';

const articlePaths = (await sitemapPaths()).filter((path) => /^\/articles\/[^/]+\/$/.test(path));

const childText = (parent: Element, name: string): string => {
  const child = parent.children.find((node) => isTag(node) && node.name === name);
  return child ? textContent(child) : '';
};

test('the RSS feed parses and lists every article, newest first', async ({ request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  const document = parseDocument(await response.text(), { xmlMode: true });
  const rss = findAll((node) => node.name === 'rss', document.children)[0];
  expect(rss && getAttributeValue(rss, 'version')).toBe('2.0');

  const items = findAll((node) => node.name === 'item', document.children);
  expect(articlePaths).toHaveLength(6);
  expect(items).toHaveLength(articlePaths.length);
  const links = items.map((item) => new URL(childText(item, 'link')).pathname);
  expect([...links].sort()).toEqual(articlePaths);

  const dates = items.map((item) => Date.parse(childText(item, 'pubDate')));
  expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of items) {
    expect(childText(item, 'title')).not.toBe('');
    expect(childText(item, 'description').length).toBeGreaterThanOrEqual(50);
  }
});

test('every page names the feed in its head', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/rss.xml',
  );
});
