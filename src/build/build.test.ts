import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../compliance/core/finding.ts';
import type { Report } from '../compliance/core/report.ts';

// `npm run build` runs its main() when loaded, so each test sets the arguments,
// loads build.ts afresh, and reads what it printed and the exit code it set.
// Astro, the content checks, the search index and staging are replaced: the
// test is about the order of the steps and what each outcome prints.
const astroBuild = vi.hoisted(() => vi.fn<(config: unknown) => Promise<void>>());
const checkContent = vi.hoisted(() => vi.fn<(root: string) => Promise<Report>>());
const writeSearchIndex = vi.hoisted(() => vi.fn<(dir: string) => Promise<number>>());
const staging = vi.hoisted(() => ({
  outDir: '/project/.build-staging/build-1',
  publish: vi.fn<() => Promise<void>>(),
  discard: vi.fn<() => Promise<void>>(),
}));
const createStaging = vi.hoisted(() => vi.fn<(root: string) => Promise<typeof staging>>());
const guard = vi.hoisted(() => ({ cold: false, finished: vi.fn<() => Promise<void>>() }));
const guardAstroBuild = vi.hoisted(() =>
  vi.fn<(root: string, askedCold: boolean) => Promise<typeof guard>>(),
);

vi.mock('astro', () => ({ build: astroBuild }));
vi.mock('../compliance/source/check.ts', () => ({ checkContent }));
vi.mock('./search-index.ts', () => ({ SEARCH_INDEX_FOLDER: 'pagefind', writeSearchIndex }));
vi.mock('./staging.ts', () => ({ createStaging }));
vi.mock('./incremental.ts', () => ({ guardAstroBuild }));

const USAGE =
  'Usage: npm run build -- [--release] [--format pretty|json|github] [--external] [--cold] [--debug]';

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  severity,
  file: 'content/products/backrack.mdx',
  position: { line: 4, column: 1 },
  message: 'm',
  hint: 'h',
});

const report = (findings: Finding[]): Report => ({ findings, suppressed: [], filesChecked: 3 });

/** The JSON summary line `--format json` prints for a report. */
const jsonLine = (findings: Finding[], checked: Record<string, number> = { filesChecked: 3 }) => {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return JSON.stringify({
    summary: { errors, warnings: findings.length - errors, ...checked },
    findings,
    suppressed: [],
  });
};

let out: string[];
let err: string[];
const savedArgv = process.argv;
const savedEnv = { ...process.env };
let signalHandlers: Map<string, () => void>;

