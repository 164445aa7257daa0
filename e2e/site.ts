import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { DISCLAIMER_EXEMPT_ROUTES } from '../src/site.config.ts';

/** The built site the tests run against (served by `npm run preview`, with its _headers). */
export const distDir = join(import.meta.dirname, '..', 'dist');

/**
 * Every page the sitemap offers to search engines, as a site-relative path.
 * Read from dist/ so the tests follow the site as built, not a list kept by hand.
 */
export async function sitemapPaths(): Promise<string[]> {
  const indexFile = join(distDir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) {
    throw new Error('dist/sitemap-index.xml is missing: run `npm run build` before the e2e tests.');
  }
  const sitemaps = await parseSitemapIndex(createReadStream(indexFile));
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const file = join(distDir, new URL(sitemap.url).pathname);
    const entries = await parseSitemap(createReadStream(file));
    paths.push(...entries.map((entry) => new URL(entry.url).pathname));
  }
  return paths.sort();
}

export const isDisclaimerExempt = (path: string): boolean => path in DISCLAIMER_EXEMPT_ROUTES;
