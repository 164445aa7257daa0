import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_FOLDER, writeSearchIndex } from './search-index.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('the search index of a built site', () => {
  let site: string;

  beforeEach(async () => {
    site = await mkdtemp(join(tmpdir(), 'backrack-search-'));
  });

  afterEach(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it('reads every page, and writes pagefind/ beside them', async () => {
    await mkdir(join(site, 'articles', 'a'), { recursive: true });
    await mkdir(join(site, 'articles', 'b'), { recursive: true });
    await writeFile(
      join(site, 'articles', 'a', 'index.html'),
      page('<main data-pagefind-body><h1>Back spasms</h1><p>Keep moving.</p></main>'),
    );
    await writeFile(
      join(site, 'articles', 'b', 'index.html'),
      page('<main data-pagefind-body><h1>Sciatica</h1><p>Walk a little.</p></main>'),
    );
    await writeFile(join(site, 'index.html'), page('<main><h1>Home</h1></main>'));
    expect(await writeSearchIndex(site)).toBe(3);
    expect(SEARCH_INDEX_FOLDER).toBe('pagefind');
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('fails, with a hint, when the site has no page to index', async () => {
    await writeFile(join(site, 'robots.txt'), 'User-agent: *\n');
    await expect(writeSearchIndex(site)).rejects.toThrow(
      Object.assign(
        new Error('search index: no page was indexed (is data-pagefind-body in the layouts?)'),
        {
          hint: 'Pagefind comes from npm (the `pagefind` package and its platform binary); run `npm install` and build again.',
        },
      ),
    );
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });
});
