import type {
  BreadcrumbList,
  FAQPage,
  MedicalWebPage,
  Offer,
  Organization,
  Product,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { Availability } from '../schemas/product.ts';
import type { FaqEntry } from '../schemas/shared.ts';
import { SITE_LOCALE, SITE_NAME } from '../site.config.ts';
import { isoDate } from './dates.ts';

/**
 * JSON-LD for search engines, built from frontmatter only. Nothing here
 * invents ratings, reviews or endorsements: only what the page states.
 */

/** One step of a breadcrumb trail: a name and a site-relative path. */
export interface Crumb {
  name: string;
  path: string;
}

const publisher = (siteUrl: string): Organization => ({
  '@type': 'Organization',
  name: SITE_NAME,
  url: siteUrl,
});

export function websiteJsonLd(siteUrl: string, description: string): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: siteUrl,
    description,
    inLanguage: SITE_LOCALE,
  };
}

export interface MedicalPageInput {
  url: string;
  siteUrl: string;
  title: string;
  description: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  reviewedAt: Date;
  reviewerName: string;
  authorName: string;
  /** What the page is about, e.g. its tags. */
  about: readonly string[];
  sources: readonly { title: string; url: string }[];
}

export function medicalWebPageJsonLd(page: MedicalPageInput): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: SITE_LOCALE,
    datePublished: isoDate(page.publishedAt),
    dateModified: isoDate(page.updatedAt ?? page.publishedAt),
    lastReviewed: isoDate(page.reviewedAt),
    reviewedBy: { '@type': 'Organization', name: page.reviewerName },
    author: { '@type': 'Organization', name: page.authorName },
    publisher: publisher(page.siteUrl),
    about: page.about.map((name) => ({ '@type': 'Thing', name })),
    citation: page.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      url: source.url,
    })),
  };
}

/** A shop that sells the product, as the page names it. */
export interface RetailerInput {
  name: string;
  url: string;
  price?: { amount: number; currency: string } | undefined;
}

/**
 * Only confirmed facts belong here: a value left out (an unconfirmed price,
 * SKU or availability) is left out of the data too, never guessed.
 */
export interface ProductInput {
  url: string;
  name: string;
  description: string;
  sku?: string | undefined;
  brand?: string | undefined;
  imageUrls: readonly string[];
  price?: { amount: number; currency: string } | undefined;
  availability?: Availability | undefined;
  /** Confirmed sellers; each becomes an Offer whose url is the seller's page. */
  retailers?: readonly RetailerInput[] | undefined;
}

function offer(
  url: string,
  price: ProductInput['price'],
  availability: Availability | undefined,
  seller?: string,
): Offer {
  return {
    '@type': 'Offer',
    url,
    ...(price ? { price: price.amount.toFixed(2), priceCurrency: price.currency } : {}),
    ...(availability ? { availability: `https://schema.org/${availability}` } : {}),
    ...(seller ? { seller: { '@type': 'Organization', name: seller } } : {}),
  };
}

/**
 * One Offer for each confirmed seller, at the seller's own page. With no
 * seller but a confirmed price, one Offer at this page (which states the
 * price) and no seller, since none is known. With neither, no Offer at all.
 */
function offers(product: ProductInput): Offer[] {
  const retailers = product.retailers ?? [];
  if (retailers.length > 0) {
    return retailers.map((retailer) =>
      offer(retailer.url, retailer.price ?? product.price, product.availability, retailer.name),
    );
  }
  return product.price ? [offer(product.url, product.price, product.availability)] : [];
}

export function productJsonLd(product: ProductInput): WithContext<Product> {
  const offered = offers(product);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    ...(product.sku ? { sku: product.sku } : {}),
    url: product.url,
    image: [...product.imageUrls],
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    ...(offered.length > 0 ? { offers: offered } : {}),
  };
}

/** Only for questions that the page itself shows, as search engines require. */
export function faqPageJsonLd(url: string, entries: readonly FaqEntry[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

export function breadcrumbJsonLd(
  crumbs: readonly Crumb[],
  siteUrl: string | URL,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, siteUrl).href,
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so text cannot close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
