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

/**
 * The words every link to another website carries for screen readers, after
 * its own text: the Link component adds ` (another website)` as visually
 * hidden text, and the `links/external-rel` page check looks for them in each
 * such link's accessible name. Kept here so the two never disagree.
 */
export const EXTERNAL_LINK_PHRASE = 'another website';

/** The rel tokens every link to another website must carry (`window.opener` and Referer). */
export const EXTERNAL_LINK_REL = ['noopener', 'noreferrer'] as const;

/**
 * Whether a link's `href` leads to another website: once resolved against
 * `site` (as a browser would), it is an `http:` or `https:` URL on another
 * origin. Relative links (`../x/`, `/x/`, `#x`, `?q=`) and absolute links to
 * `site`'s own origin are internal; `mailto:`, `tel:` and other schemes are
 * not websites, and an address that cannot be parsed is left alone.
 */
export function isExternalUrl(href: string, site: string | URL = SITE_URL): boolean {
  const base = new URL(site);
  let url: URL;
  try {
    // The parser drops the spaces and control characters around an address, as browsers do.
    url = new URL(href, base);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== base.origin;
}

/**
 * A link's `rel` with `noopener` and `noreferrer` added when missing; tokens
 * it already has (such as `nofollow`) are kept, in their order, once each.
 */
export function externalRel(rel?: string | null): string {
  const tokens = (rel ?? '').split(/\s+/).filter(Boolean);
  const lower = new Set(tokens.map((token) => token.toLowerCase()));
  const missing = EXTERNAL_LINK_REL.filter((token) => !lower.has(token));
  return [...new Set(tokens), ...missing].join(' ');
}
