import { describe, expect, it } from 'vitest';
import { onPages, urlPathOf } from './built-url.ts';

describe('urlPathOf', () => {
  it.each([
    ['index.html', '/'],
    ['articles/index.html', '/articles/'],
    ['articles/heat-or-ice/index.html', '/articles/heat-or-ice/'],
    ['404.html', '/404.html'],
    ['_astro/page.1a2b.css', '/_astro/page.1a2b.css'],
    ['favicon.svg', '/favicon.svg'],
    ['articles\\heat\\index.html', '/articles/heat/'],
    ['/sitemap-index.xml', '/sitemap-index.xml'],
  ])('%s is served at %s', (file, path) => {
    expect(urlPathOf(file)).toBe(path);
  });
});

describe('onPages', () => {
  it('names the one page a finding is about', () => {
    expect(onPages(['/articles/heat/'])).toBe(' (on /articles/heat/)');
  });

  it('counts the pages and names the first three as examples', () => {
    expect(onPages(['/a/', '/b/'])).toBe(' (on 2 pages, e.g. /a/, /b/)');
    expect(onPages(['/a/', '/b/', '/c/', '/d/'])).toBe(' (on 4 pages, e.g. /a/, /b/, /c/)');
  });
});
