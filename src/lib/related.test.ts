import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedCandidate } from './related.ts';

const article = (id: string, kind: string, tags: string[], title = id): RelatedCandidate => ({
  id,
  data: { title, kind, tags },
});

const ids = (articles: readonly RelatedCandidate[]): string[] => articles.map(({ id }) => id);

describe('relatedArticles', () => {
  const current = article('current', 'treatment', ['back spasm', 'heat', 'self-care']);

  it('ranks by the number of shared tags first', () => {
    const all = [
      current,
      article('one-tag', 'treatment', ['heat']),
      article('three-tags', 'condition', ['back spasm', 'heat', 'self-care']),
      article('two-tags', 'guide', ['heat', 'self-care']),
    ];
    expect(ids(relatedArticles(current, all))).toEqual(['three-tags', 'two-tags', 'one-tag']);
  });

  it('puts the same kind first among equal tag counts, then sorts by title', () => {
    const all = [
      article('b', 'condition', ['heat'], 'Bravo'),
      article('a', 'condition', ['heat'], 'Alpha'),
      article('c', 'treatment', ['heat'], 'Charlie'),
    ];
    expect(ids(relatedArticles(current, all))).toEqual(['c', 'a', 'b']);
  });

  it('never lists the article itself and shows at most three', () => {
    const all = [
      current,
      ...['a', 'b', 'c', 'd', 'e'].map((id) => article(id, 'treatment', ['back spasm'])),
    ];
    const related = relatedArticles(current, all);
    expect(ids(related)).toEqual(['a', 'b', 'c']);
    expect(ids(relatedArticles(current, all, 1))).toEqual(['a']);
  });

  it('compares tags as their pages do, so capitals and spaces do not matter', () => {
    const all = [
      article('same-tag', 'guide', ['Back Spasm']),
      article('other-tag', 'guide', ['posture']),
    ];
    expect(ids(relatedArticles(current, all))).toEqual(['same-tag']);
  });

  it('counts a tag written twice once', () => {
    const all = [
      article('repeats', 'guide', ['heat', 'Heat']),
      article('two', 'guide', ['heat', 'self-care']),
    ];
    expect(ids(relatedArticles(current, all))).toEqual(['two', 'repeats']);
  });

  it('leaves out an article of another kind that shares no tag', () => {
    const all = [
      article('same-kind', 'treatment', ['posture']),
      article('unrelated', 'condition', ['sciatica']),
    ];
    expect(ids(relatedArticles(current, all))).toEqual(['same-kind']);
  });

  it('lists nothing when there is nothing else', () => {
    expect(relatedArticles(current, [current])).toEqual([]);
  });
});
