import { stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { filesUnder, toPosix } from '../core/files.ts';
import type { CollectionName } from '../core/document.ts';

/** A file in `content/`, with the collection its folder belongs to. */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  collection: CollectionName;
}

const collectionFolders: Record<CollectionName, { folder: string; extensions: string[] }> = {
  articles: { folder: 'content/articles', extensions: ['.mdx'] },
  products: { folder: 'content/products', extensions: ['.mdx'] },
  people: { folder: 'content/people', extensions: ['.yaml'] },
};

/** Every content file the site's collections load, sorted. */
export async function listContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const [collection, { folder, extensions }] of Object.entries(collectionFolders)) {
    for (const path of await filesUnder(join(root, folder))) {
      if (extensions.includes(extname(path))) {
        files.push({
          file: toPosix(relative(root, path)),
          collection: collection as CollectionName,
        });
      }
    }
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** Person ids are the file names in content/people/. */
export function personIds(files: readonly ContentFile[]): Set<string> {
  return new Set(
    files
      .filter((entry) => entry.collection === 'people')
      .map((entry) => basename(entry.file, '.yaml')),
  );
}

/** A path the user asked to check that does not exist: a usage error, not a finding. */
export class MissingPathError extends Error {}

/** Which schema a file outside content/ (a fixture, a draft elsewhere) is checked against. */
export function inferCollection(file: string): CollectionName {
  if (extname(file) === '.yaml') return 'people';
  return file.split('/').includes('products') ? 'products' : 'articles';
}

/** MDX pages anywhere, and YAML only where people live (claims.yaml is not a person). */
const isCheckable = (path: string): boolean =>
  extname(path) === '.mdx' ||
  (extname(path) === '.yaml' && toPosix(path).split('/').includes('people'));

/** The content files under the given files or folders (which may lie outside content/). */
export async function selectFiles(
  root: string,
  known: readonly ContentFile[],
  paths: readonly string[],
): Promise<ContentFile[]> {
  const byFile = new Map(known.map((entry) => [entry.file, entry]));
  const selected = new Map<string, ContentFile>();
  for (const path of paths) {
    const absolute = resolve(root, path);
    const info = await stat(absolute).catch(() => null);
    if (!info) throw new MissingPathError(`no such file or folder: ${path}`);
    const candidates = info.isDirectory()
      ? (await filesUnder(absolute)).filter(isCheckable)
      : [absolute];
    for (const candidate of candidates) {
      const file = toPosix(relative(root, candidate));
      selected.set(file, byFile.get(file) ?? { file, collection: inferCollection(file) });
    }
  }
  return [...selected.values()].sort((a, b) => a.file.localeCompare(b.file));
}
