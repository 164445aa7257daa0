/**
 * The page checks' findings of the last build, kept in
 * `.cache/page-checks.json` by each page's HTML hash, so that a build after
 * a one-article edit judges only the pages whose HTML changed. A page's entry
 * is reused when its HTML is the same byte for byte, every build file its
 * rules asked about still exists or is still missing, and everything else
 * the rules read is unchanged: the checker's code, the claims data, the
 * products' names (the claims rules hold text about a product to a stricter
 * standard) and the options (one key for the whole cache; a new key empties
 * it). Links between
 * pages are never cached: they are judged on every build against the index
 * of every page, so a link into a changed page is checked from every page
 * that has it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { productNamesIn } from '../claims/claim-model.ts';
import { filesUnder, writeCacheFile } from '../core/files.ts';
import type { PageCheck, ShareSettings } from './check-share.ts';

export const PAGE_CHECK_CACHE_FILE = '.cache/page-checks.json';
const FORMAT_VERSION = 1;

/** The data the page rules read besides the page: the claims list and its categories. */
const DATA_FOLDER = 'content/compliance';
/** Product pages, whose names (not their text) the claims rules read. */
const PRODUCTS_FOLDER = 'content/products';
/** The project's code: the rules, the claims classifier, and what they import. */
const CODE_FOLDER = fileURLToPath(new URL('../..', import.meta.url));

interface CacheData {
  version: number;
  key: string;
  pages: Record<string, PageCheck>;
}

async function hashFolder(
  hash: ReturnType<typeof createHash>,
  folder: string,
  keep: RegExp,
): Promise<void> {
  const files = (await filesUnder(folder).catch(() => [])).filter((path) => keep.test(path));
  for (const path of files.sort()) hash.update(path).update(await readFile(path));
}

/** Everything besides a page and the files it asked about that its findings depend on. */
export async function pageCacheKey(
  settings: Omit<ShareSettings, 'outDir'>,
  codeFolder = CODE_FOLDER,
): Promise<string> {
  const hash = createHash('sha256').update(String(FORMAT_VERSION));
  hash.update(JSON.stringify(settings));
  await hashFolder(hash, codeFolder, /^(?!.*\.test\.ts$).*\.(ts|mjs)$/);
  await hashFolder(hash, join(settings.root, DATA_FOLDER), /\.(ya?ml|json)$/);
  const products = join(settings.root, PRODUCTS_FOLDER);
  const pages = (await readdir(products).catch(() => [])).filter((file) => file.endsWith('.mdx'));
  const texts = await Promise.all(
    pages.sort().map((file) => readFile(join(products, file), 'utf8')),
  );
  hash.update(JSON.stringify(productNamesIn(texts)));
  return hash.digest('hex');
}

export class PageCheckCache {
  private readonly path: string;
  private readonly key: string;
  private readonly pages: Record<string, PageCheck>;

  private constructor(path: string, key: string, pages: Record<string, PageCheck>) {
    this.path = path;
    this.key = key;
    this.pages = pages;
  }

  /** The cache under `root` for this key; empty when there is none, it is stale or unreadable. */
  static async open(root: string, key: string): Promise<PageCheckCache> {
    const path = join(root, PAGE_CHECK_CACHE_FILE);
    let pages: Record<string, PageCheck> = {};
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheData>;
      if (data.version === FORMAT_VERSION && data.key === key && data.pages) pages = data.pages;
    } catch {
      // No cache yet, or a damaged one: check every page and write a new one.
    }
    return new PageCheckCache(path, key, pages);
  }

  /** The last check of `file` if its HTML hash is `hash` and the files it asked about are as they were. */
  get(file: string, hash: string, outDir: string): PageCheck | undefined {
    const check = this.pages[file];
    if (check?.hash !== hash) return undefined;
    const same = check.asked.every(
      ([asked, existed]) => existsSync(join(outDir, asked)) === existed,
    );
    return same ? check : undefined;
  }

  /** Keeps exactly these pages (a page no longer built is dropped); never leaves a half-written file. */
  async save(checks: readonly PageCheck[]): Promise<void> {
    const data: CacheData = {
      version: FORMAT_VERSION,
      key: this.key,
      pages: Object.fromEntries(checks.map((check) => [check.file, check])),
    };
    await writeCacheFile(this.path, data);
  }
}
