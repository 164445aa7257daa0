import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

/** A path with forward slashes, as findings print it on every system. */
export const toPosix = (path: string): string => path.split(sep).join('/');

/** Every file below a folder (absolute paths); none when the folder does not exist. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes a cache file whole or not at all, through a temporary file and a
 * rename. A failure is ignored: a read-only checkout still gets its findings,
 * and only the next run is slower.
 */
export async function writeCacheFile(path: string, data: unknown): Promise<void> {
  const partial = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(partial, JSON.stringify(data));
    await rename(partial, path);
  } catch {
    // Nothing to do: the findings are already known.
  }
}
