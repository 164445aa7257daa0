import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { copyProject, startDevServer, type DevServer } from './dev-server.ts';

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

let site: string;
let server: DevServer | undefined;

const git = (...args: string[]) => run('git', args, { cwd: site }).then((result) => result.stdout);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await copyProject('backrack-visual-editor-');
  await git('init', '-q');
  await git('add', '-A');
  await git('-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', 'commit', '-qm', 'copy');
  // What `npm run cms` runs.
  server = await startDevServer(
    site,
    'src/editor/cms/start.ts',
    ['--host', '127.0.0.1', '--port', String(port)],
    `${origin}/keystatic`,
  );
});

test.afterAll(async () => {
  await server?.stop();
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
  // Right after a save, the dev server may reload the open page for the file
  // it just wrote; a navigation started in that moment is aborted, so it is
  // tried again rather than failing the test.
  await expect(async () => {
    await page.goto(`${origin}/keystatic/collection/${collection}/item/${slug}`);
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
}

/** How execFile reports a command that failed. */
interface CommandError {
  code?: number | string;
  signal?: string | null;
  message?: string;
  stdout?: string;
  stderr?: string;
}

const failureOf = (error: CommandError): string =>
  error.signal ? `killed by ${error.signal}` : `exit ${String(error.code ?? error.message)}`;

/** Types "/" in the body, then picks a component from the menu it opens. */
async function insertFromSlashMenu(page: Page, label: string): Promise<void> {
  await page.keyboard.type('/');
  const option = page.getByRole('option', { name: new RegExp(`^${label}`) });
  await page.keyboard.type(label.toLowerCase().split(' ')[0] ?? '', { delay: 50 });
  await option.click();
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
  await expect.poll(() => readFile(join(site, file), 'utf8'), { timeout: 30_000 }).not.toBe(before);
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
  // The end of the paragraph, not of the line the click was on (lines wrap with the window).
  await page.evaluate(() => {
    const paragraph = document.querySelector('.ProseMirror > p');
    const selection = getSelection();
    if (!paragraph || !selection) throw new Error('no paragraph to type into');
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  });
  // A paragraph of its own, as an editor adding a sentence would write it.
  await page.keyboard.press('Enter');
  await page.keyboard.type('The Backrack cures sciatica.');
  const finding = panel(page).locator('li[data-rule^="claims/"]', { hasText: '"cures"' });
  await expect(finding).toHaveCount(1, { timeout: 60_000 });
  await expect(finding).toContainText('error');
  await expect(panel(page)).toContainText('(unsaved changes)');
  await expect(page.locator('.ProseMirror > p').nth(1)).toHaveText('The Backrack cures sciatica.');
  await expect(panel(page).getByRole('status')).not.toHaveText('Checking…');
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

  // One click: the page's live preview, with the dev toolbar's Content checks app open.
  const [preview] = await Promise.all([
    page.waitForEvent('popup'),
    panel(page).locator('[data-preview]').click(),
  ]);
  await expect(preview).toHaveURL(`${origin}/articles/what-is-a-back-muscle-spasm/`);
  await expect(preview.locator('#summary[data-errors]')).toBeVisible({ timeout: 90_000 });
});

test('a new article made through the form, with a citation and the urgent-help callout', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto(`${origin}/keystatic/collection/articles/create`);
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
  await page.getByRole('textbox', { name: 'Title' }).fill('Stretches for a stiff lower back');
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill(
      'Gentle stretches that may ease a stiff lower back, and when to stop and get advice instead.',
    );
  await page.getByLabel('Published at').fill('2026-12-01');
  await page.getByLabel('Reviewed at').fill('2026-12-01');
  await page.getByRole('combobox', { name: 'Reviewed by' }).fill('editorial');
  await page.getByRole('option', { name: 'editorial-team' }).click();
  await page.getByRole('combobox', { name: 'Author' }).fill('editorial');
  await page.getByRole('option', { name: 'editorial-team' }).click();
  page.setDefaultTimeout(20_000);
  const addButtons = page.getByRole('button', { name: 'Add', exact: true });
  await addButtons.nth(0).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Back pain');
  await dialog.getByRole('textbox', { name: 'Publisher' }).fill('NHS');
  await dialog
    .getByRole('textbox', { name: 'Address' })
    .fill('https://www.nhs.uk/conditions/back-pain/');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toHaveCount(0);
  await addButtons.nth(0).click();
  await dialog
    .getByRole('textbox', { name: 'Title' })
    .fill('Low back pain and sciatica in over 16s: assessment and management (NG59)');
  await dialog.getByRole('textbox', { name: 'Publisher' }).fill('NICE');
  await dialog
    .getByRole('textbox', { name: 'Address' })
    .fill('https://www.nice.org.uk/guidance/ng59/chapter/Recommendations');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toHaveCount(0);
  // The lists in the schema's order: sources, faq, tags.
  await addButtons.nth(2).click();
  await dialog.getByRole('textbox').fill('back pain');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toHaveCount(0);
  // The body: a sentence, its citation and the callout, each inserted from the "/" menu.
  const body = page.locator('.ProseMirror');
  await body.click();
  await page.keyboard.type('The NHS suggests that you keep moving when your back is stiff ');
  await insertFromSlashMenu(page, 'Citation');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await insertFromSlashMenu(page, 'Urgent help callout');
  await expect(body.getByText('[1]')).toBeVisible();
  // The citation is edited where it is: it now points to the second source.
  await body.getByText('[1]').click();
  await page.getByRole('spinbutton', { name: 'Source number' }).fill('2');
  await expect(body.getByText('[2]')).toBeVisible();
  await page.getByRole('button', { name: 'Create' }).click();

  const file = join(site, 'content/articles/stretches-for-a-stiff-lower-back.mdx');
  await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).not.toBe('');
  const text = await readFile(file, 'utf8');
  expect(text).toContain('title: Stretches for a stiff lower back\n');
  expect(text).toMatch(/keep moving when your back is stiff <Cite n=\{2\} \/>\./);
  expect(text).toMatch(/^<UrgentHelp \/>$/m);
  // Formatted as a hand-written page: a blank line after the frontmatter, and markdownlint agrees.
  expect(text).toContain('\n---\n\nThe NHS suggests');
  await run(
    process.execPath,
    [
      'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs',
      'content/articles/stretches-for-a-stiff-lower-back.mdx',
    ],
    { cwd: site },
  ).catch((error: CommandError) => {
    throw new Error(
      `markdownlint failed (${failureOf(error)}):\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  });
  // The checks pass on the new page (warnings are allowed), and the site builds with it.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const check = await run(process.execPath, ['src/compliance/bin.ts'], { cwd: site, env }).catch(
    (error: CommandError) => {
      throw new Error(
        `npm run check failed (${failureOf(error)}):\n${error.stdout ?? ''}${error.stderr ?? ''}`,
      );
    },
  );
  expect(check.stdout).not.toContain(' error ');
  await run(process.execPath, ['src/build/build.ts'], {
    cwd: site,
    env,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: CommandError) => {
    throw new Error(
      `npm run build failed (${failureOf(error)}):\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  });
  const built = await readFile(
    join(site, 'dist/articles/stretches-for-a-stiff-lower-back/index.html'),
    'utf8',
  );
  expect(built).toContain('href="#source-2"');
  expect(built).toContain('data-urgent-help');
});

test('pictures: an uploaded SVG is refused, a PNG lands beside the page, a product keeps its own', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = 'content/articles/home-remedies-for-back-spasms.mdx';
  const before = await readFile(join(site, file), 'utf8');
  await openEntry(page, 'articles', 'home-remedies-for-back-spasms');
  await expect(page.locator('[data-current-picture]')).toHaveText(
    'Current picture: ./images/home-remedies-for-back-spasms.svg. Choose a file to replace it.',
  );
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose file' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType, buffer });
    await page.getByRole('button', { name: 'Save' }).click();
  };
  await upload(
    'drawing.svg',
    'image/svg+xml',
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  );
  await expect(page.getByText(/the picture is an SVG/).first()).toBeVisible({ timeout: 30_000 });
  expect(await readFile(join(site, file), 'utf8')).toBe(before);

  const png = await sharp({
    create: { width: 8, height: 8, channels: 3, background: '#336699' },
  })
    .png()
    .toBuffer();
  await upload('photo.png', 'image/png', png);
  await expect.poll(() => readFile(join(site, file), 'utf8'), { timeout: 30_000 }).not.toBe(before);
  // Keystatic writes the page and the picture one after the other.
  const picture = join(site, 'content/articles/images/home-remedies-for-back-spasms.png');
  await expect
    .poll(() => readFile(picture).then((bytes) => bytes.toString('base64'), String), {
      timeout: 30_000,
    })
    .toBe(png.toString('base64'));
  const diff = await git('diff', '--unified=0', '--', file);
  const changed = diff.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
  expect(changed).toEqual([
    '-  src: ./images/home-remedies-for-back-spasms.svg',
    '+  src: ./images/home-remedies-for-back-spasms.png',
  ]);
  expect(await git('status', '--porcelain', '--untracked-files=all')).not.toMatch(
    /images\/home-remedies-for-back-spasms\//,
  );

  // A product's pictures are a list of the same field; its shipped picture opens as it is.
  await openEntry(page, 'products', 'backrack');
  await page
    .getByRole('grid', { name: 'Images' })
    .getByRole('row', { name: /^A long, rigid rack/ })
    .getByText(/^A long, rigid rack/)
    .click();
  await expect(page.locator('[data-current-picture]').first()).toContainText(
    'Current picture: ./images/backrack.svg.',
  );
});
