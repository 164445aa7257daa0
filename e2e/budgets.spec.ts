import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { distDir, sitemapPaths } from './site.ts';

/** Page weight budgets for what visitors download, checked on the built files. */
const HTML_CSS_BUDGET_GZIP = 60 * 1024;
const MODERN_IMAGE = /\.(avif|webp|svg)(\?|$)/i;

const paths = (await sitemapPaths()).filter((path) =>
  /^\/(articles|products)\/[^/]+\/$/.test(path),
);
const gzipped = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;
const fileFor = (url: string): string =>
  join(distDir, decodeURIComponent(url.split(/[?#]/)[0] ?? ''));

test('budgets cover every article and the product page', () => {
  expect(paths.length).toBeGreaterThanOrEqual(7);
});

for (const path of paths) {
  test.describe(`budget ${path}`, () => {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const document = parseDocument(html);
    const all = (selector: string) => selectAll<AnyNode, Element>(selector, document);

    test('sends 0 bytes of JavaScript', () => {
      const inline = all('script:not([type="application/ld+json"]):not([src])').map(
        (s) => textContent(s).length,
      );
      const external = all('script[src]').map(
        (s) => readFileSync(fileFor(getAttributeValue(s, 'src') ?? '')).length,
      );
      expect(
        [...inline, ...external].reduce((a, b) => a + b, 0),
        `${path}: JavaScript bytes`,
      ).toBe(0);
    });

    test(`keeps HTML + CSS within ${HTML_CSS_BUDGET_GZIP / 1024} KB gzipped`, () => {
      const css = all('link[rel="stylesheet"][href]').map((link) =>
        gzipped(readFileSync(fileFor(getAttributeValue(link, 'href') ?? ''))),
      );
      const total = gzipped(html) + css.reduce((a, b) => a + b, 0);
      expect(total, `${path}: HTML + CSS gzipped bytes`).toBeLessThanOrEqual(HTML_CSS_BUDGET_GZIP);
    });

    test('gives every image a width, a height and a modern format', () => {
      for (const image of all('img')) {
        const src = getAttributeValue(image, 'src') ?? '';
        const described = `${path}: <img src="${src}">`;
        expect(getAttributeValue(image, 'width'), `${described} width`).toMatch(/^\d+$/);
        expect(getAttributeValue(image, 'height'), `${described} height`).toMatch(/^\d+$/);
        const sources = all('picture source[type]').map((source) =>
          getAttributeValue(source, 'type'),
        );
        const modern =
          MODERN_IMAGE.test(src) || sources.some((type) => /image\/(avif|webp)/.test(type ?? ''));
        expect(modern, `${described} is AVIF, WebP or SVG`).toBe(true);
        expect(existsSync(fileFor(src)), `${described} exists`).toBe(true);
      }
    });

    test('makes no render-blocking request to another host', () => {
      const blocking = [
        ...all('link[rel="stylesheet"][href]').map((link) => getAttributeValue(link, 'href') ?? ''),
        ...all('script[src]:not([async]):not([defer]):not([type="module"])').map(
          (s) => getAttributeValue(s, 'src') ?? '',
        ),
      ].filter((url) => /^(https?:)?\/\//i.test(url));
      expect(blocking, `${path}: render-blocking requests to other hosts`).toEqual([]);
    });
  });
}
