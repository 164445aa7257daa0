import { describe, expect, it } from 'vitest';
import { checkPages } from './run-rules.ts';
import { buildSiteIndex, indexPage, parsePage } from './parse-page.ts';
import type { RuleId } from '../core/registry.ts';
import type { PageCheckOptions, PageRule } from './types.ts';

const options: PageCheckOptions = {
  disclaimerAttribute: 'data-d',
  disclaimerText: 'unused here',
  disclaimerExempt: new Set(),
};

const pages = [
  parsePage('/z/', 'z/index.html', '<h1>Z</h1>'),
  parsePage('/', 'index.html', '<h1>Home</h1>'),
  parsePage('/a/', 'a/index.html', '<h1>A</h1>'),
];
const site = buildSiteIndex(pages.map(indexPage), () => false, 'https://x.example');

/** A rule that reports every page it sees, to show the order pages and rules run in. */
const echo = (id: RuleId): PageRule => ({
  ids: [id],
  check: (page) => [{ ruleId: id, severity: 'warning', pathname: page.pathname, message: id }],
});

describe('checkPages', () => {
  it('runs every rule on every page, sorted by pathname, rules in order', () => {
    const found = checkPages(pages, site, options, [echo('links/broken'), echo('a11y/link-text')]);
    expect(found.map((finding) => `${finding.pathname} ${finding.ruleId}`)).toEqual([
      '/ links/broken',
      '/ a11y/link-text',
      '/a/ links/broken',
      '/a/ a11y/link-text',
      '/z/ links/broken',
      '/z/ a11y/link-text',
    ]);
  });

  it('names the rule and the page when a rule throws', () => {
    const broken: PageRule = {
      ids: ['disclaimer/missing'],
      check: () => {
        throw new Error('boom');
      },
    };
    expect(() => checkPages(pages, site, options, [broken])).toThrow(
      'page rule disclaimer/missing failed on / (index.html): boom',
    );
  });

  it('finds nothing with no rules or no pages', () => {
    expect(checkPages(pages, site, options, [])).toEqual([]);
    expect(checkPages([], site, options, [echo('links/broken')])).toEqual([]);
  });
});
