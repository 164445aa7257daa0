import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKey, SCHEMA_FILES, withCacheKey, type KeyedEntry } from './cache-key.ts';

const entry = (id: string, digest: string | number | undefined, collection = 'articles') => ({
  collection,
  id,
  digest,
});

describe('cacheKey', () => {
  const heat = entry('heat', 'd1');
  const ice = entry('ice', 'd2');
  const team = entry('editorial-team', 7, 'people');

  it('is the same for the same entries, in any order and with repeats', () => {
    expect(cacheKey([heat, ice, team])).toBe(cacheKey([team, ice, heat, ice]));
    expect(cacheKey([heat])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when an entry changes, is added, is removed, or is another one', () => {
    const key = cacheKey([heat, ice]);
    const others: KeyedEntry[][] = [
      [heat, entry('ice', 'd3')],
      [heat, ice, team],
      [heat],
      [heat, entry('cold', 'd2')],
      [heat, entry('ice', 'd2', 'products')],
    ];
    const keys = others.map((entries) => cacheKey(entries));
    expect(new Set([key, ...keys]).size).toBe(others.length + 1);
  });

  it('depends on the content schemas, which a digest does not cover', () => {
    const plain = createHash('sha256').update('articles/heat@d1').digest('hex');
    expect(cacheKey([heat])).not.toBe(plain);
    expect(SCHEMA_FILES).toEqual(
      expect.arrayContaining([
        '../content.config.ts',
        '../schemas/article.ts',
        '../schemas/person.ts',
      ]),
    );
  });

  it('gives no key when an entry has no digest, so the page is always rendered', () => {
    expect(cacheKey([heat, entry('ice', undefined)])).toBeUndefined();
    expect(withCacheKey([heat, entry('ice', undefined)])).toEqual({});
    expect(withCacheKey([heat])).toEqual({ cacheKey: cacheKey([heat]) });
  });
});
