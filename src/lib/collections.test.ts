import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  articlesByTag,
  groupByKind,
  kindLabels,
  personName,
  publishedArticles,
  publishedProducts,
  type Article,
  type Product,
} from './collections.ts';

interface Draftable {
  id: string;
  data: { draft: boolean };
}

/** The content collections as Astro would give them, with drafts among them. */
const collections = vi.hoisted(() => ({
  articles: [] as Draftable[],
  products: [] as Draftable[],
  people: new Map<string, { data: { name: string } }>(),
}));

vi.mock('astro:content', () => ({
  getCollection: (name: 'articles' | 'products', filter: (entry: Draftable) => boolean) =>
    Promise.resolve(collections[name].filter(filter)),
  getEntry: (_name: 'people', id: string) => Promise.resolve(collections.people.get(id)),
}));

const article = (
  id: string,
  title: string,
  { kind = 'guide', tags = ['back pain'], draft = false } = {},
): Article => ({ id, data: { title, kind, tags, draft } }) as unknown as Article;

beforeEach(() => {
  collections.articles = [
    article('stretch', 'Stretching'),
    article('ice', 'ice packs'),
    article('draft', 'A draft', { draft: true }),
    article('heat', 'Heat'),
  ];
  collections.products = [
    { id: 'backrack', data: { draft: false } },
    { id: 'next-rack', data: { draft: true } },
  ];
  collections.people = new Map([['sam', { data: { name: 'Sam Reviewer' } }]]);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publishedArticles', () => {
  it('leaves drafts out of a build, and sorts by title as a reader would', async () => {
    vi.stubEnv('DEV', false);
    const titles = (await publishedArticles()).map((entry) => entry.data.title);
    expect(titles).toStrictEqual(['Heat', 'ice packs', 'Stretching']);
  });

  it('shows drafts while editing', async () => {
    vi.stubEnv('DEV', true);
    const ids = (await publishedArticles()).map((entry) => entry.id);
    expect(ids).toStrictEqual(['draft', 'heat', 'ice', 'stretch']);
  });
});

describe('publishedProducts', () => {
  it('leaves drafts out of a build and shows them while editing', async () => {
    vi.stubEnv('DEV', false);
    expect((await publishedProducts()).map((entry: Product) => entry.id)).toStrictEqual([
      'backrack',
    ]);
    vi.stubEnv('DEV', true);
    expect((await publishedProducts()).map((entry: Product) => entry.id)).toStrictEqual([
      'backrack',
      'next-rack',
    ]);
  });
});

describe('kindLabels', () => {
  it('names each kind of article as /articles/ heads its list', () => {
    expect(kindLabels).toStrictEqual({
      condition: 'About back spasms',
      treatment: 'Treatments and self-care',
      guide: 'Guides',
      'product-guide': 'Product guides',
    });
  });
});

describe('groupByKind', () => {
  it('groups articles in the order of the kinds, leaving out kinds with none', () => {
    const guide = article('g', 'A guide', { kind: 'guide' });
    const condition = article('c', 'A condition', { kind: 'condition' });
    const product = article('p', 'A product guide', { kind: 'product-guide' });
    const another = article('c2', 'Another condition', { kind: 'condition' });
    expect(groupByKind([guide, condition, product, another])).toStrictEqual([
      ['condition', [condition, another]],
      ['guide', [guide]],
      ['product-guide', [product]],
    ]);
  });
});

describe('articlesByTag', () => {
  it('keys tags by their URL slug, so differently written tags share a page under the first spelling', () => {
    const first = article('a', 'A', { tags: ['Lower back', 'heat'] });
    const second = article('b', 'B', { tags: ['lower back'] });
    const tags = articlesByTag([first, second]);
    expect([...tags.keys()]).toStrictEqual(['lower-back', 'heat']);
    expect(tags.get('lower-back')).toStrictEqual({
      label: 'Lower back',
      articles: [first, second],
    });
    expect(tags.get('heat')).toStrictEqual({ label: 'heat', articles: [first] });
  });
});

describe('personName', () => {
  it('gives the name of the person a page refers to', async () => {
    expect(await personName({ id: 'sam' })).toBe('Sam Reviewer');
  });

  it('names the missing person and the folder to add them to', async () => {
    await expect(personName({ id: 'alex' })).rejects.toThrow(
      new Error('No person "alex" in content/people/'),
    );
  });
});
