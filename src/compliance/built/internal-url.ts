import type { SiteFacts } from './types.ts';

/** A URL on this site, resolved against the page it appears on. */
export interface InternalUrl {
  /** The path with percent-escapes decoded, e.g. `/articles/heat-or-ice/`. */
  path: string;
  /** The decoded `#fragment` without the `#`, or null when there is none (or it is empty). */
  fragment: string | null;
}

/** Percent-escapes decoded; a malformed escape is kept as written rather than throwing. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves `url` as the browser would on the page at `pathname`. Returns null for anything
 * that is not on this site: another origin, or another scheme (mailto:,
 * tel:, data:, javascript:). Query strings are dropped: a static site serves
 * the same file whatever the query.
 */
export function resolveInternal(
  url: string,
  pathname: string,
  site: SiteFacts,
): InternalUrl | null {
  let resolved: URL;
  try {
    resolved = new URL(url.trim(), new URL(pathname, site.origin));
  } catch {
    return null;
  }
  if (resolved.origin !== site.origin) return null;
  const fragment = resolved.hash.length > 1 ? decode(resolved.hash.slice(1)) : null;
  return { path: decode(resolved.pathname), fragment };
}

/** Whether the last segment of a path names a file (`favicon.svg`), not a page folder. */
export function hasExtension(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.lastIndexOf('.') > 0;
}

/** The build-folder path of a site path, as `SiteIndex.fileExists` expects it. */
export const relativeFile = (path: string): string => path.replace(/^\/+/, '');
