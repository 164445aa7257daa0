import { describe, expect, it } from 'vitest';
import { checkBody } from '../testing.ts';
import type { PageFinding } from '../types.ts';
import { linksExternalRelPageRule } from './links-external-rel.ts';

/** The page is /a/ on https://x.example (see checkBody). */
const check = (body: string): PageFinding[] => checkBody(linksExternalRelPageRule, body);

const HINT =
  'Write the link in Markdown ([words](https://…)) or with <Link href="…"> from src/components/Link.astro: the site then adds rel="noopener noreferrer" and the hidden words "(another website)"';

const finding = (href: string, problem: string): PageFinding => ({
  ruleId: 'links/external-rel',
  severity: 'error',
  pathname: '/a/',
  message: `link "${href}" to another website ${problem}`,
  hint: HINT,
  trace: { kind: 'link', needle: href },
});

/** What the Link component renders for a link to another website. */
const marked = (href: string, text: string, rel = 'noopener noreferrer'): string =>
  `<a href="${href}" rel="${rel}">${text}<span aria-hidden="true">&nbsp;↗</span><span class="sr-only"> (another website)</span></a>`;

const NO_REL = 'has no rel="noopener noreferrer"';
const NO_WORDS = 'does not say "another website" in its text';

describe('links/external-rel', () => {
  it('passes a link to another website as the Link component renders it', () => {
    expect(check(marked('https://www.nhs.uk/conditions/back-pain/', 'NHS: Back pain'))).toEqual([]);
  });

  it('passes other rel tokens and orders, any case, and a name given by aria-label', () => {
    expect(
      check(
        [
          marked('https://a.example/', 'A', 'nofollow NoReferrer  noopener'),
          '<a href="//b.example/x" rel="noopener noreferrer" aria-label="B guide (Another Website)">B</a>',
          '<a href="http://c.example/" rel="noopener noreferrer">C, on another website</a>',
        ].join(''),
      ),
    ).toEqual([]);
  });

  it('leaves links to this site and other schemes alone', () => {
    expect(
      check(
        [
          '/articles/heat/',
          '../b/',
          '#part',
          '?q=heat',
          'https://x.example/articles/heat/',
          'HTTPS://X.EXAMPLE/',
          'mailto:editors@x.example',
          'tel:111',
          'javascript:void(0)',
          'https://',
        ]
          .map((href) => `<a href="${href}">a page</a>`)
          .join(''),
      ),
    ).toEqual([]);
  });

  it('reports a link to another website with neither rel nor the words', () => {
    expect(check('<a href="https://www.nhs.uk/">The NHS website</a>')).toEqual([
      finding('https://www.nhs.uk/', `${NO_REL} and ${NO_WORDS}`),
    ]);
  });

  it('reports a link whose rel lacks noopener, noreferrer or both', () => {
    expect(
      check(
        [
          marked('https://a.example/', 'A', 'noopener'),
          marked('https://b.example/', 'B', 'noreferrer nofollow'),
          marked('https://c.example/', 'C', 'nofollow'),
          marked('https://d.example/', 'D', 'noopener-noreferrer'),
        ].join(''),
      ),
    ).toEqual([
      finding('https://a.example/', 'has no "noreferrer" in its rel'),
      finding('https://b.example/', 'has no "noopener" in its rel'),
      finding('https://c.example/', NO_REL),
      finding('https://d.example/', NO_REL),
    ]);
  });

  it('reports a link whose name does not say it leads to another website', () => {
    expect(
      check(
        [
          '<a href="https://a.example/" rel="noopener noreferrer">A</a>',
          // Hidden from everyone, or from screen readers: not part of the name.
          '<a href="https://b.example/" rel="noopener noreferrer">B<span hidden> (another website)</span></a>',
          '<a href="https://c.example/" rel="noopener noreferrer">C<span aria-hidden="true"> (another website)</span></a>',
          // aria-label wins over the text, as in browsers.
          '<a href="https://d.example/" rel="noopener noreferrer" aria-label="D">D (another website)</a>',
          // Another origin: another scheme, host or port than the site's.
          '<a href="http://x.example/" rel="noopener noreferrer">E</a>',
          '<a href="https://x.example:8443/" rel="noopener noreferrer">F</a>',
        ].join(''),
      ),
    ).toEqual(
      [
        'https://a.example/',
        'https://b.example/',
        'https://c.example/',
        'https://d.example/',
        'http://x.example/',
        'https://x.example:8443/',
      ].map((href) => finding(href, NO_WORDS)),
    );
  });
});
