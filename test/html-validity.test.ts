import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtmlError, htmlPages, validateHtml } from '../e2e/vnu.ts';

// The helpers behind e2e/html-validity.spec.ts, on pages whose errors are known.

const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head>';
let site: string;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'backrack-vnu-'));
  await mkdir(join(site, 'search'));
  await writeFile(join(site, 'index.html'), `${head}<body><p>Fine.</p></body></html>\n`);
  // The fault the search page once had: its script written after </html>.
  await writeFile(
    join(site, 'search', 'index.html'),
    `${head}<body><p>Search</p></body></html><script type="module" src="/a.js"></script>\n`,
  );
  await writeFile(join(site, 'about.html'), `${head}<body>\n<p><div>x</div></p>\n</body></html>\n`);
  await writeFile(join(site, 'sitemap.xml'), '<urlset></urlset>\n');
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('htmlPages', () => {
  it('lists the .html files under a folder, sorted, and nothing else', () => {
    expect(htmlPages(site)).toEqual(['about.html', 'index.html', 'search/index.html']);
  });

  it('lists none for a missing folder', () => {
    expect(htmlPages(join(site, 'no-such-folder'))).toEqual([]);
  });
});

describe('validateHtml', () => {
  it("gives each page's errors with line and column, and none for a valid page", async () => {
    const errors = await validateHtml(site, htmlPages(site));
    expect(errors.get('index.html')).toEqual([]);
    expect(
      (errors.get('search/index.html') ?? []).map((error) => formatHtmlError('search', error)),
    ).toEqual([
      'search:1:102: Stray start tag “script”. (at: Search</p></body></html><script type="module" src="/a.js"></scri)',
      'search:1:102: Cannot recover after last error. Any further errors will be ignored. (at: Search</p></body></html><script type="module" src="/a.js"></scri)',
    ]);
    expect(
      (errors.get('about.html') ?? []).map(({ line, message }) => ({ line, message })),
    ).toEqual([{ line: 2, message: 'No “p” element in scope but a “p” end tag seen.' }]);
  });
});
