import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { testContext, testDocument } from '../testing.ts';
import { assetPath, linksAssetRule } from './links-asset.ts';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

const context = testContext({
  files: [
    'content/articles/images/back.svg',
    'public/images/heat.png',
    'public/downloads/leaflet.pdf',
    'public/downloads/exercise sheet.pdf',
  ],
});

const brief = async (body: string) =>
  (await linksAssetRule.check(testDocument(body), context)).map(
    ({ ruleId, position, message }) => ({ ruleId, position, message }),
  );

const finding = (line: number, column: number, url: string) => ({
  ruleId: 'links/asset',
  position: { line, column },
  message: `"${url}" points to no file`,
});

describe('assetPath', () => {
  const file = 'content/articles/a.mdx';
  it('resolves relative paths from the file and /paths from public/', () => {
    expect(assetPath('./images/a.png', 'image', file, '/p')).toBe(
      '/p/content/articles/images/a.png',
    );
    expect(assetPath('../products/images/b.svg?v=2#x', 'image', file, '/p')).toBe(
      '/p/content/products/images/b.svg',
    );
    expect(assetPath('/downloads/my%20sheet.pdf', 'link', file, '/p')).toBe(
      '/p/public/downloads/my sheet.pdf',
    );
  });

  it('ignores external URLs, fragments and links to pages', () => {
    for (const url of [
      'https://a.org/x.png',
      '//cdn.org/x.png',
      'mailto:a@b.uk',
      '#top',
      '/articles/x/',
      '/x.html',
    ]) {
      expect(assetPath(url, 'link', file, '/p')).toBeNull();
    }
  });
});

describe('assetPath, in less usual cases', () => {
  const file = 'content/articles/a.mdx';
  it('reads a colon after the first character of a path as part of a file name, not a scheme', () => {
    expect(assetPath('./images/photo:2.png', 'image', file, '/p')).toBe(
      '/p/content/articles/images/photo:2.png',
    );
  });

  it('knows a scheme with digits in its name as an address, not a file', () => {
    expect(assetPath('h323:clinic@example.org', 'image', file, '/p')).toBeNull();
  });

  it('checks a link to a file beside the page, written without a folder', () => {
    expect(assetPath('leaflet.pdf', 'link', file, '/p')).toBe('/p/content/articles/leaflet.pdf');
  });
});

describe('links/asset', () => {
  it('names a missing JSX image without the spaces around its address', async () => {
    expect(await brief('<img src=" /images/gone.png " alt="A heat pack" />\n')).toEqual([
      finding(15, 6, '/images/gone.png'),
    ]);
  });

  it('reports Markdown images and file links that point to nothing', async () => {
    const body =
      '![A back with the lower muscles shaded](./images/gone.png)\n\n' +
      'Get the [leaflet](/downloads/leafet.pdf?v=1#page=2).\n';
    expect(await brief(body)).toEqual([
      finding(15, 1, './images/gone.png'),
      finding(17, 9, '/downloads/leafet.pdf?v=1#page=2'),
    ]);
  });

  it('reports JSX image sources and <a href> files at the attribute', async () => {
    const body =
      '<img alt="A heat pack on a back"\n  src="/images/cold.png" />\n\n' +
      'Text <a href="./sheet.pdf">sheet</a> text.\n';
    expect(await brief(body)).toEqual([
      finding(16, 3, '/images/cold.png'),
      finding(18, 9, './sheet.pdf'),
    ]);
  });

  it('treats a definition used by an image reference as an image', async () => {
    const body =
      '![A back][back] and [page][p].\n\n[back]: ./images/missing\n[p]: /articles/gone/\n';
    expect(await brief(body)).toEqual([finding(17, 1, './images/missing')]);
  });

  it('gives the fix in the hint', async () => {
    const [first] = await linksAssetRule.check(testDocument('![A back](x.png)\n'), context);
    expect(first).toMatchObject({
      severity: 'error',
      hint: "Check the spelling; relative paths start from this file's folder, /paths from public/.",
    });
  });

  it('accepts files that exist, pages, external URLs, fragments and computed sources', async () => {
    const body = [
      '![A back with the lower muscles shaded](./images/back.svg)',
      '![A heat pack](/images/heat.png?w=200) ![A walk](images/back.svg#x)',
      '[leaflet](/downloads/leaflet.pdf) [sheet](/downloads/exercise%20sheet.pdf)',
      '[page](/articles/what-is-a-back-muscle-spasm/) [old](/about.html) [top](#top)',
      '[NHS](https://www.nhs.uk/a.pdf) ![A chart](https://example.org/c.png) [m](mailto:a@b.uk)',
      '<Image src={hero} alt="A back" /> <a href="/articles/x/">x</a> <Cite n={1} />',
      '',
    ].join('\n\n');
    expect(await brief(body)).toEqual([]);
  });

  it('reports exactly the missing picture in its fixture', async () => {
    const file = 'test/fixtures/rules/links-asset.mdx';
    const document = parseDocument(file, readFileSync(join(ROOT, file), 'utf8'), 'articles');
    const findings = await linksAssetRule.check(document, testContext());
    expect(
      findings.map(({ ruleId, position, message }) => ({ ruleId, position, message })),
    ).toEqual([finding(18, 1, './images/gone.svg')]);
  });
});
