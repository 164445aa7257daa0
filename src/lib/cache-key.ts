import { createHash } from 'node:crypto';

/** What a cache key needs to know about a content entry; an Astro collection entry fits. */
export interface KeyedEntry {
  collection: string;
  id: string;
  /** The loader's digest of the entry's file (frontmatter and body); absent for some loaders. */
  digest?: string | number | undefined;
}

/**
 * The `cacheKey` of a page for Astro's incremental builds: it changes
 * whenever any entry the page shows changes, is added or is removed, so a
 * page is only reused when everything it shows is as it was. Astro already
 * re-renders a page when its own templates or components change (it hashes
 * the page's module graph). An entry without a digest gives no key, so its
 * page is always rendered again rather than risk showing stale words.
 */
export function cacheKey(entries: readonly KeyedEntry[]): string | undefined {
  const lines: string[] = [];
  for (const entry of entries) {
    if (entry.digest === undefined) return undefined;
    lines.push(`${entry.collection}/${entry.id}@${entry.digest}`);
  }
  // Sorted: the same entries give the same key in any order. The order a page
  // lists them in follows from their own data (titles), which the digests cover.
  const unique = [...new Set(lines)].sort();
  return createHash('sha256').update(unique.join('\n')).digest('hex');
}

/** `{ cacheKey }` for a `getStaticPaths()` entry, or nothing (the page is always rendered). */
export function withCacheKey(entries: readonly KeyedEntry[]): { cacheKey?: string } {
  const key = cacheKey(entries);
  return key === undefined ? {} : { cacheKey: key };
}
