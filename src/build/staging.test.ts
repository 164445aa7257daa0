import { existsSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, toPosix } from '../compliance/core/files.ts';
import { createStaging, type StagingFs } from './staging.ts';

/** Every file under `folder`, by its path inside it, with its bytes. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files = await filesUnder(folder);
  const entries = await Promise.all(
    files.map(async (path) => [
      toPosix(relative(folder, path)),
      (await readFile(path)).toString('base64'),
    ]),
  );
  return Object.fromEntries(entries.sort(([a = ''], [b = '']) => a.localeCompare(b)));
}

describe('publishing a staged build', () => {
  let root: string;
  let dist: string;
  /** The published site before the build, as it must stay when publishing fails. */
  let before: Record<string, string>;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'backrack-staging-'));
    dist = join(root, 'dist');
    await mkdir(join(dist, 'articles/heat'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Home</title>');
    await writeFile(join(dist, 'articles/heat/index.html'), '<!doctype html><title>Heat</title>');
    await writeFile(join(dist, 'favicon.ico'), Buffer.from([0, 1, 2, 254, 255]));
    before = await snapshot(dist);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** A staged build with one page, as Astro would leave it. */
  const stageBuild = async (outDir: string): Promise<void> => {
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), '<!doctype html><title>New home</title>');
  };

  it('replaces dist/ with the staged build and leaves no staging folder', async () => {
    const staging = await createStaging(root);
    await stageBuild(staging.outDir);
    await staging.publish();
    expect(await snapshot(dist)).toEqual({
      'index.html': Buffer.from('<!doctype html><title>New home</title>').toString('base64'),
    });
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
  });

  it('leaves the previous dist/ byte for byte when there is no staged build to move in', async () => {
    const staging = await createStaging(root);
    await expect(staging.publish()).rejects.toThrow(/ENOENT/);
    expect(await snapshot(dist)).toEqual(before);
  });

  it('leaves the previous dist/ byte for byte when moving the staged build in fails', async () => {
    const failure = Object.assign(new Error('EXDEV: cross-device link not permitted'), {
      code: 'EXDEV',
    });
    let outDir = '';
    // Only the move of the staged build into dist/ fails; every other operation is real.
    const fs: StagingFs = {
      mkdir: fsPromises.mkdir,
      rm: fsPromises.rm,
      rename: async (from, to) => {
        if (String(from) === outDir) throw failure;
        await fsPromises.rename(from, to);
      },
    };
    const staging = await createStaging(root, dist, fs);
    outDir = staging.outDir;
    await stageBuild(outDir);
    await expect(staging.publish()).rejects.toBe(failure);
    expect(await snapshot(dist)).toEqual(before);
  });

  it('leaves dist/ untouched when the build is discarded', async () => {
    const staging = await createStaging(root);
    await stageBuild(staging.outDir);
    await staging.discard();
    expect(await snapshot(dist)).toEqual(before);
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
  });

  it('starts clean after a build that crashed and left its staging folder full', async () => {
    // A crashed build of an earlier process, with pages of its own.
    const leftover = join(root, '.build-staging', 'build');
    await mkdir(join(leftover, 'articles'), { recursive: true });
    await writeFile(join(leftover, 'articles/stale.html'), 'from the crashed build');
    const staging = await createStaging(root);
    expect(staging.outDir).toBe(leftover);
    expect(existsSync(leftover)).toBe(false);
    await stageBuild(staging.outDir);
    await staging.publish();
    expect(Object.keys(await snapshot(dist))).toEqual(['index.html']);
  });

  it('publishes the first build of a site that has no dist/ yet', async () => {
    await rm(dist, { recursive: true, force: true });
    const staging = await createStaging(root);
    await stageBuild(staging.outDir);
    await staging.publish();
    expect(Object.keys(await snapshot(dist))).toEqual(['index.html']);
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
  });

  it('reports the real failure when a first build cannot be moved in, and makes no dist/', async () => {
    await rm(dist, { recursive: true, force: true });
    const staging = await createStaging(root);
    // The error is the move of the staged build, not an attempt to restore a dist/ that never was.
    await expect(staging.publish()).rejects.toThrow(/ENOENT.*build' ->/);
    expect(existsSync(dist)).toBe(false);
  });

  it('removes a discarded build with all its files, and the staging folder', async () => {
    const staging = await createStaging(root);
    await stageBuild(staging.outDir);
    await mkdir(join(staging.outDir, '_astro'), { recursive: true });
    await writeFile(join(staging.outDir, '_astro/page.css'), 'body{}');
    await staging.discard();
    expect(existsSync(staging.outDir)).toBe(false);
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
  });

  it('discards a build that failed before Astro wrote anything', async () => {
    const staging = await createStaging(root);
    await staging.discard();
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
    expect(await snapshot(dist)).toEqual(before);
  });
});
