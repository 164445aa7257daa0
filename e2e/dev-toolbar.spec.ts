import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { copyProject, startDevServer, type DevServer } from './dev-server.ts';
import { expect, test } from './fixtures.ts';

/**
 * The "Content checks" app in `astro dev`, on a copy of the project (so the
 * test can edit a page) with its own dev server: the preview server of the
 * other tests keeps E2E_PORT, this one takes E2E_DEV_PORT.
 */
const projectRoot = join(import.meta.dirname, '..');
const port = Number(process.env['E2E_DEV_PORT'] ?? 4331);
const origin = `http://127.0.0.1:${port}`;
const article = 'content/articles/back-spasm-causes.mdx';
const pathname = '/articles/back-spasm-causes/';
/** Where the README's picture of the app is kept; written when SAVE_README_SCREENSHOT=1. */
const readmeScreenshot = join(projectRoot, 'src/editor/toolbar/content-checks.png');

const problem = 'This stretch cures back pain for good.';
const edited = 'This stretch is guaranteed to work.';

let site: string;
let server: DevServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await copyProject('backrack-dev-toolbar-');
  // The known problem: an absolute health claim, which the source rules flag.
  const file = join(site, article);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('goes through both kinds of cause.', `$& ${problem}`));
  server = await startDevServer(
    site,
    'node_modules/astro/bin/astro.mjs',
    ['dev', '--host', '127.0.0.1', '--port', String(port)],
    `${origin}${pathname}`,
  );
});

test.afterAll(async () => {
  await server?.stop();
});

/** Line and column (from 1) where `words` start in the copy's article. */
async function placeOf(words: string): Promise<string> {
  const text = await readFile(join(site, article), 'utf8');
  const before = text.slice(0, text.indexOf(words)).split('\n');
  return `${article}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

const appButton = (page: Page) =>
  page.locator(`astro-dev-toolbar button[data-app-id="backrack-content-checks"]`);

test('the Content checks app lists, outlines and updates the findings of the page on screen', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.goto(`${origin}${pathname}`);
  // Vite may reload the page once while it bundles the toolbar's dependencies on the first visit.
  await expect(appButton(page)).toBeVisible({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await appButton(page).click();

  const summary = page.locator('#summary[data-errors]');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const claim = page.locator('#findings li[data-rule="claims/prohibited"]');
  await expect(claim).toHaveCount(1);
  await expect(claim).toContainText('error');
  await expect(claim).toContainText('"cures" is an absolute health claim');
  await expect(claim).toContainText('Guidance: CAP Code');
  await expect(claim).toContainText(await placeOf('cures back pain'));
  // The toolbar icon counts the errors.
  const errors = await summary.getAttribute('data-errors');
  await expect(appButton(page).locator('[data-content-checks-count]')).toHaveText(errors ?? '');

  await claim.locator('.finding').click();
  const outline = page.locator('.outline').first();
  await expect(outline).toBeVisible();
  // Exactly the flagged words: the finding says where they end.
  await expect(outline).toHaveAttribute('data-outlined', 'cures');
  // The outline is drawn around the words themselves, inside their paragraph.
  const words = page.locator('main p', { hasText: problem });
  const [box, text] = await Promise.all([outline.boundingBox(), words.boundingBox()]);
  expect(box && text).toBeTruthy();
  if (box && text) {
    expect(box.y).toBeGreaterThanOrEqual(text.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(text.y + text.height + 1);
  }
  const picture = await page.screenshot();
  await testInfo.attach('toolbar-app', { body: picture, contentType: 'image/png' });
  if (process.env['SAVE_README_SCREENSHOT'] === '1') {
    await mkdir(dirname(readmeScreenshot), { recursive: true });
    await writeFile(readmeScreenshot, picture);
  }

  // A save: the list follows, and the page shows the new text, without a reload.
  await page.evaluate(() => Reflect.set(window, 'beforeTheSave', true));
  const before = navigations;
  const savedAt = Date.now();
  const file = join(site, article);
  await writeFile(file, (await readFile(file, 'utf8')).replace(problem, edited));
  // Measured in the page, when the list first shows the new finding.
  const updatedAt = await page.waitForFunction(
    () => {
      const canvas = document
        .querySelector('astro-dev-toolbar')
        ?.shadowRoot?.querySelector(
          'astro-dev-toolbar-app-canvas[data-app-id="backrack-content-checks"]',
        );
      const list = canvas?.shadowRoot?.querySelector('#findings');
      return list?.textContent?.includes('"guaranteed"') ? Date.now() : 0;
    },
    null,
    { timeout: 30_000, polling: 25 },
  );
  const latency = (await updatedAt.jsonValue()) - savedAt;
  testInfo.annotations.push({ type: 'update after a save', description: `${latency} ms` });
  await expect(page.locator('#findings li', { hasText: '"guaranteed"' })).toHaveCount(1);
  await expect(page.locator('#findings li', { hasText: '"cures"' })).toHaveCount(0);
  await expect(page.locator('main p', { hasText: edited })).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => Reflect.get(window, 'beforeTheSave'))).toBe(true);
  expect(navigations).toBe(before);
  await expect(appButton(page).locator('[data-content-checks-count]')).toHaveText(errors ?? '');
});
