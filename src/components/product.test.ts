import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  confirmedFacts,
  detailRows,
  offerRows,
  retailerViews,
  type ProductFactData,
} from '../lib/product-view.ts';
import { checkBody } from '../compliance/built/testing.ts';
import { linksExternalRelPageRule } from '../compliance/built/rules/links-external-rel.ts';
import ProductDetails from './ProductDetails.astro';
import ProductOffer from './ProductOffer.astro';
import WhereToBuy from './WhereToBuy.astro';

/** The parts of the product page that show its facts, rendered as the layout renders them. */
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const confirmed: ProductFactData = {
  price: { amount: 24.5, currency: 'GBP' },
  availability: 'InStock',
  sku: 'TEST-2',
  retailers: [{ name: 'Example Shop', url: 'https://shop.example/test-rack' }],
  materials: 'Beech wood',
};
const unconfirmed: ProductFactData = {
  ...confirmed,
  unconfirmed: {
    price: { confirmWith: 'the maker' },
    sku: { confirmWith: 'the maker' },
    retailers: { confirmWith: 'the maker' },
  },
};

/** The text of the element carrying `attribute`, tags stripped. */
function textOf(html: string, attribute: string): string | undefined {
  const match = new RegExp(`<dd[^>]*\\b${attribute}\\b[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '').trim();
}

describe('ProductOffer', () => {
  it('shows a confirmed price as a price', async () => {
    const html = await container.renderToString(ProductOffer, {
      props: { rows: offerRows(confirmedFacts(confirmed)) },
    });
    expect(textOf(html, 'data-price')).toBe('£24.50');
    expect(html).not.toContain('data-pending');
  });

  it('shows an unconfirmed price as "Price to be confirmed", and no amount at all', async () => {
    const html = await container.renderToString(ProductOffer, {
      props: { rows: offerRows(confirmedFacts(unconfirmed)) },
    });
    expect(textOf(html, 'data-price')).toBe('Price to be confirmed');
    expect(html).not.toMatch(/£|24\.50|TEST-2/);
    expect(html.match(/data-pending/g)).toHaveLength(2);
  });
});

describe('WhereToBuy', () => {
  it('gives each confirmed seller a button to its site that says it is another website', async () => {
    const html = await container.renderToString(WhereToBuy, {
      props: { productName: 'Test rack', retailers: retailerViews(confirmedFacts(confirmed)) },
    });
    expect(html).toMatch(
      /<a href="https:\/\/shop\.example\/test-rack" rel="noopener noreferrer"[^>]*>\s*Buy from Example Shop/,
    );
    expect(html).toContain('That is another website');
    expect(html).not.toContain('data-no-retailer');
  });

  it('passes the built-page rule links/external-rel, which a bare link would fail', async () => {
    const html = await container.renderToString(WhereToBuy, {
      props: { productName: 'Test rack', retailers: retailerViews(confirmedFacts(confirmed)) },
    });
    expect(checkBody(linksExternalRelPageRule, html)).toEqual([]);
    const bare = html
      .replace(/ rel="[^"]*"/, '')
      .replace(/<span class="sr-only">[^<]*<\/span>/, '');
    expect(checkBody(linksExternalRelPageRule, bare).map((finding) => finding.message)).toEqual([
      'link "https://shop.example/test-rack" to another website has no rel="noopener noreferrer" and does not say "another website" in its text',
    ]);
  });

  it('says plainly that no seller is confirmed, and links nowhere', async () => {
    const html = await container.renderToString(WhereToBuy, {
      props: { productName: 'Test rack', retailers: retailerViews(confirmedFacts(unconfirmed)) },
    });
    expect(html).toContain('We have not yet confirmed where you can buy the Test rack.');
    expect(html).not.toMatch(/<a\s/);
  });
});

describe('ProductDetails', () => {
  it('is a table of the given facts, and absent when there are none', async () => {
    const html = await container.renderToString(ProductDetails, {
      props: { rows: detailRows(confirmedFacts(confirmed)) },
    });
    expect(html).toMatch(/<th scope="row"[^>]*>\s*Materials\s*<\/th>\s*<td[^>]*>\s*Beech wood/);
    const empty = await container.renderToString(ProductDetails, {
      props: { rows: detailRows(confirmedFacts({})) },
    });
    expect(empty.trim()).toBe('');
  });
});
