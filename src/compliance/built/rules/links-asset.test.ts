import { describe, expect, it } from 'vitest';
import { buildSiteIndex, indexPage, parsePage } from '../parse-page.ts';
import type { PageCheckOptions, PageFinding } from '../types.ts';
import { linksAssetPageRule, srcsetUrls } from './links-asset.ts';

const options: PageCheckOptions = {
  disclaimerAttribute: 'data-d',
  disclaimerText: 'unused here',
  disclaimerExempt: new Set(),
};

const files = new Set([
  'favicon.svg',
  '_astro/hero.svg',
  '_astro/hero-800.png',
  'articles/a/local.png',
  'my file.png',
]);

function check(html: string): PageFinding[] {
  const page = parsePage('/articles/a/', 'articles/a/index.html', html);
  const site = buildSiteIndex(
    [indexPage(page)],
    (path) => files.has(path),
    'https://www.example.org',
  );
  return linksAssetPageRule.check(page, site, options);
}

const missing = (
  address: string,
  where: string,
  kind: 'image' | 'link' = 'image',
): PageFinding => ({
  ruleId: 'links/asset',
  severity: 'error',
  pathname: '/articles/a/',
  message: `"${address}" (in ${where}) is not in the build`,
  hint: 'Add the file (under public/, or import it with astro:assets), or correct the path',
  trace: { kind, needle: address },
});

describe('srcsetUrls', () => {
  it('takes the URL of each candidate, descriptors or not', () => {
    expect(srcsetUrls(' /a.png 480w, /b.png 2x,/c.png,  /d,e.png 1x ')).toEqual([
      '/a.png',
      '/b.png',
      '/c.png',
      '/d,e.png',
    ]);
    expect(srcsetUrls('')).toEqual([]);
  });
});

describe('links/asset', () => {
  it('passes files in the build, external addresses, data: URLs and pages in <link>', () => {
    expect(
      check(
        `<head><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/articles/a/"><link rel="alternate" href="/feed/"><link rel="stylesheet" href="https://fonts.example.com/x.css"></head>
        <body><img src="/_astro/hero.svg" srcset="/_astro/hero-800.png 800w, https://www.example.org/_astro/hero.svg 1200w" alt="x">
        <img src="local.png" alt="x"><img src="/my%20file.png" alt="x"><img src="data:image/png;base64,AAAA" alt="x"></body>`,
      ),
    ).toEqual([]);
  });

  it('reports each missing internal file once, with the address as written', () => {
    expect(
      check(
        `<head><link rel="stylesheet" href="/_astro/gone.css"><link rel="preload icon" href="/gone.svg"><script src="/gone.js"></script></head>
        <body><img src="/missing.png" srcset="/missing.png 1x, /missing-2x.png 2x" alt="x">
        <picture><source srcset="/gone.avif" type="image/avif"><img src="/_astro/hero.svg" alt="x"></picture>
        <video src="../clip.mp4" poster="/poster.jpg"></video><audio src="/a.mp3"></audio></body>`,
      ),
    ).toEqual([
      missing('/missing.png', '<img src>'),
      missing('../clip.mp4', '<video src>'),
      missing('/a.mp3', '<audio src>'),
      missing('/missing-2x.png', '<img srcset>'),
      missing('/gone.avif', '<source srcset>'),
      missing('/poster.jpg', '<video poster>'),
      missing('/gone.js', '<script src>'),
      missing('/_astro/gone.css', '<link href>', 'link'),
      missing('/gone.svg', '<link href>', 'link'),
    ]);
  });
});
