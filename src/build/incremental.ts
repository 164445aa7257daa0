import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Present while Astro is building. Astro's incremental cache (its list of
 * each page's `cacheKey` and its copy of each page) is written page by page
 * and its list only at the end, so a build stopped half-way can leave the
 * copy of a page newer than the list says; if the editor then undid the
 * change, the next build would reuse the wrong copy. A build that finds this
 * file renders every page again.
 */
export const UNFINISHED_BUILD_MARKER = '.cache/astro-build-unfinished';

export interface AstroBuildGuard {
  /** True when the last build stopped half-way (or `--cold` was asked): render every page. */
  cold: boolean;
  /** Astro finished rendering: its cache is whole again, whatever happens next. */
  finished(): Promise<void>;
}

export async function guardAstroBuild(root: string, askedCold: boolean): Promise<AstroBuildGuard> {
  const marker = join(root, UNFINISHED_BUILD_MARKER);
  const interrupted = existsSync(marker);
  await mkdir(dirname(marker), { recursive: true });
  await writeFile(marker, `${new Date().toISOString()} pid ${process.pid}\n`);
  return {
    cold: askedCold || interrupted,
    finished: () => rm(marker, { force: true }),
  };
}
