import { createHash } from 'node:crypto';

/** What a cache key needs to know about a content entry; an Astro collection entry fits. */
export interface KeyedEntry {
  collection: string;
  id: string;
  /** The loader's digest of the entry's file (frontmatter and body); absent for some loaders. */
  digest?: string | number | undefined;
}

/**
 * The content schemas' source. A schema can change an entry's data (a
 * default, a transform) while its file, and so its digest, stays the same;
 * Astro leaves the content layer out of a page's code hash. Importing the
 * schemas' text here puts them in the code hash of every page with a key,
 * and folding them into the key says so plainly.
 */
const SCHEMA_SOURCES: Record<string, string> = import.meta.glob(
  ['../content.config.ts', '../schemas/*.ts'],
  { query: '?raw', import: 'default', eager: true },
);
/** The schema files every key depends on, relative to this file. */
export const SCHEMA_FILES: readonly string[] = Object.keys(SCHEMA_SOURCES).sort();
const schemaVersion = createHash('sha256')
  .update(
    Object.keys(SCHEMA_SOURCES)
      .sort()
      .map((path) => `${path}\n${SCHEMA_SOURCES[path] ?? ''}`)
      .join('\n'),
  )
  .digest('hex');

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
  return createHash('sha256').update(schemaVersion).update(unique.join('\n')).digest('hex');
}

/** `{ cacheKey }` for a `getStaticPaths()` entry, or nothing (the page is always rendered). */
export function withCacheKey(entries: readonly KeyedEntry[]): { cacheKey?: string } {
  const key = cacheKey(entries);
  return key === undefined ? {} : { cacheKey: key };
}
