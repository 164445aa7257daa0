import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardAstroBuild, UNFINISHED_BUILD_MARKER } from './incremental.ts';

describe('guardAstroBuild', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'backrack-guard-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reuses pages after a build that finished, and marks the build unfinished until it does', async () => {
    const guard = await guardAstroBuild(root, false);
    expect(guard.cold).toBe(false);
    expect(existsSync(join(root, UNFINISHED_BUILD_MARKER))).toBe(true);
    await guard.finished();
    expect(existsSync(join(root, UNFINISHED_BUILD_MARKER))).toBe(false);
    expect((await guardAstroBuild(root, false)).cold).toBe(false);
  });

  it('renders every page after a build that stopped half-way, then trusts the cache again', async () => {
    await guardAstroBuild(root, false);
    const next = await guardAstroBuild(root, false);
    expect(next.cold).toBe(true);
    await next.finished();
    expect((await guardAstroBuild(root, false)).cold).toBe(false);
  });

  it('is cold when asked', async () => {
    expect((await guardAstroBuild(root, true)).cold).toBe(true);
  });
});
