import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** The folder, inside the built site, that holds the search index and `pagefind.js`. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** An error the build prints in the checker's format (`hint` is shown under it). */
function searchIndexError(what: string, errors: readonly string[]): Error {
  return Object.assign(
    new Error(`search index: ${what}${errors.length ? `: ${errors.join('; ')}` : ''}`),
    {
      hint: 'Pagefind comes from npm (the `pagefind` package and its platform binary); run `npm install` and build again.',
    },
  );
}

/**
 * Indexes the built site in `siteDir` with Pagefind and writes the index
 * beside it (`siteDir/pagefind/`), so a published site always carries a
 * matching index. Only pages with `data-pagefind-body` (articles and
 * products) are indexed; parts marked `data-pagefind-ignore` are left out.
 * Pagefind runs on this machine and fetches nothing. Returns the number of
 * pages it read.
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw searchIndexError('Pagefind did not start', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw searchIndexError('indexing failed', added.errors);
    if (added.page_count === 0) {
      throw searchIndexError('no page was indexed (is data-pagefind-body in the layouts?)', []);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_INDEX_FOLDER) });
    if (written.errors.length > 0)
      throw searchIndexError('writing the index failed', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
