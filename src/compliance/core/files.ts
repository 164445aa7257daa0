import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** A path with forward slashes, as findings print it on every system. */
export const toPosix = (path: string): string => path.split(sep).join('/');

/** Every file below a folder (absolute paths); none when the folder does not exist. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
