import type { RSSFeedItem } from '@astrojs/rss';
import { articlePath } from './urls.ts';

/** What a feed item needs from an article; an Astro collection entry fits. */
export interface FeedArticle {
  id: string;
  data: { title: string; description: string; publishedAt: Date };
}

/**
 * One RSS item per article, newest first (by `publishedAt`; the same day by
 * title, so the feed does not change order between builds).
 */
export function feedItems(articles: readonly FeedArticle[]): RSSFeedItem[] {
  return [...articles]
    .sort(
      (a, b) =>
        b.data.publishedAt.getTime() - a.data.publishedAt.getTime() ||
        a.data.title.localeCompare(b.data.title, 'en-GB'),
    )
    .map(({ id, data }) => ({
      title: data.title,
      description: data.description,
      link: articlePath(id),
      pubDate: data.publishedAt,
    }));
}
