import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCLAIMER_MARKER_ATTRIBUTE, DISCLAIMER_TEXT } from '../../lib/disclaimer.ts';
import { checkBuiltSite, type BuiltReport } from './check.ts';
import { pageChecksOptionsSchema } from './options.ts';
import { PAGE_CHECK_CACHE_FILE } from './page-cache.ts';

const projectRoot = join(import.meta.dirname, '../../..');
const options = pageChecksOptionsSchema.parse({
  disclaimer: { attribute: DISCLAIMER_MARKER_ATTRIBUTE, text: DISCLAIMER_TEXT },
});

const page = (title: string, body: string, disclaimer = true) => `<!doctype html>
<html lang="en-GB"><head><title>${title}</title></head><body><main>
<h1>${title}</h1>${body}
${disclaimer ? `<aside ${DISCLAIMER_MARKER_ATTRIBUTE}><p>${DISCLAIMER_TEXT}</p></aside>` : ''}
</main></body></html>`;

/** What a report says of the pages, one line a finding (the headers file is another test's). */
const said = (report: BuiltReport) =>
  report.findings
    .filter((finding) => !finding.ruleId.startsWith('headers/'))
    .map((finding) => `${finding.file} ${finding.ruleId}: ${finding.message}`);

describe('the page checks after a build where few pages changed', () => {
  let root: string;
  let outDir: string;

  const write = async (file: string, html: string) => {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), html);
  };
  const check = () =>
    checkBuiltSite({ outDir, root, origin: 'https://www.backrack.example', routes: [] }, options, {
      cache: true,
    });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'backrack-page-cache-'));
    outDir = join(root, 'dist');
    for (const folder of ['content/compliance', 'content/products']) {
      await cp(join(projectRoot, folder), join(root, folder), { recursive: true });
    }
    await write(
      'a/index.html',
      page(
        'Page A',
        '<p><a href="/b/#part">Part of B</a> <img src="/pic.png" alt="A heat pack on a folded towel"></p>',
      ),
    );
    await write('b/index.html', page('Page B', '<h2 id="part">The part</h2><p>Text.</p>'));
    await write('c/index.html', page('Page C', '<p>No disclaimer here.</p>', false));
    await write('pic.png', 'not really a picture');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reuses the findings of pages whose HTML is unchanged, and reports the same', async () => {
    const first = await check();
    expect(first.pagesReused).toBe(0);
    expect(existsSync(join(root, PAGE_CHECK_CACHE_FILE))).toBe(true);
    expect(said(first)).toEqual([expect.stringMatching(/^dist\/c\/ disclaimer\/missing: /)]);
    const second = await check();
    expect(second.pagesReused).toBe(3);
    expect(second.pagesChecked).toBe(3);
    expect(second.findings).toEqual(first.findings);
  });

  it('checks a link into a changed page from an unchanged page that has it', async () => {
    await check();
    await write('b/index.html', page('Page B', '<h2 id="another">Another part</h2>'));
    const report = await check();
    expect(report.pagesReused).toBe(2);
    expect(said(report)).toContainEqual(expect.stringMatching(/links\/anchor: .*#part/));
    expect(report.findings.find((finding) => finding.ruleId === 'links/anchor')?.file).toMatch(
      /^dist\/a\/$/,
    );
  });

  it('checks an unchanged page again when a file it loads has gone', async () => {
    await check();
    await unlink(join(outDir, 'pic.png'));
    const report = await check();
    expect(report.pagesReused).toBe(2);
    expect(said(report)).toContainEqual(expect.stringMatching(/links\/asset: "\/pic\.png"/));
  });

  it('checks every page again when the claims data changes', async () => {
    await check();
    await writeFile(
      join(root, 'content/compliance/claims.yaml'),
      `${await readFile(join(root, 'content/compliance/claims.yaml'), 'utf8')}\n# edited\n`,
    );
    expect((await check()).pagesReused).toBe(0);
  });

  it('forgets a page that is no longer built', async () => {
    await check();
    await rm(join(outDir, 'c'), { recursive: true });
    const report = await check();
    expect(report.pagesChecked).toBe(2);
    expect(said(report)).toEqual([]);
  });
});
