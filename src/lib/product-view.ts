import type { Product, WithContext } from 'schema-dts';
import {
  productFacts,
  type Dimensions,
  type Price,
  type ProductFact,
  type Retailer,
  type UnconfirmedEntry,
  type Weight,
} from '../schemas/product-facts.ts';
import type { Availability } from '../schemas/product.ts';
import { productJsonLd } from './structured-data.ts';

/**
 * What a product page shows and tells search engines, worked out from its
 * frontmatter in one place. An unconfirmed fact is removed here, before
 * anything is shown or serialised, so no part of the page can state it.
 */

/** The fact fields of a product's frontmatter (the collection entry's data fits). */
export interface ProductFactData {
  price?: Price | undefined;
  availability?: Availability | undefined;
  sku?: string | undefined;
  brand?: string | undefined;
  retailers?: readonly Retailer[] | undefined;
  dimensions?: Dimensions | undefined;
  weight?: Weight | undefined;
  materials?: string | undefined;
  inTheBox?: readonly string[] | undefined;
  care?: string | undefined;
  warranty?: string | undefined;
  returns?: string | undefined;
  unconfirmed?: Partial<Record<ProductFact, UnconfirmedEntry | undefined>> | undefined;
}

export type ConfirmedFactData = Omit<ProductFactData, 'unconfirmed'>;

export interface ConfirmedFacts {
  /** Only the facts that may be stated as true. */
  facts: ConfirmedFactData;
  /** Facts listed under `unconfirmed`, whatever value the file holds for them. */
  pending: ReadonlySet<ProductFact>;
}

export function confirmedFacts(data: ProductFactData): ConfirmedFacts {
  const pending = new Set(productFacts.filter((fact) => data.unconfirmed?.[fact] !== undefined));
  const facts: ConfirmedFactData = {};
  for (const fact of productFacts) {
    if (!pending.has(fact) && data[fact] !== undefined)
      Object.assign(facts, { [fact]: data[fact] });
  }
  return { facts, pending };
}

/** Shown instead of any fact that is not confirmed. */
export const TO_BE_CONFIRMED = 'To be confirmed';
/** Shown instead of an unconfirmed price, so no one can read it as a price. */
export const PRICE_TO_BE_CONFIRMED = 'Price to be confirmed';

export interface FactRow {
  fact: ProductFact;
  label: string;
  /** The text to show; a list (what is in the box) is shown as one. */
  value: string | readonly string[];
  /** True when the value is "to be confirmed" rather than a fact. */
  pending: boolean;
}

export const formatPrice = (price: Price): string =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: price.currency }).format(
    price.amount,
  );

const number = (value: number): string =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);

export const formatDimensions = ({ length, width, height, unit }: Dimensions): string =>
  `${number(length)} × ${number(width)} × ${number(height)} ${unit} (length × width × height)`;

export const formatWeight = ({ value, unit }: Weight): string => `${number(value)} ${unit}`;

export const availabilityLabels: Record<Availability, string> = {
  InStock: 'In stock',
  OutOfStock: 'Out of stock',
  PreOrder: 'Available to pre-order',
  Discontinued: 'No longer sold',
};

const labels: Record<ProductFact, string> = {
  price: 'Price',
  availability: 'Availability',
  sku: 'Product code',
  brand: 'Made by',
  retailers: 'Where to buy',
  dimensions: 'Size',
  weight: 'Weight',
  materials: 'Materials',
  inTheBox: 'In the box',
  care: 'Care',
  warranty: 'Warranty',
  returns: 'Returns',
};

function shown(facts: ConfirmedFactData, fact: ProductFact): string | readonly string[] | null {
  switch (fact) {
    case 'price':
      return facts.price ? formatPrice(facts.price) : null;
    case 'availability':
      return facts.availability ? availabilityLabels[facts.availability] : null;
    case 'dimensions':
      return facts.dimensions ? formatDimensions(facts.dimensions) : null;
    case 'weight':
      return facts.weight ? formatWeight(facts.weight) : null;
    case 'retailers':
      return null; // the "Where to buy" section shows them, with their links
    default:
      return facts[fact] ?? null;
  }
}

function rows({ facts, pending }: ConfirmedFacts, wanted: readonly ProductFact[]): FactRow[] {
  return wanted.flatMap((fact): FactRow[] => {
    if (pending.has(fact)) {
      const value = fact === 'price' ? PRICE_TO_BE_CONFIRMED : TO_BE_CONFIRMED;
      return [{ fact, label: labels[fact], value, pending: true }];
    }
    const value = shown(facts, fact);
    return value === null ? [] : [{ fact, label: labels[fact], value, pending: false }];
  });
}

/** The facts in the box beside the picture: price, availability and product code. */
const OFFER_FACTS: readonly ProductFact[] = ['price', 'availability', 'sku'];

/** The box beside the picture. */
export const offerRows = (confirmed: ConfirmedFacts): FactRow[] => rows(confirmed, OFFER_FACTS);

/**
 * The "Product details" table: every other fact but the sellers (which have a
 * section of their own), only where given or awaiting confirmation.
 */
export const detailRows = (confirmed: ConfirmedFacts): FactRow[] =>
  rows(
    confirmed,
    productFacts.filter((fact) => !OFFER_FACTS.includes(fact) && fact !== 'retailers'),
  );

export interface RetailerView {
  name: string;
  url: string;
  /** That seller's price, or the product's confirmed price; none when neither is known. */
  price?: string | undefined;
}

/** Confirmed sellers only: an empty list means the page must say none is confirmed. */
export const retailerViews = ({ facts }: ConfirmedFacts): RetailerView[] =>
  (facts.retailers ?? []).map((retailer) => {
    const price = retailer.price ?? facts.price;
    return {
      name: retailer.name,
      url: retailer.url,
      price: price ? formatPrice(price) : undefined,
    };
  });

export interface ProductPage {
  url: string;
  name: string;
  description: string;
  imageUrls: readonly string[];
}

/** The Product JSON-LD from confirmed facts only. */
export function productPageJsonLd(
  page: ProductPage,
  confirmed: ConfirmedFacts,
): WithContext<Product> {
  const { facts } = confirmed;
  return productJsonLd({
    ...page,
    sku: facts.sku,
    brand: facts.brand,
    price: facts.price,
    availability: facts.availability,
    retailers: facts.retailers,
  });
}
