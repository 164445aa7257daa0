import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER_MARKER_ATTRIBUTE, DISCLAIMER_TEXT } from '../src/lib/disclaimer.ts';
import {
  checkShare,
  combinePageChecks,
  type ShareSettings,
} from '../src/compliance/built/check-share.ts';
import { checkAllPages } from '../src/compliance/built/parallel.ts';

const PAGES = 320;

const page = (index: number, body: string) => `<!doctype html>
<html lang="en-GB"><head><title>Page ${index}</title></head>
<body><main>
<h1>Page ${index}</h1>
<div ${DISCLAIMER_MARKER_ATTRIBUTE}><p>${DISCLAIMER_TEXT}</p></div>
${body}
<h2 id="more">More</h2>
</main></body></html>`;

describe('page checks split across worker threads', () => {
  let outDir: string;
  let files: string[];
  let settings: ShareSettings;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'backrack-pages-'));
    files = [];
    for (let index = 0; index < PAGES; index += 1) {
      const next = `/p${(index + 1) % PAGES}/#more`;
      // A few faults spread over both halves of the site, so both workers find some.
      const body =
        index === 7
          ? '<p><a href="/p8/#nowhere">a missing section</a></p>'
          : index === 250
            ? '<p><a href="/gone/">a missing page</a> <a href="https://example.org/">elsewhere</a></p><script>alert(1)</script>'
            : `<p><a href="${next}">the next page</a></p>`;
      await mkdir(join(outDir, `p${index}`));
      await writeFile(join(outDir, `p${index}/index.html`), page(index, body));
      files.push(`p${index}/index.html`);
    }
    settings = {
      outDir,
      root: join(import.meta.dirname, '..'),
      origin: 'https://www.backrack.example',
      disclaimerAttribute: DISCLAIMER_MARKER_ATTRIBUTE,
      disclaimerText: DISCLAIMER_TEXT,
      disclaimerExempt: [],
      external: true,
    };
  });

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('finds exactly what one thread finds, in the same order', { timeout: 60_000 }, async () => {
    const alone = combinePageChecks(await checkShare(files, settings));
    const split = combinePageChecks(await checkAllPages(files, settings));

    expect(split.pages).toHaveLength(PAGES);
    expect(split).toEqual(alone);
    expect(split.findings.map((finding) => `${finding.pathname} ${finding.ruleId}`)).toEqual([
      '/p250/ links/external-rel',
    ]);
    // Links are judged once every page is known: the notes carry what that needs.
    expect(split.links).toContainEqual({ pathname: '/p7/', href: '/p8/#nowhere' });
    expect(split.links).toContainEqual({ pathname: '/p250/', href: '/gone/' });
    expect(split.pages.find((page) => page.pathname === '/p7/')?.ids).toEqual(['more']);
    expect(split.inline.find((entry) => entry.pathname === '/p250/')?.code).toHaveLength(1);
    expect(split.external).toEqual([{ url: 'https://example.org/', pathnames: ['/p250/'] }]);
  });
});
