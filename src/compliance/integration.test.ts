import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_CHECKS_FAILED, pageChecks, REPORT_FORMAT_VARIABLE } from './integration.ts';

const DISCLAIMER = 'General information only, not medical advice: ask your GP.';
const OPTIONS = { disclaimer: { attribute: 'data-disclaimer', text: DISCLAIMER } };

const page = (main: string): string =>
  `<!doctype html><html lang="en"><head><title>Back spasms</title></head><body><main><h1>Back spasms</h1>${main}</main></body></html>`;
const withDisclaimer = (main: string): string =>
  page(`${main}<p data-disclaimer>${DISCLAIMER}</p>`);

let root: string;

/** A project with its src/pages/, claims lists, and a build in dist/ with the site's real headers file. */
function project(pages: Record<string, string>): string {
  const files: Record<string, string> = {
    'src/pages/index.astro': '<Layout><h1>Back spasms</h1></Layout>\n',
    'dist/_headers': readFileSync('public/_headers', 'utf8'),
    ...Object.fromEntries(Object.entries(pages).map(([file, html]) => [`dist/${file}`, html])),
  };
  // The claims rules read the project's claims lists.
  cpSync('content/compliance', join(root, 'content/compliance'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return join(root, 'dist');
}

interface Logged {
  info: string[];
  warn: string[];
}

/** Runs the integration's hooks as `astro build` does, with `site` in the config. */
async function build(integration: AstroIntegration, outDir: string, logged: Logged) {
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']?.({
    config: { root: pathToFileURL(`${root}/`), site: 'https://www.example.org' },
  });
  await hooks['astro:routes:resolved']?.({
    routes: [{ patternRegex: /^\/$/, entrypoint: 'src/pages/index.astro' }],
  });
  const logger: Pick<AstroIntegrationLogger, 'info' | 'warn'> = {
    info: (message) => logged.info.push(message),
    warn: (message) => logged.warn.push(message),
  };
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${outDir}/`), logger });
}

/** The one line of JSON the integration prints, parsed. */
function printed(log: { mock: { calls: unknown[][] } }): unknown {
  expect(log.mock.calls).toHaveLength(1);
  const [text] = log.mock.calls[0] as [string];
  expect(text).not.toContain('\n');
  return JSON.parse(text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'page-checks-'));
  vi.stubEnv(REPORT_FORMAT_VARIABLE, 'json');
  vi.stubEnv('BACKRACK_PAGE_CHECKS', undefined);
  vi.stubEnv('BACKRACK_CHECK_EXTERNAL', undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

describe('pageChecks', () => {
  it('names itself as Astro shows it in the build log', () => {
    expect(pageChecks(OPTIONS).name).toBe('backrack-page-checks');
  });

  it('refuses invalid options before the build, naming each problem', () => {
    expect(() =>
      pageChecks({ disclaimer: { attribute: 'Data Disclaimer', text: 'too short' } }),
    ).toThrow(
      new Error(
        'pageChecks() options in astro.config.mjs are invalid: disclaimer.attribute: expected an attribute name such as data-medical-disclaimer; disclaimer.text: Too small: expected string to have >=20 characters',
      ),
    );
  });

  it('passes a clean build, saying how many pages it checked, and prints the report as one line', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const logged: Logged = { info: [], warn: [] };
    const built = project({ 'index.html': withDisclaimer('') });
    const started = performance.now();
    await build(pageChecks(OPTIONS), built, logged);
    const took = performance.now() - started;
    expect(logged.info).toHaveLength(1);
    const [, ms] = /^checked 1 pages in (\d+) ms$/.exec(logged.info[0] ?? '') ?? [];
    expect(Number(ms)).toBeLessThanOrEqual(Math.ceil(took));
    expect(printed(log)).toStrictEqual({
      summary: { errors: 0, warnings: 0, pagesChecked: 1 },
      findings: [],
      suppressed: [],
    });
  });

  it('fails the build on an error, traced to the page file of the route that built it', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const built = project({ 'index.html': page('<p>Heat may help.</p>') });
    await expect(build(pageChecks(OPTIONS), built, { info: [], warn: [] })).rejects.toThrow(
      expect.objectContaining({
        name: PAGE_CHECKS_FAILED,
        message: 'the page checks found errors; see above',
      }),
    );
    expect(printed(log)).toMatchObject({
      summary: { errors: 1, warnings: 0, pagesChecked: 1 },
      findings: [
        {
          ruleId: 'disclaimer/missing',
          severity: 'error',
          file: 'src/pages/index.astro',
          message: 'the page has no medical disclaimer in <main> (on /)',
        },
      ],
    });
  });

  it("takes the site's origin from the config, so a link to its own address is checked as internal", async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const built = project({
      'index.html': withDisclaimer('<p><a href="https://www.example.org/missing/">Missing</a></p>'),
    });
    await expect(build(pageChecks(OPTIONS), built, { info: [], warn: [] })).rejects.toThrow(
      'the page checks found errors; see above',
    );
    expect(printed(log)).toMatchObject({
      findings: [{ ruleId: 'links/broken', file: 'src/pages/index.astro' }],
    });
  });

  it('checks nothing, and says so, when BACKRACK_PAGE_CHECKS=off', async () => {
    vi.stubEnv('BACKRACK_PAGE_CHECKS', 'off');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const logged: Logged = { info: [], warn: [] };
    await build(pageChecks(OPTIONS), project({ 'index.html': page('') }), logged);
    expect(logged).toStrictEqual({
      info: [],
      warn: ['page checks are switched off (BACKRACK_PAGE_CHECKS=off)'],
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('prints in the terminal’s format when the build asks for none', async () => {
    vi.stubEnv(REPORT_FORMAT_VARIABLE, undefined);
    vi.stubEnv('GITHUB_ACTIONS', undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await build(pageChecks(OPTIONS), project({ 'index.html': withDisclaimer('') }), {
      info: [],
      warn: [],
    });
    expect(log.mock.calls).toEqual([['page checks: no problems in 1 page']]);
  });
});
