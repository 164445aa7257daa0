import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, watchContent } from './cli.ts';
import { parseCliOptions } from './cli-options.ts';
import { checkContent } from './source/check.ts';
import { USAGE } from './cli-options.ts';
import { explainRule, knownRuleIds } from './explain.ts';

// The real checker, watched, so a test can also make it fail as a fault inside it would.
vi.mock('./source/check.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./source/check.ts')>();
  return { ...actual, checkContent: vi.fn(actual.checkContent) };
});

const projectRoot = join(import.meta.dirname, '../..');

/** Runs `npm run check` in-process: its exit status and what it printed on each stream. */
async function check(args: string[], root = projectRoot) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const code = await main(args, root);
  return {
    code,
    stdout: log.mock.calls.map((call) => call.join(' ')),
    stderr: error.mock.calls.map((call) => call.join(' ')),
  };
}

beforeEach(() => {
  vi.stubEnv('GITHUB_ACTIONS', undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(checkContent).mockClear();
  vi.unstubAllEnvs();
});

describe('main', () => {
  it('prints the usage for --help and exits 0', async () => {
    expect(await check(['--help'])).toStrictEqual({ code: 0, stdout: [USAGE], stderr: [] });
  });

  it('explains a known rule from the README and exits 0', async () => {
    const outcome = await check(['--explain', 'links/broken']);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toStrictEqual([]);
    expect(outcome.stdout).toHaveLength(1);
    expect(outcome.stdout[0]?.split('\n')[0]).toBe('links/broken');
    // The project's README, whose section on the rule follows the facts.
    expect(outcome.stdout[0]).toBe(
      explainRule('links/broken', readFileSync(join(projectRoot, 'README.md'), 'utf8')),
    );
    expect(outcome.stdout[0]?.split('\n\n').length).toBeGreaterThan(3);
  });

  it('exits 2 on an unknown rule, listing the known ones', async () => {
    expect(await check(['--explain', 'links/nope'])).toStrictEqual({
      code: 2,
      stdout: [],
      stderr: [`error  unknown rule "links/nope"; known rules: ${knownRuleIds().join(', ')}`],
    });
  });

  it('exits 2 on a usage error, with the message and then the usage', async () => {
    expect(await check(['--format', 'xml'])).toStrictEqual({
      code: 2,
      stdout: [],
      stderr: [`error  --format must be one of pretty, json, github; got "xml"\n\n${USAGE}`],
    });
  });

  it('exits 2 on a path that does not exist, with the usage', async () => {
    expect(await check(['--no-cache', 'content/nope.mdx'])).toStrictEqual({
      code: 2,
      stdout: [],
      stderr: [`error  no such file or folder: content/nope.mdx\n\n${USAGE}`],
    });
  });

  it('exits 1 when a file has errors, printing the report on stderr', async () => {
    const outcome = await check(['--no-cache', 'test/fixtures/rules/links-insecure.mdx']);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toStrictEqual([]);
    expect(outcome.stderr).toHaveLength(1);
    expect(outcome.stderr[0]).toContain(
      'test/fixtures/rules/links-insecure.mdx:18:10  error  links/insecure  link uses insecure "http:"',
    );
  });

  it('exits 0 on a clean file, in the format asked for', async () => {
    const outcome = await check([
      '--no-cache',
      '--format',
      'json',
      'test/fixtures/rules/clean.mdx',
    ]);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toStrictEqual([]);
    expect(JSON.parse(outcome.stdout[0] ?? '')).toMatchObject({
      summary: { errors: 0, warnings: 0, filesChecked: 1 },
    });
  });

  it('checks the paths given, with or without the cache, in the project it is given', async () => {
    await check(['--no-cache', '--format', 'json', 'test/fixtures/rules/clean.mdx']);
    await check(['--format', 'json', 'test/fixtures/rules/clean.mdx'], '/nowhere');
    expect(vi.mocked(checkContent).mock.calls).toStrictEqual([
      [projectRoot, { paths: ['test/fixtures/rules/clean.mdx'], cache: false }],
      ['/nowhere', { paths: ['test/fixtures/rules/clean.mdx'], cache: true }],
    ]);
  });

  describe('an internal error', () => {
    const fault = new Error('the disk is full');

    it('exits 2 with one line and how to see more, and no stack trace', async () => {
      vi.mocked(checkContent).mockRejectedValueOnce(fault);
      expect(await check([])).toStrictEqual({
        code: 2,
        stdout: [],
        stderr: [
          'internal error in the content checker: the disk is full',
          'Run `npm run check -- --debug` for details.',
        ],
      });
    });

    it('prints the stack trace with --debug', async () => {
      vi.mocked(checkContent).mockRejectedValueOnce(fault);
      expect(await check(['--debug'])).toStrictEqual({
        code: 2,
        stdout: [],
        stderr: ['internal error in the content checker: the disk is full', fault.stack],
      });
    });

    it('names a fault that is not an Error by its text', async () => {
      vi.mocked(checkContent).mockRejectedValueOnce('no memory');
      expect(await check(['--debug'])).toStrictEqual({
        code: 2,
        stdout: [],
        stderr: [
          'internal error in the content checker: no memory',
          'Run `npm run check -- --debug` for details.',
        ],
      });
    });
  });
});

describe('watchContent', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'watch-'));
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    vi.mocked(checkContent).mockResolvedValue({
      findings: [],
      suppressed: [],
      filesChecked: 1,
      fromCache: 0,
    });
  });
  afterEach(() => {
    vi.mocked(checkContent).mockReset();
    rmSync(root, { recursive: true, force: true });
  });

  it('checks a saved content file once a burst of saves settles, and ignores other files', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const watcher = watchContent(root, parseCliOptions(['--no-cache'], {}));
    try {
      for (const text of ['a', 'ab', 'abc'])
        writeFileSync(join(root, 'content/articles/a.mdx'), text);
      await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(3), { timeout: 10_000 });
      expect(log.mock.calls[0]).toStrictEqual(['Watching content/ for changes (Ctrl+C to stop)…']);
      expect(log.mock.calls[1]?.[0]).toMatch(/^\n\d\d:\d\d:\d\d {2}articles\/a\.mdx$/);
      expect(log.mock.calls[2]).toStrictEqual(['no problems in 1 file']);
      expect(vi.mocked(checkContent).mock.calls).toStrictEqual([
        [root, { paths: ['content/articles/a.mdx'], cache: false }],
      ]);
      // An editor's swap file and other files are not content.
      writeFileSync(join(root, 'content/articles/a.mdx.swp'), 'swap');
      writeFileSync(join(root, 'content/notes.txt'), 'not content');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(checkContent).toHaveBeenCalledTimes(1);
    } finally {
      watcher.close();
    }
  });
});
