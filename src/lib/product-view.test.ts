import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../compliance/core/frontmatter.ts';
import { productSchema } from '../schemas/product.ts';
import {
  confirmedFacts,
  detailRows,
  offerRows,
  PRICE_TO_BE_CONFIRMED,
  productPageJsonLd,
  retailerViews,
  TO_BE_CONFIRMED,
  type ProductFactData,
} from './product-view.ts';

/** A test-only product file, read and validated as the site would. */
function fixture(name: string) {
  const source = readFileSync(
    join(import.meta.dirname, '../../test/fixtures/products', name),
    'utf8',
  );
  const schema = productSchema({ image: z.string(), person: z.string() });
  return schema.parse(parseFrontmatter(source).data);
}

const page = {
  url: 'https://example.org/products/test-rack/',
  name: 'Test rack',
  description: 'A rack used in tests.',
  imageUrls: ['https://example.org/rack.png'],
};

describe('a product whose facts are confirmed', () => {
  const confirmed = confirmedFacts(fixture('confirmed.mdx'));

  it('shows the price, availability and product code as facts', () => {
    expect(offerRows(confirmed)).toEqual([
      { fact: 'price', label: 'Price', value: '£24.50', pending: false },
      { fact: 'availability', label: 'Availability', value: 'In stock', pending: false },
      { fact: 'sku', label: 'Product code', value: 'TEST-2', pending: false },
    ]);
  });

  it('gives the price to search engines, at the seller’s page and naming the seller', () => {
    expect(productPageJsonLd(page, confirmed)).toMatchObject({
      sku: 'TEST-2',
      brand: { name: 'Test Maker' },
      offers: [
        {
          url: 'https://shop.example/test-rack',
          price: '24.50',
          priceCurrency: 'GBP',
          availability: 'https://schema.org/InStock',
          seller: { '@type': 'Organization', name: 'Example Shop' },
        },
      ],
    });
  });

  it('lists only the buyer facts it gives, formatted, and the seller with its price', () => {
    expect(detailRows(confirmed).map((row) => [row.label, row.value])).toEqual([
      ['Made by', 'Test Maker'],
      ['Size', '70 × 25 × 4 cm (length × width × height)'],
      ['Weight', '1.2 kg'],
      ['Materials', 'Beech wood'],
      ['In the box', ['the rack', 'a cotton cover']],
    ]);
    expect(retailerViews(confirmed)).toEqual([
      { name: 'Example Shop', url: 'https://shop.example/test-rack', price: '£24.50' },
    ]);
  });
});

describe('a product whose price and code are unconfirmed', () => {
  const data = fixture('unconfirmed.mdx');
  const confirmed = confirmedFacts(data);

  it('holds a placeholder price in the file, but states it nowhere', () => {
    expect(data.price).toEqual({ amount: 10, currency: 'GBP' });
    expect(confirmed.facts).not.toHaveProperty('price');
    expect(JSON.stringify(productPageJsonLd(page, confirmed))).not.toMatch(/"price"|10\.00/);
  });

  it('says "Price to be confirmed" instead of a price, and the code is to be confirmed', () => {
    expect(offerRows(confirmed)).toEqual([
      { fact: 'price', label: 'Price', value: PRICE_TO_BE_CONFIRMED, pending: true },
      { fact: 'availability', label: 'Availability', value: 'In stock', pending: false },
      { fact: 'sku', label: 'Product code', value: TO_BE_CONFIRMED, pending: true },
    ]);
  });

  it('gives search engines no offer, since no price or seller is confirmed', () => {
    const jsonLd = productPageJsonLd(page, confirmed);
    expect(jsonLd).not.toHaveProperty('offers');
    expect(jsonLd).not.toHaveProperty('sku');
  });
});

describe('confirmedFacts', () => {
  const data: ProductFactData = {
    price: { amount: 30, currency: 'GBP' },
    retailers: [{ name: 'Shop A', url: 'https://a.example/rack' }],
    weight: { value: 2, unit: 'kg' },
    unconfirmed: { retailers: { confirmWith: 'the maker' }, weight: { confirmWith: 'the maker' } },
  };
  const confirmed = confirmedFacts(data);

  it('drops an unconfirmed seller, so the page names none and search engines get none', () => {
    expect(retailerViews(confirmed)).toEqual([]);
    expect(productPageJsonLd(page, confirmed).offers).toEqual([
      expect.not.objectContaining({ seller: expect.anything() }),
    ]);
  });

  it('shows an unconfirmed buyer fact as to be confirmed, and leaves out unset ones', () => {
    expect(detailRows(confirmed)).toEqual([
      { fact: 'weight', label: 'Weight', value: TO_BE_CONFIRMED, pending: true },
    ]);
    expect(detailRows(confirmedFacts({}))).toEqual([]);
  });
});

describe('what a shopper reads', () => {
  it('keeps only the facts that are given, with no empty entries', () => {
    expect(confirmedFacts({ sku: 'RACK-1', care: undefined }).facts).toStrictEqual({
      sku: 'RACK-1',
    });
  });

  it('writes "Price to be confirmed" and "To be confirmed" for facts awaiting the maker', () => {
    const pending = confirmedFacts({
      price: { amount: 10, currency: 'GBP' },
      sku: 'X',
      unconfirmed: { price: { confirmWith: 'the maker' }, sku: { confirmWith: 'the maker' } },
    });
    expect(offerRows(pending).map((row) => row.value)).toStrictEqual([
      'Price to be confirmed',
      'To be confirmed',
    ]);
  });

  it.each([
    ['InStock', 'In stock'],
    ['OutOfStock', 'Out of stock'],
    ['PreOrder', 'Available to pre-order'],
    ['Discontinued', 'No longer sold'],
  ] as const)('says %s as "%s"', (availability, label) => {
    expect(offerRows(confirmedFacts({ availability }))).toStrictEqual([
      { fact: 'availability', label: 'Availability', value: label, pending: false },
    ]);
  });

  it('labels care, warranty and returns, and rounds sizes and weights to two decimals', () => {
    const rows = detailRows(
      confirmedFacts({
        dimensions: { length: 70.125, width: 25, height: 4.5, unit: 'cm' },
        weight: { value: 1.2345, unit: 'kg' },
        care: 'Wipe clean.',
        warranty: 'Two years.',
        returns: 'Within 30 days.',
      }),
    );
    expect(rows.map((row) => [row.label, row.value])).toStrictEqual([
      ['Size', '70.13 × 25 × 4.5 cm (length × width × height)'],
      ['Weight', '1.23 kg'],
      ['Care', 'Wipe clean.'],
      ['Warranty', 'Two years.'],
      ['Returns', 'Within 30 days.'],
    ]);
  });
});
