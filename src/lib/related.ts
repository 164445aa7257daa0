import { tagSlug } from './urls.ts';

/** What ranking needs to know about an article; an Astro collection entry fits. */
export interface RelatedCandidate {
  id: string;
  data: { title: string; kind: string; tags: readonly string[] };
}

/** How many related articles an article shows. */
export const RELATED_LIMIT = 3;

const tagSet = (article: RelatedCandidate): Set<string> => new Set(article.data.tags.map(tagSlug));

/**
 * Up to `limit` other articles, most related first: by the number of tags
 * shared with `current` (compared as in tag URLs, so "Lower back" and
 * "lower back" are one tag), then those of the same kind, then by title.
 * An article that shares no tag and is of another kind is not related.
 */
export function relatedArticles<T extends RelatedCandidate>(
  current: RelatedCandidate,
  articles: readonly T[],
  limit = RELATED_LIMIT,
): T[] {
  const tags = tagSet(current);
  return articles
    .filter((article) => article.id !== current.id)
    .map((article) => ({
      article,
      shared: [...tagSet(article)].filter((tag) => tags.has(tag)).length,
      sameKind: article.data.kind === current.data.kind,
    }))
    .filter(({ shared, sameKind }) => shared > 0 || sameKind)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        Number(b.sameKind) - Number(a.sameKind) ||
        a.article.data.title.localeCompare(b.article.data.title, 'en-GB'),
    )
    .slice(0, Math.max(0, limit))
    .map(({ article }) => article);
}
