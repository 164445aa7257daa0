import { selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { buildSiteIndex, indexPage, parsePage } from './parse-page.ts';

describe('parsePage', () => {
  it('keeps the page as given and a tree with start and end indices', () => {
    const html = '<!doctype html><html><body><h1>Hi</h1></body></html>';
    const page = parsePage('/a/', 'a/index.html', html);
    expect(page).toMatchObject({ pathname: '/a/', file: 'a/index.html', html });
    const heading = selectOne<AnyNode, Element>('h1', page.document);
    expect(heading?.startIndex).toBe(html.indexOf('<h1>'));
    expect(heading?.endIndex).toBe(html.indexOf('</h1>') + '</h1>'.length - 1);
  });
});

describe('buildSiteIndex', () => {
  const pages = [
    parsePage(
      '/',
      'index.html',
      '<h1 id="top-of-home">Home</h1><a name="old-anchor">x</a><input name="not-a-target"><section id="urgent-help"></section>',
    ),
    parsePage('/about/', 'about/index.html', '<p>No ids here</p>'),
  ];

  it('lists every page with the ids a #fragment can name', () => {
    const site = buildSiteIndex(pages.map(indexPage), () => false, 'https://www.example.org');
    expect([...site.pages.keys()]).toEqual(['/', '/about/']);
    expect([...(site.pages.get('/')?.ids ?? [])].sort()).toEqual([
      'old-anchor',
      'top-of-home',
      'urgent-help',
    ]);
    expect(site.pages.get('/about/')?.ids.size).toBe(0);
  });

  it('normalises the origin and passes fileExists through', () => {
    const site = buildSiteIndex(
      pages.map(indexPage),
      (path) => path === 'favicon.svg',
      'https://www.example.org/',
    );
    expect(site.origin).toBe('https://www.example.org');
    expect(site.fileExists('favicon.svg')).toBe(true);
    expect(site.fileExists('missing.svg')).toBe(false);
  });
});
