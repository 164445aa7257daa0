import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { articleKinds, type ArticleKind } from '../schemas/article.ts';
import { tagSlug } from './urls.ts';

export type Article = CollectionEntry<'articles'>;
export type Product = CollectionEntry<'products'>;
export type PersonEntry = CollectionEntry<'people'>;

/** Drafts are shown while editing (`npm run dev`) and never published. */
const isPublishable = (entry: { data: { draft: boolean } }): boolean =>
  import.meta.env.DEV || !entry.data.draft;

const byTitle = (a: Article, b: Article): number =>
  a.data.title.localeCompare(b.data.title, 'en-GB');

export async function publishedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', isPublishable);
  return articles.sort(byTitle);
}

export async function publishedProducts(): Promise<Product[]> {
  return getCollection('products', isPublishable);
}

/** Human labels for each article kind, in the order /articles/ lists them. */
export const kindLabels: Record<ArticleKind, string> = {
  condition: 'About back spasms',
  treatment: 'Treatments and self-care',
  guide: 'Guides',
  'product-guide': 'Product guides',
};

export function groupByKind(articles: readonly Article[]): [ArticleKind, Article[]][] {
  return articleKinds
    .map((kind): [ArticleKind, Article[]] => [
      kind,
      articles.filter((article) => article.data.kind === kind),
    ])
    .filter(([, group]) => group.length > 0);
}

export interface TagGroup {
  /** The tag as an editor first wrote it. */
  label: string;
  articles: Article[];
}

/** Every tag used by a published article, keyed by its URL slug, so "Lower back" and "lower back" share a page. */
export function articlesByTag(articles: readonly Article[]): Map<string, TagGroup> {
  const tags = new Map<string, TagGroup>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      const slug = tagSlug(tag);
      const group = tags.get(slug) ?? { label: tag, articles: [] };
      group.articles.push(article);
      tags.set(slug, group);
    }
  }
  return tags;
}

/** The people a page names as an entry's author and reviewer, for the page's cache key. */
export async function peopleNamedBy(entry: {
  data: { author: { id: string }; reviewedBy: { id: string } };
}): Promise<PersonEntry[]> {
  const people = await Promise.all(
    [entry.data.author.id, entry.data.reviewedBy.id].map((id) => getEntry('people', id)),
  );
  return people.filter((person) => person !== undefined);
}

export async function personName(reference: { id: string }): Promise<string> {
  const person = await getEntry('people', reference.id);
  if (!person) {
    throw new Error(`No person "${reference.id}" in content/people/`);
  }
  return person.data.name;
}
