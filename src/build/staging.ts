import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A build goes to a staging folder and replaces dist/ only when it passed
 * every check, so a failed build never leaves a half-written site behind.
 */
export interface Staging {
  /** Where Astro writes this build. */
  outDir: string;
  /** Replace dist/ with the staged build. */
  publish(): Promise<void>;
  /** Remove the staged build, leaving dist/ exactly as it was. */
  discard(): Promise<void>;
}

export const STAGING_FOLDER = '.build-staging';

/** The file operations staging uses; tests pass their own to make one fail. */
export type StagingFs = Pick<typeof fsPromises, 'mkdir' | 'rename' | 'rm'>;

export async function createStaging(
  root: string,
  distDir = join(root, 'dist'),
  fs: StagingFs = fsPromises,
): Promise<Staging> {
  const { mkdir, rename, rm } = fs;
  const base = join(root, STAGING_FOLDER);
  // Always the same folder: Astro's incremental build hashes each page's
  // code, which names the output folder, so a new name every build would
  // make every page look changed.
  const outDir = join(base, 'build');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(base, { recursive: true });

  const removeStagingFolder = () =>
    rm(base, { recursive: true, force: true }).catch(() => undefined);

  return {
    outDir,
    async publish() {
      // rename() cannot replace a non-empty folder, so the old dist/ steps
      // aside first; both renames stay on one file system and are atomic each.
      const previous = join(base, `previous-${process.pid}`);
      const hadDist = existsSync(distDir);
      if (hadDist) await rename(distDir, previous);
      try {
        await rename(outDir, distDir);
      } catch (error) {
        if (hadDist) await rename(previous, distDir);
        throw error;
      }
      await removeStagingFolder();
    },
    async discard() {
      await rm(outDir, { recursive: true, force: true });
      await removeStagingFolder();
    },
  };
}
