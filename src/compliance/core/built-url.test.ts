import { describe, expect, it } from 'vitest';
import { urlPathOf } from './built-url.ts';

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
