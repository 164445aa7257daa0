import { appendFile, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../src/bench/generate-content.ts';
import { checkContent } from '../src/compliance/source/check.ts';
import { cacheKey, RESULT_CACHE_FILE } from '../src/compliance/source/result-cache.ts';

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
      expect.stringMatching(/generated-0002\.mdx:\d+ claims\/cure-absolute/),
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

/** What the key reads besides the project's files. */
interface KeyContext {
  today: Date;
  people: ReadonlySet<string>;
}

describe('the result cache key', () => {
  let project: string;
  /** A copy of some of the checker's code, which the key is pointed at. */
  let code: string;
  let context: KeyContext;
  let files: number;
  const at = (path: string) => join(project, path);

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'backrack-cache-key-'));
    await generateContent(root, project, 1);
    await cp(join(root, 'content/products'), at('content/products'), { recursive: true });
    await writeFile(at('package-lock.json'), '{ "lockfileVersion": 3, "packages": {} }\n');
    await mkdir(at('public'), { recursive: true });
    await writeFile(at('public/favicon.svg'), '<svg/>');
    code = await mkdtemp(join(tmpdir(), 'backrack-cache-code-'));
    await cp(join(root, 'src/compliance/core'), join(code, 'core'), { recursive: true });
    context = { today, people: new Set(['editorial-team']) };
    files = (await checkContent(project, { today })).filesChecked;
  }, 60_000);

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
    await rm(code, { recursive: true, force: true });
  });

  it('stays the same while nothing it names changes', async () => {
    const key = await cacheKey(project, context, code);
    expect(await cacheKey(project, context, code)).toBe(key);
    // Tests are not part of the checker, so editing one keeps the findings.
    await writeFile(join(code, 'core/extra.test.ts'), 'export {};\n');
    expect(await cacheKey(project, context, code)).toBe(key);
  });

  it('reads the date as the UK calendar does: one key all day, a new one at midnight', async () => {
    const on = (now: string) => cacheKey(project, { ...context, today: new Date(now) }, code);
    const day = await on('2027-06-30T00:30:00+01:00');
    expect(await on('2027-06-30T23:30:00+01:00')).toBe(day);
    expect(await on('2027-07-01T00:30:00+01:00')).not.toBe(day);
  });

  // Every input the key names. Each row changes one of them, cumulatively, in
  // the copy of the project; `checked` rows are inputs that `checkContent`
  // reads from the project, so the next check must start again too.
  it.each<[input: string, change: () => Promise<KeyContext>, checked: boolean]>([
    [
      'the Markdown style config',
      async () => {
        const config = await readFile(at('.markdownlint-cli2.jsonc'), 'utf8');
        const changed = config.replace('"MD013": false,', '"MD013": false,\n    "MD010": false,');
        expect(changed).not.toBe(config);
        await writeFile(at('.markdownlint-cli2.jsonc'), changed);
        return context;
      },
      true,
    ],
    [
      'the claims list',
      async () => {
        await appendFile(at('content/compliance/claims.yaml'), '\n# a comment\n');
        return context;
      },
      true,
    ],
    [
      'the claim model',
      async () => {
        await appendFile(at('content/compliance/claim-categories.yaml'), '\n# a comment\n');
        return context;
      },
      true,
    ],
    [
      'the learned counts',
      async () => {
        await writeFile(at('content/compliance/claim-counts.json'), '{}\n');
        return context;
      },
      true,
    ],
    [
      "a product page (its names count as the product's in every page)",
      async () => {
        await appendFile(at('content/products/backrack.mdx'), '\nAnother paragraph.\n');
        return context;
      },
      true,
    ],
    [
      'the lock file',
      async () => {
        await writeFile(
          at('package-lock.json'),
          '{ "lockfileVersion": 3, "packages": { "": {} } }\n',
        );
        return context;
      },
      true,
    ],
    [
      'the people',
      () => Promise.resolve({ ...context, people: new Set(['editorial-team', 'guest-editor']) }),
      false,
    ],
    [
      'the date',
      () => Promise.resolve({ ...context, today: new Date('2026-11-26T00:00:00Z') }),
      true,
    ],
    [
      "the checker's code",
      async () => {
        await appendFile(join(code, 'core/finding.ts'), '\n// a comment\n');
        return context;
      },
      false,
    ],
    [
      'the set of files in content/',
      async () => {
        await writeFile(at('content/articles/new-picture.svg'), '<svg/>');
        return context;
      },
      true,
    ],
    [
      'the set of files in public/',
      async () => {
        await writeFile(at('public/new-picture.svg'), '<svg/>');
        return context;
      },
      true,
    ],
    [
      'the name of a file in content/',
      async () => {
        await rename(at('content/articles/new-picture.svg'), at('content/articles/renamed.svg'));
        return context;
      },
      true,
    ],
  ])('changes with %s', async (_, change, checked) => {
    if (checked)
      expect((await checkContent(project, { today: context.today })).fromCache).toBe(files);
    const before = await cacheKey(project, context, code);
    context = await change();
    expect(await cacheKey(project, context, code)).not.toBe(before);
    if (checked) expect((await checkContent(project, { today: context.today })).fromCache).toBe(0);
  });
});