async function runBuild(...args: string[]): Promise<number | undefined> {
  process.argv = ['node', 'src/build/build.ts', ...args];
  vi.resetModules();
  await import('./build.ts');
  return process.exitCode as number | undefined;
}

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((text: unknown) => void out.push(String(text)));
  vi.spyOn(console, 'error').mockImplementation((text: unknown) => void err.push(String(text)));
  signalHandlers = new Map();
  vi.spyOn(process, 'once').mockImplementation(((event: string, handler: () => void) => {
    signalHandlers.set(event, handler);
    return process;
  }) as typeof process.once);
  delete process.env['GITHUB_ACTIONS'];
  delete process.env['BACKRACK_CHECK_EXTERNAL'];
  delete process.env['BACKRACK_REPORT_FORMAT'];
  delete process.env['BACKRACK_CHECK_CACHE'];
  checkContent.mockResolvedValue(report([]));
  createStaging.mockResolvedValue(staging);
  guard.cold = false;
  guard.finished.mockResolvedValue(undefined);
  guardAstroBuild.mockImplementation(async (_root, askedCold) => {
    guard.cold ||= askedCold;
    return guard;
  });
  astroBuild.mockResolvedValue(undefined);
  writeSearchIndex.mockResolvedValue(12);
  staging.publish.mockResolvedValue(undefined);
  staging.discard.mockResolvedValue(undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.clearAllMocks();
  process.argv = savedArgv;
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

describe('npm run build', () => {
  it('checks the content, builds into staging, indexes it and publishes it', async () => {
    expect(await runBuild('--format', 'json')).toBe(0);
    expect(checkContent).toHaveBeenCalledWith(process.cwd());
    expect(createStaging).toHaveBeenCalledWith(process.cwd());
    expect(astroBuild).toHaveBeenCalledWith({
      root: process.cwd(),
      outDir: staging.outDir,
      logger: {
        entrypoint: new URL('./editor-logger.mjs', import.meta.url),
        config: { level: 'info', debug: false, allToStderr: true },
      },
    });
    expect(guardAstroBuild).toHaveBeenCalledWith(process.cwd(), false);
    expect(guard.finished).toHaveBeenCalledOnce();
    expect(writeSearchIndex).toHaveBeenCalledWith(staging.outDir);
    expect(staging.publish).toHaveBeenCalledOnce();
    expect(staging.discard).not.toHaveBeenCalled();
    // With --format json, stdout carries the report alone; the prose goes to stderr.
    expect(out).toEqual([jsonLine([])]);
    expect(err).toEqual([
      'Wrote the search index to pagefind/ (12 pages read; articles and products are indexed).',
      'Published the build to dist/.',
    ]);
    expect(process.env['BACKRACK_REPORT_FORMAT']).toBe('json');
    expect(process.env['BACKRACK_CHECK_EXTERNAL']).toBeUndefined();
    expect(process.env['BACKRACK_CHECK_CACHE']).toBeUndefined();
    expect(astroBuild.mock.calls[0]?.[0]).not.toHaveProperty('force');
  });

  it('prints its prose on stdout in the terminal format, and logs at debug level with --debug', async () => {
    expect(await runBuild('--format', 'pretty', '--debug')).toBe(0);
    expect(astroBuild).toHaveBeenCalledWith(
      expect.objectContaining({
        logger: expect.objectContaining({
          config: { level: 'debug', debug: true, allToStderr: false },
        }),
      }),
    );
    expect(out.slice(-2)).toEqual([
      'Wrote the search index to pagefind/ (12 pages read; articles and products are indexed).',
      'Published the build to dist/.',
    ]);
    expect(err).toEqual([]);
    expect(process.env['BACKRACK_REPORT_FORMAT']).toBe('pretty');
  });

  it('takes GitHub annotations as its format on GitHub Actions, and --external to the page checks', async () => {
    process.env['GITHUB_ACTIONS'] = 'true';
    expect(await runBuild('--external')).toBe(0);
    expect(process.env['BACKRACK_REPORT_FORMAT']).toBe('github');
    expect(process.env['BACKRACK_CHECK_EXTERNAL']).toBe('1');
  });

  it.each([
    [['--format', 'xml'], 'error  --format must be one of pretty, json, github; got "xml"'],
    [['--fast'], "error  Unknown option '--fast'"],
  ])('stops with exit code 2 and the usage on %j', async (args, message) => {
    expect(await runBuild(...args)).toBe(2);
    expect(err).toEqual([`${message}\n\n${USAGE}`]);
    expect(checkContent).not.toHaveBeenCalled();
  });

  it('stops before Astro starts when the content has errors, leaving dist/ alone', async () => {
    const findings = [finding('claims/prohibited', 'error')];
    checkContent.mockResolvedValue(report(findings));
    expect(await runBuild('--format', 'json')).toBe(1);
    expect(out).toEqual([jsonLine(findings)]);
    expect(err).toEqual([
      'Build stopped before Astro started: fix the errors above. dist/ was not changed.',
    ]);
    expect(createStaging).not.toHaveBeenCalled();
    expect(astroBuild).not.toHaveBeenCalled();
  });

  it('builds with an unconfirmed product fact, but not with --release', async () => {
    const unconfirmed = finding('product/unconfirmed', 'warning');
    checkContent.mockResolvedValue(report([unconfirmed]));
    expect(await runBuild('--format', 'json')).toBe(0);
    expect(out).toEqual([jsonLine([unconfirmed])]);

    out = [];
    err = [];
    expect(await runBuild('--format', 'json', '--release')).toBe(1);
    expect(out).toEqual([jsonLine([{ ...unconfirmed, severity: 'error' }])]);
    expect(err).toEqual([
      'Release build: an unconfirmed product fact cannot be published.',
      'Build stopped before Astro started: fix the errors above. dist/ was not changed.',
    ]);
    expect(astroBuild).toHaveBeenCalledOnce();
  });

  it('does not blame an unconfirmed fact when a release build stops for another error', async () => {
    checkContent.mockResolvedValue(report([finding('claims/prohibited', 'error')]));
    expect(await runBuild('--format', 'json', '--release')).toBe(1);
    expect(err).toEqual([
      'Build stopped before Astro started: fix the errors above. dist/ was not changed.',
    ]);
  });

  it('names the unconfirmed fact in a release build that also has another error', async () => {
    checkContent.mockResolvedValue(
      report([finding('product/unconfirmed', 'warning'), finding('claims/prohibited', 'error')]),
    );
    expect(await runBuild('--format', 'json', '--release')).toBe(1);
    expect(err).toEqual([
      'Release build: an unconfirmed product fact cannot be published.',
      'Build stopped before Astro started: fix the errors above. dist/ was not changed.',
    ]);
  });

  it('passes a release build with only ordinary warnings', async () => {
    const warning = finding('readability/grade', 'warning');
    checkContent.mockResolvedValue(report([warning]));
    expect(await runBuild('--format', 'json', '--release')).toBe(0);
    expect(out).toEqual([jsonLine([warning])]);
  });

  it('reports an error of Astro as a build/astro finding and discards the staged build', async () => {
    astroBuild.mockRejectedValue(new Error('Cannot find module x\n    at stack'));
    expect(await runBuild('--format', 'json')).toBe(1);
    expect(staging.discard).toHaveBeenCalledOnce();
    expect(staging.publish).not.toHaveBeenCalled();
    const astroFinding: Finding = {
      ruleId: 'build/astro',
      severity: 'error',
      file: 'astro build',
      position: null,
      message: 'Cannot find module x',
      hint: 'Run `npm run build -- --debug` for the full error.',
    };
    expect(out).toEqual([jsonLine([]), jsonLine([astroFinding], { filesChecked: 1 })]);
    expect(err).toEqual(['', 'Build failed: dist/ was not changed.']);
  });

  it('renders every page again with --cold', async () => {
    expect(await runBuild('--format', 'json', '--cold')).toBe(0);
    expect(guardAstroBuild).toHaveBeenCalledWith(process.cwd(), true);
    expect(astroBuild).toHaveBeenCalledWith(expect.objectContaining({ force: true }));
    expect(process.env['BACKRACK_CHECK_CACHE']).toBe('off');
    expect(err).not.toContain(
      'The last build stopped half-way, so this one renders every page again.',
    );
  });

  it('renders every page again, and says why, after a build that stopped half-way', async () => {
    guard.cold = true;
    expect(await runBuild('--format', 'json')).toBe(0);
    expect(astroBuild).toHaveBeenCalledWith(expect.objectContaining({ force: true }));
    expect(err[0]).toBe('The last build stopped half-way, so this one renders every page again.');
  });

  it('leaves the unfinished-build mark after an error of Astro, so the next build is cold', async () => {
    astroBuild.mockRejectedValue(new Error('Cannot find module x'));
    expect(await runBuild('--format', 'json')).toBe(1);
    expect(guard.finished).not.toHaveBeenCalled();
  });

  it('prints the stack of an error of Astro with --debug', async () => {
    const error = new Error('boom');
    astroBuild.mockRejectedValue(error);
    expect(await runBuild('--format', 'json', '--debug')).toBe(1);
    expect(err).toEqual(['', error.stack, 'Build failed: dist/ was not changed.']);
  });

  it('prints nothing more when the page checks failed, as they have printed their findings', async () => {
    astroBuild.mockRejectedValue(
      Object.assign(new Error('page checks'), { name: 'PageChecksFailed' }),
    );
    expect(await runBuild('--format', 'json', '--debug')).toBe(1);
    expect(staging.discard).toHaveBeenCalledOnce();
    // Astro rendered every page before the checks ran: its cache is whole.
    expect(guard.finished).toHaveBeenCalledOnce();
    expect(out).toEqual([jsonLine([])]);
    expect(err).toEqual(['Build failed: dist/ was not changed.']);
  });

  it('discards the staged build when the search index fails, and does not publish', async () => {
    writeSearchIndex.mockRejectedValue(new Error('search index: indexing failed'));
    expect(await runBuild('--format', 'json')).toBe(1);
    expect(staging.publish).not.toHaveBeenCalled();
    expect(staging.discard).toHaveBeenCalledOnce();
  });

  it('discards the staged build and exits 130 when interrupted', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    expect(await runBuild('--format', 'json')).toBe(0);
    expect([...signalHandlers.keys()]).toEqual(['SIGINT', 'SIGTERM']);
    expect(signalHandlers.get('SIGINT')).toBe(signalHandlers.get('SIGTERM'));
    signalHandlers.get('SIGINT')?.();
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(130));
    expect(staging.discard).toHaveBeenCalledOnce();
  });
});
