import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { format } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditCi, FOUND, NOT_DONE, readConfig, runAudit } from './audit.ts';

const root = join(import.meta.dirname, '..', '..');
const config = readConfig();

describe('audit-ci.jsonc', () => {
  it('fails on high and critical advisories, and on nothing less', () => {
    expect(config.high).toBe(true);
    // `critical: true` alone would let high advisories through; `moderate` or `low` would fail on less.
    expect([config.low, config.moderate, config.critical]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(config['package-manager']).toBe('npm');
  });

  it('audits production dependencies only, and never offline', () => {
    expect(config['extra-args']).toEqual(['--omit=dev', '--offline=false']);
    expect(config['skip-dev']).toBeUndefined();
  });

  it('accepts no advisory and does not pass an audit the registry refused', () => {
    expect(config.allowlist).toEqual([]);
    expect(config['pass-enoaudit']).toBe(false);
  });

  it('is refused when it is not valid JSONC', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-config-'));
    try {
      const file = join(dir, 'audit-ci.jsonc');
      writeFileSync(file, '{ "high": true "low": true }');
      expect(() => readConfig(file)).toThrow(/CommaExpected/);
      writeFileSync(file, '["high"]');
      expect(() => readConfig(file)).toThrow(/not a JSON object/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('runAudit', () => {
  const run = async (audit: () => Promise<unknown>) => {
    const lines: string[] = [];
    const exit = await runAudit(audit, (line) => lines.push(line));
    return { exit, lines };
  };

  it('exits 0 when audit-ci passes', async () => {
    expect(await run(() => Promise.resolve({}))).toEqual({
      exit: 0,
      lines: ['audit passed: no high or critical advisory in production dependencies'],
    });
  });

  it('exits 1, with audit-ci’s list, when audit-ci found advisories', async () => {
    const found = `${FOUND}high vulnerabilities.\nVulnerable advisories are:\nhttps://github.com/advisories/GHSA-grv7-fg5c-xmjg`;
    expect(await run(() => Promise.reject(new Error(found)))).toEqual({ exit: 1, lines: [found] });
  });

  it('exits 2, saying why, when audit-ci failed in any other way', async () => {
    const noLockfile = await run(() =>
      Promise.reject(new Error('code ENOLOCK: This command requires an existing lockfile.')),
    );
    expect(noLockfile.exit).toBe(2);
    expect(noLockfile.lines[0]).toMatch(
      /^audit {2}NOT DONE: .*no production dependency has been checked/,
    );
    expect(noLockfile.lines[1]).toBe(
      `${NOT_DONE}code ENOLOCK: This command requires an existing lockfile.`,
    );

    const noReason = await run(() => Promise.reject(new Error(' ')));
    expect(noReason).toMatchObject({ exit: 2 });
    expect(noReason.lines[1]).toBe(`${NOT_DONE}audit-ci gave no reason`);
  });
});

// audit-ci for real, on a fake `npm` that records its arguments and prints a
// canned answer: this checks the flags audit-ci.jsonc makes it pass, and that
// audit-ci still words its failure as runAudit expects.

/** braces has a high advisory and comes in through chokidar > anymatch > micromatch (npm 11's report). */
const chokidarFix = { name: 'chokidar', version: '4.0.3', isSemVerMajor: true };
const highReport = {
  auditReportVersion: 2,
  vulnerabilities: {
    anymatch: {
      name: 'anymatch',
      severity: 'high',
      isDirect: false,
      via: ['micromatch'],
      effects: ['chokidar'],
      range: '1.2.0 - 2.0.0',
      nodes: ['node_modules/anymatch'],
      fixAvailable: chokidarFix,
    },
    braces: {
      name: 'braces',
      severity: 'high',
      isDirect: false,
      via: [
        {
          source: 1098094,
          name: 'braces',
          dependency: 'braces',
          title: 'Uncontrolled resource consumption in braces',
          url: 'https://github.com/advisories/GHSA-grv7-fg5c-xmjg',
          severity: 'high',
          cwe: ['CWE-400', 'CWE-1050'],
          cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
          range: '<3.0.3',
        },
      ],
      effects: ['micromatch'],
      range: '<3.0.3',
      nodes: ['node_modules/braces'],
      fixAvailable: chokidarFix,
    },
    chokidar: {
      name: 'chokidar',
      severity: 'high',
      isDirect: true,
      via: ['anymatch'],
      effects: [],
      range: '1.3.0 - 2.1.8',
      nodes: ['node_modules/chokidar'],
      fixAvailable: chokidarFix,
    },
    micromatch: {
      name: 'micromatch',
      severity: 'high',
      isDirect: false,
      via: ['braces'],
      effects: ['anymatch'],
      range: '<=4.0.7',
      nodes: ['node_modules/micromatch'],
      fixAvailable: chokidarFix,
    },
  },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 4, critical: 0, total: 4 } },
};

/** esbuild has a moderate advisory only. */
const moderateReport = {
  auditReportVersion: 2,
  vulnerabilities: {
    esbuild: {
      name: 'esbuild',
      severity: 'moderate',
      isDirect: false,
      via: [
        {
          source: 1102341,
          name: 'esbuild',
          dependency: 'esbuild',
          title: 'esbuild enables any website to send any requests to the development server',
          url: 'https://github.com/advisories/GHSA-67mh-4wv8-2f99',
          severity: 'moderate',
          range: '<=0.24.2',
        },
      ],
      effects: [],
      range: '<=0.24.2',
      nodes: ['node_modules/esbuild'],
      fixAvailable: true,
    },
  },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 } },
};

/** What npm 11 prints on stdout when the advisory endpoint is blocked (here, by this machine's proxy). */
const endpointBlocked = {
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
};

describe('audit-ci with audit-ci.jsonc, on a fake npm', () => {
  let dir = '';
  let printed: string[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-npm-'));
    const npm = join(dir, 'npm');
    writeFileSync(
      npm,
      [
        '#!/usr/bin/env node',
        "const { readFileSync, writeFileSync } = require('node:fs');",
        "writeFileSync(__dirname + '/args.json', JSON.stringify(process.argv.slice(2)));",
        "process.stdout.write(readFileSync(__dirname + '/reply.json'));",
        'process.exitCode = 1;',
        '',
      ].join('\n'),
    );
    chmodSync(npm, 0o755);
    vi.stubEnv('PATH', `${dir}${delimiter}${process.env['PATH'] ?? ''}`);
    printed = [];
    const capture = (...args: unknown[]) => void printed.push(format(...args));
    vi.spyOn(console, 'log').mockImplementation(capture);
    vi.spyOn(console, 'warn').mockImplementation(capture);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  const auditWith = async (reply: object) => {
    writeFileSync(join(dir, 'reply.json'), JSON.stringify(reply, null, 2));
    const exit = await runAudit(
      () => auditCi(dir),
      (line) => printed.push(line),
    );
    return { exit, output: printed.join('\n') };
  };

  it('asks npm for production dependencies only, online, as JSON', async () => {
    await auditWith(moderateReport);
    expect(JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8'))).toEqual([
      'audit',
      '--json',
      '--omit=dev',
      '--offline=false',
    ]);
  });

  it('exits 1 on a high advisory and names it: title, versions, link, path and fix', async () => {
    const { exit, output } = await auditWith(highReport);
    expect(exit).toBe(1);
    expect(output).toContain('"title": "Uncontrolled resource consumption in braces"');
    expect(output).toContain('"range": "<3.0.3"');
    expect(output).toContain('GHSA-grv7-fg5c-xmjg|chokidar>anymatch>micromatch>braces');
    expect(output).toContain('"version": "4.0.3"');
    expect(output).toMatch(
      /Failed security audit due to high vulnerabilities\.\nVulnerable advisories are:\nhttps:\/\/github\.com\/advisories\/GHSA-grv7-fg5c-xmjg/,
    );
  });

  it('exits 0 on a moderate advisory, counting it only', async () => {
    const { exit, output } = await auditWith(moderateReport);
    expect(exit).toBe(0);
    expect(output).not.toContain('GHSA-67mh-4wv8-2f99');
    expect(output).toContain('"moderate": 1');
  });

  it('exits 2 when npm could not get the advisories', async () => {
    const { exit, output } = await auditWith(endpointBlocked);
    expect(exit).toBe(2);
    expect(output).toContain(`${NOT_DONE}code undefined:`);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('gives the exit codes runAudit can return, and no others', () => {
    const [, after = ''] = readme.split('## Continuous integration and dependency audit\n');
    const [section = ''] = after.split(/^## /m);
    const codes = [...section.matchAll(/^\| (\d+) +\|/gm)].map((match) => match[1]);
    expect(codes).toEqual(['0', '1', '2']);
  });
});
