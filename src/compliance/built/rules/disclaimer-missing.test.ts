import { describe, expect, it } from 'vitest';
import { buildSiteIndex, indexPage, parsePage } from '../parse-page.ts';
import type { PageCheckOptions, PageFinding } from '../types.ts';
import { disclaimerMissingPageRule } from './disclaimer-missing.ts';

const options: PageCheckOptions = {
  disclaimerAttribute: 'data-medical-disclaimer',
  disclaimerText: 'This is general information, not medical advice. Call 999 in an emergency.',
  disclaimerExempt: new Set(['/404.html']),
};

const DISCLAIMER =
  '<aside data-medical-disclaimer><p><strong>Medical disclaimer.</strong> This is general information,\n  not medical advice. Call 999 in an emergency.</p></aside>';

const HINT =
  'Render <Disclaimer /> (src/components/Disclaimer.astro) inside <main> in the page or its layout; a page with no health information can instead be listed in DISCLAIMER_EXEMPT_ROUTES in src/site.config.ts';

function check(body: string, pathname = '/articles/a/'): PageFinding[] {
  const page = parsePage(pathname, 'x.html', `<html><body>${body}</body></html>`);
  return disclaimerMissingPageRule.check(
    page,
    buildSiteIndex([indexPage(page)], () => false, 'https://x.example'),
    options,
  );
}

const finding = (message: string): PageFinding => ({
  ruleId: 'disclaimer/missing',
  severity: 'error',
  pathname: '/articles/a/',
  message,
  hint: HINT,
});

describe('disclaimer/missing', () => {
  it('passes a visible disclaimer with the exact text inside <main>, white space aside', () => {
    expect(check(`<main><h1>A</h1><div>${DISCLAIMER}</div></main>`)).toEqual([]);
  });

  it('spares exempt pages', () => {
    expect(check('<main><h1>Not found</h1></main>', '/404.html')).toEqual([]);
  });

  it('reports a page with no <main>', () => {
    expect(check(`<div>${DISCLAIMER}</div>`)).toEqual([
      finding('the page has no <main> element, so it has no medical disclaimer inside one'),
    ]);
  });

  it('reports a page with no disclaimer at all', () => {
    expect(check('<main><h1>A</h1></main>')).toEqual([
      finding('the page has no medical disclaimer in <main>'),
    ]);
  });

  it('reports a disclaimer moved to the footer', () => {
    expect(check(`<main><h1>A</h1></main><footer><div>${DISCLAIMER}</div></footer>`)).toEqual([
      finding(
        'the medical disclaimer is outside <main> (in <footer>); it must be inside <main>, beside the health information',
      ),
    ]);
  });

  it.each([
    ['the hidden attribute', `<div hidden>${DISCLAIMER}</div>`],
    ['aria-hidden on an ancestor', `<div aria-hidden="true">${DISCLAIMER}</div>`],
    [
      'display: none on the element',
      DISCLAIMER.replace('<aside ', '<aside style="display: none" '),
    ],
    ['a hidden part holding the text', DISCLAIMER.replace('<p>', '<p hidden>')],
  ])('reports a disclaimer hidden by %s', (_how, disclaimer) => {
    expect(check(`<main><h1>A</h1>${disclaimer}</main>`)).toEqual([
      finding(
        'the medical disclaimer in <main> is hidden (hidden, aria-hidden="true" or display: none), so visitors do not see it',
      ),
    ]);
  });

  it('reports a disclaimer whose text was changed', () => {
    const edited = DISCLAIMER.replace('Call 999', 'Call your GP');
    expect(check(`<main><h1>A</h1>${edited}</main>`)).toEqual([
      finding(
        'the medical disclaimer in <main> does not contain the standard disclaimer text word for word',
      ),
    ]);
  });

  it('passes when one of two disclaimers in <main> is visible and complete', () => {
    const hidden = `<div hidden>${DISCLAIMER}</div>`;
    expect(check(`<main>${hidden}${DISCLAIMER}</main>`)).toEqual([]);
  });

  it.each([
    ['<header>', `<header><div>${DISCLAIMER}</div></header><main><h1>A</h1></main>`],
    ['<nav>', `<nav><div>${DISCLAIMER}</div></nav><main><h1>A</h1></main>`],
    ['<aside>', `<main><h1>A</h1></main><aside><div>${DISCLAIMER}</div></aside>`],
    ['the page', `<main><h1>A</h1></main><div><div>${DISCLAIMER}</div></div>`],
  ])('names %s as where a disclaimer outside <main> is', (where, body) => {
    expect(check(body)).toEqual([
      finding(
        `the medical disclaimer is outside <main> (in ${where}); it must be inside <main>, beside the health information`,
      ),
    ]);
  });

  it('names the landmark of the first disclaimer outside <main> when there are two', () => {
    const body = `<header>${DISCLAIMER}</header><main><h1>A</h1></main><footer>${DISCLAIMER}</footer>`;
    expect(check(body)).toEqual([
      finding(
        'the medical disclaimer is outside <main> (in <header>); it must be inside <main>, beside the health information',
      ),
    ]);
  });

  it('passes a disclaimer in <main> even when another copy sits in the footer', () => {
    expect(check(`<main><h1>A</h1>${DISCLAIMER}</main><footer>${DISCLAIMER}</footer>`)).toEqual([]);
  });

  it('passes when <main> itself is the marked element with the exact text', () => {
    const body =
      '<main data-medical-disclaimer><h1>A</h1><p>This is general information, not medical advice. Call 999 in an emergency.</p></main>';
    expect(check(body)).toEqual([]);
  });

  it('passes a disclaimer nested deep inside <main>', () => {
    expect(
      check(`<main><article><section><div>${DISCLAIMER}</div></section></article></main>`),
    ).toEqual([]);
  });

  it('reads the standard text with its white space collapsed, as visitors see it', () => {
    const page = parsePage(
      '/articles/a/',
      'x.html',
      `<html><body><main>${DISCLAIMER}</main></body></html>`,
    );
    const spaced = {
      ...options,
      disclaimerText:
        '  This is general   information,\n not medical advice.  Call 999 in an emergency. ',
    };
    expect(
      disclaimerMissingPageRule.check(
        page,
        buildSiteIndex([indexPage(page)], () => false, 'https://x.example'),
        spaced,
      ),
    ).toEqual([]);
  });

  it('checks a page whose path is not exempt, though another is', () => {
    expect(check('<main><h1>A</h1></main>', '/404/')).toEqual([
      { ...finding('the page has no medical disclaimer in <main>'), pathname: '/404/' },
    ]);
  });

  it('does not count the text outside the marked element', () => {
    const body =
      '<main><p>This is general information, not medical advice. Call 999 in an emergency.</p><aside data-medical-disclaimer><p>Medical disclaimer.</p></aside></main>';
    expect(check(body)).toEqual([
      finding(
        'the medical disclaimer in <main> does not contain the standard disclaimer text word for word',
      ),
    ]);
  });

  it('reports as hidden a complete disclaimer that is hidden beside a visible but incomplete one', () => {
    const incomplete = '<aside data-medical-disclaimer><p>Medical disclaimer.</p></aside>';
    expect(check(`<main><div hidden>${DISCLAIMER}</div>${incomplete}</main>`)).toEqual([
      finding(
        'the medical disclaimer in <main> is hidden (hidden, aria-hidden="true" or display: none), so visitors do not see it',
      ),
    ]);
  });
});
