import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  faqPageJsonLd,
  medicalWebPageJsonLd,
  productJsonLd,
  serializeJsonLd,
} from './structured-data.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('medicalWebPageJsonLd', () => {
  const page = medicalWebPageJsonLd({
    url: 'https://example.org/articles/a/',
    siteUrl: 'https://example.org/',
    title: 'A title',
    description: 'A description',
    publishedAt: day('2026-01-02'),
    reviewedAt: day('2026-03-04'),
    reviewerName: 'Editorial team',
    authorName: 'Editorial team',
    about: ['back spasm'],
    sources: [{ title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' }],
  });

  it('states when and by whom the page was reviewed', () => {
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-03-04',
      reviewedBy: { name: 'Editorial team' },
    });
  });

  it('uses the publication date as the modified date when never updated', () => {
    expect(page).toMatchObject({ datePublished: '2026-01-02', dateModified: '2026-01-02' });
  });

  it('lists its sources as citations', () => {
    expect(page).toMatchObject({ citation: [{ name: 'Back pain' }] });
  });
});

describe('productJsonLd', () => {
  const page = {
    url: 'https://example.org/products/backrack/',
    name: 'Backrack',
    description: 'A rack you lie on.',
    imageUrls: ['https://example.org/a.png'],
  };
  const product = productJsonLd({
    ...page,
    sku: 'BR-001',
    price: { amount: 49.9, currency: 'GBP' },
    availability: 'InStock',
  });

  it('offers the price with two decimals, its currency and availability, at this page', () => {
    expect(product).toMatchObject({
      sku: 'BR-001',
      offers: [
        {
          '@type': 'Offer',
          url: 'https://example.org/products/backrack/',
          price: '49.90',
          priceCurrency: 'GBP',
          availability: 'https://schema.org/InStock',
        },
      ],
    });
  });

  it('names the product, describes it and lists its pictures, at this page', () => {
    expect(product).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Backrack',
      description: 'A rack you lie on.',
      url: 'https://example.org/products/backrack/',
      image: ['https://example.org/a.png'],
    });
  });

  it('names no seller when none is known', () => {
    expect(product.offers).toEqual([expect.not.objectContaining({ seller: expect.anything() })]);
  });

  it('makes each seller an Offer at its own page, with its own price or the product’s', () => {
    const sold = productJsonLd({
      ...page,
      price: { amount: 30, currency: 'GBP' },
      retailers: [
        { name: 'Shop A', url: 'https://a.example/rack' },
        { name: 'Shop B', url: 'https://b.example/rack', price: { amount: 28, currency: 'GBP' } },
      ],
    });
    expect(sold.offers).toEqual([
      {
        '@type': 'Offer',
        url: 'https://a.example/rack',
        price: '30.00',
        priceCurrency: 'GBP',
        seller: { '@type': 'Organization', name: 'Shop A' },
      },
      {
        '@type': 'Offer',
        url: 'https://b.example/rack',
        price: '28.00',
        priceCurrency: 'GBP',
        seller: { '@type': 'Organization', name: 'Shop B' },
      },
    ]);
  });

  it('leaves out what it is not given: no price means no offer, and no SKU or availability', () => {
    const bare = productJsonLd(page);
    expect(bare).not.toHaveProperty('offers');
    expect(bare).not.toHaveProperty('sku');
    const sellerOnly = productJsonLd({
      ...page,
      retailers: [{ name: 'Shop A', url: 'https://a.example/rack' }],
    });
    expect(sellerOnly.offers).toEqual([
      {
        '@type': 'Offer',
        url: 'https://a.example/rack',
        seller: { '@type': 'Organization', name: 'Shop A' },
      },
    ]);
  });

  it('never adds ratings or reviews of its own', () => {
    expect(product).not.toHaveProperty('aggregateRating');
    expect(product).not.toHaveProperty('review');
  });

  it('leaves out the brand when none is known', () => {
    expect(product).not.toHaveProperty('brand');
  });
});

describe('faqPageJsonLd and breadcrumbJsonLd', () => {
  it('turns each question into a Question with its answer', () => {
    const faq = faqPageJsonLd('https://example.org/x/', [
      { question: 'How often?', answer: 'The maker suggests twice a week.' },
    ]);
    expect(faq.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'How often?',
        acceptedAnswer: { '@type': 'Answer', text: 'The maker suggests twice a week.' },
      },
    ]);
  });

  it('numbers crumbs from 1 and makes their paths absolute', () => {
    const trail = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'Articles', path: '/articles/' },
      ],
      'https://example.org/articles/',
    );
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://example.org/articles/' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed early by text containing a script end tag', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
