import { describe, expect, it } from 'vitest';
import { classifyOpened, sharedInputOf } from './project-files.ts';

describe('classifyOpened', () => {
  it('checks pages and people in content/, and the claims data as data', () => {
    expect(classifyOpened('content/articles/a.mdx')).toEqual({
      kind: 'content',
      collection: 'articles',
    });
    expect(classifyOpened('content/articles/draft.md')).toEqual({
      kind: 'content',
      collection: 'articles',
    });
    expect(classifyOpened('content/products/backrack.mdx')).toEqual({
      kind: 'content',
      collection: 'products',
    });
    expect(classifyOpened('content/people/editorial-team.yaml')).toEqual({
      kind: 'content',
      collection: 'people',
    });
    expect(classifyOpened('content/compliance/claims.yaml')).toEqual({ kind: 'claims-data' });
  });

  it('leaves everything else alone', () => {
    for (const file of [
      'README.md',
      'src/pages/index.astro',
      'content/articles/images/a.yaml',
      'test/fixtures/rules/clean.mdx',
    ]) {
      expect(classifyOpened(file)).toEqual({ kind: 'other' });
    }
  });
});

describe('sharedInputOf', () => {
  it('names what every check depends on', () => {
    expect(sharedInputOf('content/compliance/claim-categories.yaml')).toBe('claims-data');
    expect(sharedInputOf('content/people/editorial-team.yaml')).toBe('people');
    expect(sharedInputOf('content/products/backrack.mdx')).toBe('products');
    expect(sharedInputOf('.markdownlint-cli2.jsonc')).toBe('markdown-config');
    expect(sharedInputOf('content/articles/a.mdx')).toBeNull();
  });
});
