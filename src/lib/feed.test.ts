import { describe, expect, it } from 'vitest';
import { feedItems, type FeedArticle } from './feed.ts';

const article = (id: string, title: string, publishedAt: string): FeedArticle => ({
  id,
  data: {
    title,
    description: `About ${title}`,
    publishedAt: new Date(`${publishedAt}T00:00:00Z`),
  },
});

describe('feedItems', () => {
  it('lists articles newest first, by title within a day, linking to their pages', () => {
    const items = feedItems([
      article('old', 'Old news', '2026-01-01'),
      article('b', 'Bravo', '2026-11-25'),
      article('a', 'Alpha', '2026-11-25'),
    ]);
    expect(items.map((item) => item.link)).toEqual([
      '/articles/a/',
      '/articles/b/',
      '/articles/old/',
    ]);
    expect(items[0]).toEqual({
      title: 'Alpha',
      description: 'About Alpha',
      link: '/articles/a/',
      pubDate: new Date('2026-11-25T00:00:00Z'),
    });
  });
});
