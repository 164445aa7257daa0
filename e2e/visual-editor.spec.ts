import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';

/**
 * The visual editor (`npm run cms`) in Chromium, on a copy of the project
 * made into its own git repository (so the test can save and read `git diff`
 * without touching the real content/), with its own dev server on
 * E2E_EDITOR_PORT (4333). This file uses Playwright's plain `test`: the
 * editor's admin asks Google Fonts for its typeface, which the shared
 * fixture would count as a request to another website; here it is blocked
 * on purpose and the admin falls back to a system font.
 */
const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..');
const port = Number(process.env['E2E_EDITOR_PORT'] ?? 4333);
const origin = `http://127.0.0.1:${port}`;
/** Where the README's picture of the editor is kept; written when SAVE_README_SCREENSHOT=1. */
const readmeScreenshot = join(projectRoot, 'src/editor/cms/visual-editor.png');

/** Everything the dev server reads; not the build output, caches or git. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  '.build-staging',
  '.cache',
  'test-results',
  'playwright-report',
  'blob-report',
  'reports',
  '.stryker-tmp',
  'docs',
]);

let site: string;
let server: ChildProcess | undefined;
let serverLog = '';

const git = (...args: string[]) => run('git', args, { cwd: site }).then((result) => result.stdout);

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) break;
    const ok = await fetch(`${origin}/keystatic`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm run cms did not answer on ${origin}:\n${serverLog}`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await mkdtemp(join(tmpdir(), 'backrack-visual-editor-'));
  await cp(projectRoot, site, {
    recursive: true,
    filter: (source) =>
      !NOT_COPIED.has(source.slice(projectRoot.length + 1).split(/[\\/]/)[0] ?? ''),
  });
  await symlink(join(projectRoot, 'node_modules'), join(site, 'node_modules'), 'dir');
  await git('init', '-q');
  await git('add', '-A');
  await git('-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', 'commit', '-qm', 'copy');
  // The Node that runs the tests (24, through npm) runs the editor too: `npm run cms`.
  server = spawn(
    process.execPath,
    [join(site, 'src/editor/cms/start.ts'), '--host', '127.0.0.1', '--port', String(port)],
    { cwd: site, detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  await waitForServer(Date.now() + 150_000);
});

test.afterAll(async () => {
  // The whole process group: Astro starts workers of its own.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  if (site) await rm(site, { recursive: true, force: true });
});

let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Only the admin's web font is asked for elsewhere; nothing may leave this machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
});

test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

/** Opens an entry and waits until its form and body are on screen. */
async function openEntry(page: Page, collection: string, slug: string): Promise<void> {
  await page.goto(`${origin}/keystatic/collection/${collection}/item/${slug}`);
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
}

const panel = (page: Page) => page.locator('#backrack-checks');

test('an existing article: the title changed and saved is the only line git diff shows', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = 'content/articles/back-spasm-causes.mdx';
  const before = await readFile(join(site, file), 'utf8');
  await openEntry(page, 'articles', 'back-spasm-causes');
  const title = page.getByRole('textbox', { name: 'Title' });
  const oldTitle = await title.inputValue();
  expect(before).toContain(`title: ${oldTitle}\n`);
  await title.fill('What can cause a back spasm?');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => readFile(join(site, file), 'utf8'), { timeout: 30_000 })
    .not.toBe(before);
  const diff = await git('diff', '--unified=0', '--', file);
  const changed = diff.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
  expect(changed).toEqual([`-title: ${oldTitle}`, '+title: What can cause a back spasm?']);
});

test('a forbidden claim typed into the body is shown for that entry before saving', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = 'content/articles/what-is-a-back-muscle-spasm.mdx';
  const before = await readFile(join(site, file), 'utf8');
  await openEntry(page, 'articles', 'what-is-a-back-muscle-spasm');
  await expect(panel(page)).toContainText(`No problems found in ${file}`, { timeout: 60_000 });
  // The caret at the end of the first paragraph, then the claim typed as an editor would.
  await page.locator('.ProseMirror > p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' The Backrack cures sciatica.');
  const finding = panel(page).locator('li[data-rule^="claims/"]', { hasText: '"cures"' });
  await expect(finding).toHaveCount(1, { timeout: 60_000 });
  await expect(finding).toContainText('error');
  await expect(panel(page)).toContainText('(unsaved changes)');
  await expect(panel(page).locator('[data-preview]')).toHaveAttribute(
    'href',
    '/articles/what-is-a-back-muscle-spasm/',
  );
  const picture = await page.screenshot();
  await test.info().attach('visual-editor', { body: picture, contentType: 'image/png' });
  if (process.env['SAVE_README_SCREENSHOT'] === '1') {
    await mkdir(dirname(readmeScreenshot), { recursive: true });
    await writeFile(readmeScreenshot, picture);
  }
  // Nothing was saved.
  expect(await readFile(join(site, file), 'utf8')).toBe(before);
});
