import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { CollectionName } from './rules/schema.ts';

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

const toPosix = (path: string): string => path.split(sep).join('/');

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every content file the site's collections load, sorted. */
export async function listContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const [collection, { folder, extensions }] of Object.entries(collectionFolders)) {
    for (const path of await walk(join(root, folder))) {
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
