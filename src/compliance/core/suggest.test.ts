import { describe, expect, it } from 'vitest';
import { closest } from './suggest.ts';

const FIELDS = ['title', 'description', 'reviewedAt', 'tags'];

describe('closest', () => {
  it('suggests the known word a typo was meant to be, whatever its case', () => {
    expect(closest('titel', FIELDS)).toBe('title');
    expect(closest('TAGS', FIELDS)).toBe('tags');
    expect(closest('reviewedat', FIELDS)).toBe('reviewedAt');
  });

  it('allows two edits in a short word and a third of a long word', () => {
    expect(closest('tg', FIELDS)).toBe('tags');
    // Eleven letters: three edits are a typo, four are another word.
    expect(closest('deskriptyan', FIELDS)).toBe('description');
    expect(closest('deskripshun', FIELDS)).toBeUndefined();
    expect(closest('xyz', FIELDS)).toBeUndefined();
  });

  it('keeps the first of two equally near words', () => {
    expect(closest('cat', ['bat', 'hat'])).toBe('bat');
    expect(closest('cat', ['bats', 'hat'])).toBe('hat');
  });

  it('suggests nothing when there is nothing to choose from', () => {
    expect(closest('title', [])).toBeUndefined();
  });
});
