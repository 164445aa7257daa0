import type {
  BreadcrumbList,
  FAQPage,
  MedicalWebPage,
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

export interface ProductInput {
  url: string;
  name: string;
  description: string;
  sku: string;
  brand?: string | undefined;
  imageUrls: readonly string[];
  price: { amount: number; currency: string };
  availability: Availability;
}

export function productJsonLd(product: ProductInput): WithContext<Product> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    sku: product.sku,
    url: product.url,
    image: [...product.imageUrls],
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    offers: {
      '@type': 'Offer',
      url: product.url,
      price: product.price.amount.toFixed(2),
      priceCurrency: product.price.currency,
      availability: `https://schema.org/${product.availability}`,
    },
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
