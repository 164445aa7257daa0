import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../src/bench/generate-content.ts';
import { checkContent } from '../src/compliance/source/check.ts';
import { RESULT_CACHE_FILE } from '../src/compliance/source/result-cache.ts';

const root = join(import.meta.dirname, '..');
const today = new Date('2026-11-25T00:00:00Z');

/** Findings as `file:line rule`, to compare runs. */
const lines = (result: Awaited<ReturnType<typeof checkContent>>) =>
  result.findings.map((f) => `${f.file}:${f.position?.line} ${f.ruleId}`);

describe('the result cache of the content checks', () => {
  let project: string;
  let files: number;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'backrack-cache-'));
    await generateContent(root, project, 6);
    const first = await checkContent(project, { today });
    files = first.filesChecked;
    expect(first.fromCache).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('answers an unchanged run from the cache, with the same findings', async () => {
    const fresh = await checkContent(project, { today, cache: false });
    const again = await checkContent(project, { today });
    expect(again.fromCache).toBe(files);
    expect(lines(again)).toEqual(lines(fresh));
  });

  it('checks again only the file that changed, and reports what changed in it', async () => {
    const edited = 'content/articles/generated-0002.mdx';
    await appendFile(join(project, edited), '\nThis rack cures back pain.\n');
    const result = await checkContent(project, { today });
    expect(result.fromCache).toBe(files - 1);
    expect(lines(result)).toContainEqual(
      expect.stringMatching(/generated-0002\.mdx:\d+ claims\/prohibited/),
    );
    expect((await checkContent(project, { today })).fromCache).toBe(files);
  });

  it('starts again when the date, the claims list or the set of files changes', async () => {
    const nextDay = new Date('2026-11-26T00:00:00Z');
    expect((await checkContent(project, { today: nextDay })).fromCache).toBe(0);
    expect((await checkContent(project, { today: nextDay })).fromCache).toBe(files);

    await appendFile(join(project, 'content/compliance/claims.yaml'), '\n# a comment\n');
    expect((await checkContent(project, { today: nextDay })).fromCache).toBe(0);

    await mkdir(join(project, 'public'), { recursive: true });
    await writeFile(join(project, 'public/new-picture.svg'), '<svg/>');
    expect((await checkContent(project, { today: nextDay })).fromCache).toBe(0);
  });

  it('is not used when switched off, and survives a damaged cache file', async () => {
    expect((await checkContent(project, { today, cache: false })).fromCache).toBe(0);
    await writeFile(join(project, RESULT_CACHE_FILE), '{ not json');
    const result = await checkContent(project, { today });
    expect(result.fromCache).toBe(0);
    expect(JSON.parse(await readFile(join(project, RESULT_CACHE_FILE), 'utf8'))).toHaveProperty(
      'entries',
    );
  });
});
