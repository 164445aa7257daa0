import { SITE_URL } from '../site.config.ts';

/** The URL-safe form of a tag: "lower back" becomes "lower-back". */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export const articlePath = (id: string): string => `/articles/${id}/`;
export const productPath = (id: string): string => `/products/${id}/`;
export const tagPath = (tag: string): string => `/tags/${tagSlug(tag)}/`;

/** An absolute URL on this site, for canonical links, sitemaps and structured data. */
export function absoluteUrl(path: string, site: string | URL = SITE_URL): string {
  return new URL(path, site).href;
}
