/**
 * Findings of unchanged files, kept between runs of `npm run check` and
 * `npm run build` in `.cache/check-results.json`, so that an editor who
 * changed one page waits for one page.
 *
 * A file's entry is reused only when its own text is the same (by hash) and
 * so is everything else a finding could depend on: the checker's code and
 * its dependencies, the claims list and the Markdown style config, the
 * people, today's date (for review dates), and which files exist in
 * content/ and public/ (for links to pictures and files). Anything else
 * throws the whole cache away.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDate, ukCalendarDate } from '../../lib/dates.ts';
import type { FileResult } from './check-file.ts';
import { filesUnder, toPosix, writeCacheFile } from '../core/files.ts';

export const RESULT_CACHE_FILE = '.cache/check-results.json';
const FORMAT_VERSION = 1;

/** Files whose text changes what the rules report, besides the checked file itself. */
const CONFIG_FILES = [
  'content/compliance/claims.yaml',
  'content/compliance/claim-categories.yaml',
  'content/compliance/claim-counts.json',
  '.markdownlint-cli2.jsonc',
  'package-lock.json',
];
/** Pages whose names and aliases say, in every other page, what counts as the product. */
const PRODUCTS_FOLDER = 'content/products';
/** Folders whose file names decide whether a link to a picture or file resolves. */
const ASSET_FOLDERS = ['content', 'public'];
/** The checker and the code it imports from the project: schemas and shared helpers. */
const CODE_FOLDER = fileURLToPath(new URL('../..', import.meta.url));

interface CacheData {
  version: number;
  key: string;
  entries: Record<string, { hash: string; result: FileResult }>;
}

export const hashText = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Everything outside the checked files that a finding may depend on, as one
 * hash. `codeFolder` is where the checker's code is read; tests give a copy.
 */
export async function cacheKey(
  root: string,
  context: { today: Date; people: ReadonlySet<string> },
  codeFolder = CODE_FOLDER,
): Promise<string> {
  const hash = createHash('sha256').update(String(FORMAT_VERSION));
  const code = (await filesUnder(codeFolder))
    .filter((path) => /\.(ts|mjs)$/.test(path) && !/\.test\.ts$/.test(path))
    .sort();
  for (const path of code) hash.update(path).update(await readOrEmpty(path));
  for (const file of CONFIG_FILES) hash.update(file).update(await readOrEmpty(join(root, file)));
  const products = (await filesUnder(join(root, PRODUCTS_FOLDER)))
    .filter((path) => path.endsWith('.mdx'))
    .sort();
  for (const path of products) hash.update(await readOrEmpty(path));
  for (const folder of ASSET_FOLDERS) {
    const names = (await filesUnder(join(root, folder))).map((path) =>
      toPosix(relative(root, path)),
    );
    hash.update(names.sort().join('\n'));
  }
  hash.update([...context.people].sort().join('\n'));
  // The date as review dates and suppressions read it, so a new day there is a new key.
  hash.update(isoDate(ukCalendarDate(context.today)));
  return hash.digest('hex');
}

export class ResultCache {
  private readonly path: string;
  private readonly key: string;
  private readonly entries: CacheData['entries'];
  private changed = false;

  private constructor(path: string, key: string, entries: CacheData['entries']) {
    this.path = path;
    this.key = key;
    this.entries = entries;
  }

  /** The cache under `root` for this key; empty when there is none, it is stale or unreadable. */
  static async open(root: string, key: string): Promise<ResultCache> {
    const path = join(root, RESULT_CACHE_FILE);
    let entries: CacheData['entries'] = {};
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheData>;
      if (data.version === FORMAT_VERSION && data.key === key && data.entries) {
        entries = data.entries;
      }
    } catch {
      // No cache yet, or a damaged one: check everything and write a new one.
    }
    return new ResultCache(path, key, entries);
  }

  get(file: string, hash: string): FileResult | undefined {
    const entry = this.entries[file];
    return entry?.hash === hash ? entry.result : undefined;
  }

  set(file: string, hash: string, result: FileResult): void {
    this.entries[file] = { hash, result };
    this.changed = true;
  }

  /** Writes the cache if anything changed; a half-written file is never left behind. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const data: CacheData = { version: FORMAT_VERSION, key: this.key, entries: this.entries };
    await writeCacheFile(this.path, data);
  }
}
