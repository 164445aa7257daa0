import { test, expect } from '@playwright/test';
import { distDir, sitemapPaths } from './site.ts';
import { formatHtmlError, htmlPages, validateHtmlCached, type HtmlError } from './vnu.ts';

/**
 * Every built page is valid HTML by the W3C Nu HTML checker (errors only,
 * not warnings). The checker reads the files in dist/; no browser is needed.
 */
const pages = htmlPages(distDir);

// The tests of this file run in order in one worker, which starts the checker once for all pages.
test.describe.configure({ mode: 'default' });

let report: Promise<Map<string, HtmlError[]>> | undefined;

test('dist/ has every page of the sitemap to check', async () => {
  expect(pages.length, 'HTML pages in dist/: run `npm run build` first').toBeGreaterThan(0);
  const files = (await sitemapPaths()).map((path) => `${path.slice(1)}index.html`);
  expect(files.filter((file) => !pages.includes(file))).toEqual([]);
});

for (const page of pages) {
  test(`dist/${page} is valid HTML`, async () => {
    // A minute at most: the checker is a Java program and the machine may be busy.
    test.setTimeout(60_000);
    report ??= validateHtmlCached(distDir, pages, test.info().project.outputDir);
    const errors = (await report).get(page) ?? [];
    expect(
      errors.map((error) => formatHtmlError(`dist/${page}`, error)),
      'errors from the W3C Nu HTML checker',
    ).toEqual([]);
  });
}
