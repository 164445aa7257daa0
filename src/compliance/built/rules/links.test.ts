import { describe, expect, it } from 'vitest';
import { buildSiteIndex, indexPage, parsePage } from '../parse-page.ts';
import type { PageFinding } from '../types.ts';
import { linksSiteRule } from './links.ts';

const ORIGIN = 'https://www.example.org';
const others = [
  parsePage(
    '/',
    'index.html',
    '<h1 id="top-of-home">Home</h1><section id="urgent-help"></section>',
  ),
  parsePage('/articles/', 'articles/index.html', '<h1>Articles</h1>'),
  parsePage(
    '/articles/heat/',
    'articles/heat/index.html',
    '<h2 id="café">Café</h2><a name="old">x</a>',
  ),
  parsePage('/404.html', '404.html', '<h1>Not found</h1>'),
];
const files = new Set(['favicon.svg', 'sitemap-index.xml', 'guides/back care.pdf']);

function check(body: string): PageFinding[] {
  const page = parsePage(
    '/articles/cold/',
    'articles/cold/index.html',
    `<body><h2 id="here">x</h2>${body}</body>`,
  );
  const site = buildSiteIndex([...others, page].map(indexPage), (path) => files.has(path), ORIGIN);
  return linksSiteRule.judge(linksSiteRule.collect(page), site);
}

const finding = (ruleId: string, message: string, hint: string, href: string): PageFinding => ({
  ruleId,
  severity: 'error',
  pathname: '/articles/cold/',
  message,
  hint,
  trace: { kind: 'link', needle: href },
});

const BROKEN_HINT =
  'Correct the address (pages end with "/", e.g. /articles/heat-or-ice/) or remove the link';
const ANCHOR_HINT =
  'Use an id that exists on the target page (a heading "## Heat or ice" gets #heat-or-ice), or drop the #fragment';
const broken = (href: string) =>
  finding('links/broken', `link "${href}" points to no page on the site`, BROKEN_HINT, href);

describe('links/insecure', () => {
  it('reports http: and javascript:, even with spaces and line breaks in the scheme', () => {
    expect(
      check('<a href="http://www.nhs.uk/">NHS</a><a href=" java\nscript:alert(1)">x</a>'),
    ).toEqual([
      finding(
        'links/insecure',
        'link "http://www.nhs.uk/" uses insecure "http:"',
        'Use the https:// address of the page (most sites, including nhs.uk and nice.org.uk, serve https)',
        'http://www.nhs.uk/',
      ),
      finding(
        'links/insecure',
        'link " java\nscript:alert(1)" uses "javascript:", which runs code',
        'Link to a page or a #section instead',
        ' java\nscript:alert(1)',
      ),
    ]);
  });
});

describe('links/broken', () => {
  it('passes links that reach a built page or file, however they are written', () => {
    expect(
      check(
        [
          '/articles/heat/',
          '/articles/heat',
          '../heat/',
          '../',
          `${ORIGIN}/articles/heat/?utm_source=x`,
          '/404.html',
          '/favicon.svg',
          '/sitemap-index.xml',
          '/guides/back%20care.pdf',
          '',
          '?page=2',
          'https://www.nhs.uk/conditions/back-pain/',
          '//cdn.example.com/x.js',
          'mailto:editors@example.org',
          'tel:111',
        ]
          .map((href) => `<a href="${href}">a page</a>`)
          .join(''),
      ),
    ).toEqual([]);
  });

  it('reports root-relative, relative and absolute internal links to no page', () => {
    expect(
      check(
        '<a href="/articles/gone/">a</a><a href="gone/">b</a><a href="https://www.example.org/shop/">c</a><a href="/missing.svg">d</a><area href="/map/">',
      ),
    ).toEqual([
      broken('/articles/gone/'),
      broken('gone/'),
      broken('https://www.example.org/shop/'),
      broken('/missing.svg'),
      broken('/map/'),
    ]);
  });

  it('reports a link whose fragment is on a missing page as broken only', () => {
    expect(check('<a href="/gone/#part">a</a>')).toEqual([broken('/gone/#part')]);
  });
});

describe('links/anchor', () => {
  it('passes fragments that name an id or an <a name>, decoded, and # or #top', () => {
    expect(
      check(
        '<a href="#here">a</a><a href="#">b</a><a href="#top">c</a><a href="#TOP">d</a><a href="/#urgent-help">e</a><a href="../heat/#caf%C3%A9">f</a><a href="/articles/heat/#old">g</a><a href="/favicon.svg#x">h</a>',
      ),
    ).toEqual([]);
  });

  it('reports a fragment missing on this page and on another page', () => {
    expect(check('<a href="#nowhere">a</a><a href="/#no-such-id">b</a>')).toEqual([
      finding(
        'links/anchor',
        'link "#nowhere" names no id "nowhere" on this page',
        ANCHOR_HINT,
        '#nowhere',
      ),
      finding(
        'links/anchor',
        'link "/#no-such-id" names no id "no-such-id" on the page /',
        ANCHOR_HINT,
        '/#no-such-id',
      ),
    ]);
  });
});
