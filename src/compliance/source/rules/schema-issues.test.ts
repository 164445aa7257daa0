import { describe, expect, it } from 'vitest';
import { valueAt } from './schema-issues.ts';

describe('valueAt', () => {
  it('follows a path through objects and lists', () => {
    expect(valueAt({ sources: [{ url: 'https://a.example/' }] }, ['sources', 0, 'url'])).toBe(
      'https://a.example/',
    );
  });

  it('finds nothing below a null, nor inside a piece of text', () => {
    expect(valueAt({ hero: null }, ['hero', 'src'])).toBeUndefined();
    expect(valueAt({ title: 'Back pain' }, ['title', 0])).toBeUndefined();
    expect(valueAt({ title: 'Back pain' }, ['title', 'length'])).toBeUndefined();
  });
});
