import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxAge } from '../src/security/header-requirements.ts';
import { headersFor, parseHeadersFile } from '../src/security/headers-file.ts';
import { expect, test } from './fixtures.ts';
import { distDir, sitemapPaths } from './site.ts';

/**
 * The site as production serves it: the preview sends the headers of
 * public/_headers (published as dist/_headers), so these tests see the
 * Content-Security-Policy and the other headers a visitor's browser gets.
 */
const paths = await sitemapPaths();
const { rules } = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const hashedAssets = readdirSync(join(distDir, '_astro')).map((name) => `/_astro/${name}`);
const ONE_YEAR = 31_536_000;

/** What the shipped file says a URL gets, by lower-case header name. */
const shipped = (path: string) =>
  Object.fromEntries(
    [...headersFor(rules, path).entries()].map(([name, header]) => [name, header.value]),
  );

test.describe('every sitemap page under the shipped headers', () => {
  for (const path of paths) {
    test(`${path} sends the security headers and breaks no rule of its policy`, async ({
      page,
      watch,
    }) => {
      const response = await page.goto(path);
      await page.waitForLoadState('networkidle');
      const headers = response?.headers() ?? {};

      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toBe(shipped(path)['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
      expect(maxAge(headers['strict-transport-security'] ?? '')).toBeGreaterThanOrEqual(ONE_YEAR);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
      expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
      expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      expect(watch.cspViolations).toEqual([]);
    });
  }
});

test('the search runs its WebAssembly index under the policy', async ({ page, watch }) => {
  await page.goto('/search/?q=heat');
  await expect(
    page.locator('[data-search-results] a[href="/articles/home-remedies-for-back-spasms/"]'),
  ).toBeVisible();
  expect(watch.cspViolations).toEqual([]);
});

test('the 404 page is served with a 404 status and the same policy', async ({ page, watch }) => {
  watch.allowConsoleError(/404 \(Not Found\)/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-security-policy']).toBe(
    shipped('/no-such-page/')['content-security-policy'],
  );
  await expect(page.locator('h1')).toBeVisible();
});

test('files named by their content are cached for a year, as immutable', async ({ request }) => {
  expect(hashedAssets.length).toBeGreaterThan(0);
  for (const asset of hashedAssets) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, asset).toContain('immutable');
    expect(maxAge(cacheControl), asset).toBeGreaterThanOrEqual(ONE_YEAR);
  }
});

test('the policy blocks injected inline script and style', async ({ page, watch }) => {
  watch.expectCspViolations();
  watch.allowConsoleError(/Content Security Policy/);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
  });
  await expect.poll(() => watch.cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(watch.cspViolations).toEqual(
    expect.arrayContaining(['script-src-elem: inline', 'style-src-elem: inline']),
  );
  expect(await page.evaluate(() => document.body.dataset['injected'])).toBeUndefined();
  await expect(page.locator('body')).toBeVisible();
});

test('no page can be shown inside a frame, even on this site', async ({ page, watch }) => {
  watch.allowConsoleError(/frame-ancestors|Refused to (display|frame)/);
  watch.expectCspViolations();
  await page.goto('/');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.src = '/about/';
    document.body.append(frame);
  });
  await expect.poll(() => page.frames().length).toBe(2);
  // The browser shows its own error page in the frame instead of ours.
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').locator('h1')).not.toHaveText(
    'How we write and review our pages',
  );
});
