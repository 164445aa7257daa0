import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../site.config.ts';
import {
  absoluteUrl,
  articlePath,
  externalRel,
  isExternalUrl,
  productPath,
  tagPath,
  tagSlug,
} from './urls.ts';

describe('tagSlug', () => {
  it('turns spaces and punctuation into single hyphens', () => {
    expect(tagSlug('Lower back')).toBe('lower-back');
    expect(tagSlug('  heat & cold!  ')).toBe('heat-cold');
  });

  it('folds accents so the URL stays plain', () => {
    expect(tagSlug('Pilates café')).toBe('pilates-cafe');
  });
});

describe('paths', () => {
  it('end with a slash, as the site is built', () => {
    expect(articlePath('what-is-a-back-muscle-spasm')).toBe(
      '/articles/what-is-a-back-muscle-spasm/',
    );
    expect(tagPath('back spasm')).toBe('/tags/back-spasm/');
    expect(productPath('backrack')).toBe('/products/backrack/');
  });

  it('become absolute on the given site', () => {
    expect(absoluteUrl('/about/', 'https://example.org')).toBe('https://example.org/about/');
  });
});

describe('isExternalUrl', () => {
  const site = 'https://www.example.org';

  it('is true for http(s) addresses on another origin', () => {
    for (const href of [
      'https://www.nhs.uk/conditions/back-pain/',
      'http://www.nhs.uk/',
      '  https://www.nice.org.uk/guidance/ng59  ',
      '//cdn.example.com/x.js',
      'https://example.org/',
      'http://www.example.org/',
      'https://www.example.org:8443/',
      'HTTPS://WWW.NHS.UK/',
    ]) {
      expect(isExternalUrl(href, site), href).toBe(true);
    }
  });

  it('is false for this site, relative links and other schemes', () => {
    for (const href of [
      '/articles/heat/',
      '../heat/',
      'heat/',
      '#sources',
      '?q=heat',
      '',
      'https://www.example.org/about/',
      'HTTPS://WWW.EXAMPLE.ORG/',
      'https://www.example.org:443/',
      'mailto:editors@example.org',
      'tel:111',
      'javascript:alert(1)',
      'data:text/plain,hi',
      'https://',
      'http://[bad',
      // A no-break space is not trimmed by browsers: this is a relative link to a strange path.
      '\u00a0https://www.nhs.uk/',
    ]) {
      expect(isExternalUrl(href, site), href).toBe(false);
    }
  });

  it("uses the site's own address by default", () => {
    expect(isExternalUrl(new URL('/privacy/', SITE_URL).href)).toBe(false);
    expect(isExternalUrl('https://www.nhs.uk/')).toBe(SITE_URL !== 'https://www.nhs.uk');
  });
});

describe('externalRel', () => {
  it('adds noopener and noreferrer to an empty or missing rel', () => {
    expect(externalRel()).toBe('noopener noreferrer');
    expect(externalRel(null)).toBe('noopener noreferrer');
    expect(externalRel('  ')).toBe('noopener noreferrer');
  });

  it('keeps the tokens it has, once each, and adds only what is missing', () => {
    expect(externalRel('nofollow')).toBe('nofollow noopener noreferrer');
    expect(externalRel('NoReferrer nofollow nofollow')).toBe('NoReferrer nofollow noopener');
    expect(externalRel('noopener noreferrer')).toBe('noopener noreferrer');
  });
});
