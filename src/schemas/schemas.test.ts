import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from './article.ts';
import { personSchema } from './person.ts';
import { productSchema } from './product.ts';
import { personIdPattern } from './shared.ts';

// Stand-ins for Astro's image() and reference('people'), as tools outside Astro use them.
const helpers = { image: z.string(), person: z.string().regex(personIdPattern) };
const articles = articleSchema(helpers);
const products = productSchema(helpers);

const validArticle = {
  title: 'What is a back muscle spasm?',
  description:
    'A back spasm is a sudden tightening of the muscles in your back. Learn how it feels and how long it lasts.',
  kind: 'condition',
  publishedAt: new Date('2026-11-25'),
  reviewedAt: '2026-11-25',
  reviewedBy: 'editorial-team',
  author: 'editorial-team',
  tags: ['back spasm'],
  sources: [
    { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/back-pain/' },
  ],
};

/** The paths of the fields that failed, e.g. ["sources.0.url"]. */
function failedPaths(result: { success: boolean; error?: z.ZodError }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('article frontmatter', () => {
  it('accepts a complete article and fills in draft: false', () => {
    const result = articles.safeParse(validArticle);
    expect(result.success).toBe(true);
    expect(result.data?.draft).toBe(false);
    expect(result.data?.reviewedAt).toEqual(new Date('2026-11-25'));
  });

  it('rejects an unknown or mistyped field', () => {
    const result = articles.safeParse({ ...validArticle, reviewedby: 'editorial-team' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('names each missing field', () => {
    const incomplete: Partial<typeof validArticle> = { ...validArticle };
    delete incomplete.sources;
    delete incomplete.kind;
    expect(failedPaths(articles.safeParse(incomplete)).sort()).toEqual(['kind', 'sources']);
  });

  it('keeps titles and descriptions within search-result lengths', () => {
    expect(failedPaths(articles.safeParse({ ...validArticle, title: 'Too short' }))).toEqual([
      'title',
    ]);
    expect(
      failedPaths(articles.safeParse({ ...validArticle, description: 'x'.repeat(161) })),
    ).toEqual(['description']);
  });

  it('rejects a date that is not a date', () => {
    expect(
      failedPaths(articles.safeParse({ ...validArticle, reviewedAt: 'last Tuesday' })),
    ).toEqual(['reviewedAt']);
  });

  it('rejects an unknown kind, no tags and no sources', () => {
    const result = articles.safeParse({ ...validArticle, kind: 'news', tags: [], sources: [] });
    expect(failedPaths(result).sort()).toEqual(['kind', 'sources', 'tags']);
  });

  it('rejects sources that are not https', () => {
    const sources = [{ title: 'Back pain', publisher: 'NHS', url: 'http://www.nhs.uk/' }];
    expect(failedPaths(articles.safeParse({ ...validArticle, sources }))).toEqual([
      'sources.0.url',
    ]);
  });

  it('requires the hero picture to have alt text, and leaves judging it to a11y/img-alt', () => {
    const noAlt = { src: './images/a.svg' };
    expect(failedPaths(articles.safeParse({ ...validArticle, hero: noAlt }))).toEqual(['hero.alt']);
    expect(
      articles.safeParse({ ...validArticle, hero: { src: './images/a.svg', alt: 'image' } })
        .success,
    ).toBe(true);
    const hero = {
      src: './images/a.svg',
      alt: 'A side view of a back with the lower muscles shaded',
    };
    expect(articles.safeParse({ ...validArticle, hero }).success).toBe(true);
  });
});

describe('product frontmatter', () => {
  const validProduct = {
    name: 'Backrack',
    description:
      'A rigid rack with rows of raised nodules that you lie on. What it is, how the maker suggests using it, and the evidence.',
    price: { amount: 49.99, currency: 'GBP' },
    sku: 'BR-001',
    availability: 'InStock',
    images: [{ src: './images/backrack.svg', alt: 'A rigid rack with two rows of nodules' }],
    tags: ['backrack'],
    publishedAt: '2026-11-25',
    reviewedAt: '2026-11-25',
    reviewedBy: 'editorial-team',
    author: 'editorial-team',
    sources: validArticle.sources,
  };

  it('accepts a complete product', () => {
    expect(products.safeParse(validProduct).success).toBe(true);
  });

  it('rejects a price without a proper currency code or amount', () => {
    const result = products.safeParse({ ...validProduct, price: { amount: -1, currency: '£' } });
    expect(failedPaths(result).sort()).toEqual(['price.amount', 'price.currency']);
  });

  it('only accepts availability values that schema.org knows', () => {
    expect(failedPaths(products.safeParse({ ...validProduct, availability: 'Soon' }))).toEqual([
      'availability',
    ]);
  });

  it('needs a price, SKU and availability unless each is listed as unconfirmed', () => {
    const rest: Partial<typeof validProduct> = { ...validProduct };
    delete rest.price;
    delete rest.sku;
    expect(failedPaths(products.safeParse(rest)).sort()).toEqual(['price', 'sku']);
    const marked = {
      ...rest,
      unconfirmed: { price: { confirmWith: 'the maker' }, sku: { confirmWith: 'the maker' } },
    };
    expect(products.safeParse(marked).success).toBe(true);
  });

  it('names who must confirm an unconfirmed fact, and knows only product facts', () => {
    const unconfirmed = { price: {}, colour: { confirmWith: 'the maker' } };
    const result = products.safeParse({ ...validProduct, unconfirmed });
    expect(failedPaths(result).sort()).toEqual(['unconfirmed', 'unconfirmed.price.confirmWith']);
  });

  it('takes sellers with https links, and the facts a buyer expects', () => {
    const complete = {
      ...validProduct,
      retailers: [{ name: 'Example Shop', url: 'https://shop.example/rack' }],
      dimensions: { length: 70, width: 25, height: 4, unit: 'cm' },
      weight: { value: 1.2, unit: 'kg' },
      materials: 'Beech wood',
      inTheBox: ['the rack'],
      care: 'Wipe with a damp cloth.',
      warranty: 'One year from the maker.',
      returns: 'Within 30 days, unused.',
    };
    expect(products.safeParse(complete).success).toBe(true);
    const insecure = {
      ...validProduct,
      retailers: [{ name: 'Shop', url: 'http://shop.example/' }],
    };
    expect(failedPaths(products.safeParse(insecure))).toEqual(['retailers.0.url']);
    expect(failedPaths(products.safeParse({ ...validProduct, retailers: [] }))).toEqual([
      'retailers',
    ]);
  });
});

describe('people', () => {
  it('needs a name and a role, and nothing unknown', () => {
    expect(personSchema.safeParse({ name: 'Editorial team', role: 'Editors' }).success).toBe(true);
    expect(personSchema.safeParse({ name: 'Editorial team' }).success).toBe(false);
    expect(
      personSchema.safeParse({ name: 'Editorial team', role: 'Editors', rating: 5 }).success,
    ).toBe(false);
  });
});
