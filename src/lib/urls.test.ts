import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, tagPath, tagSlug } from './urls.ts';

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
  });

  it('become absolute on the given site', () => {
    expect(absoluteUrl('/about/', 'https://example.org')).toBe('https://example.org/about/');
  });
});
