import { describe, expect, it } from 'vitest';
import { assessAudit, assessNpmAudit, describeFix, formatFinding, renderVerdict } from './audit.ts';

// Reports as npm 11 prints them with `npm audit --omit=dev --json` (report version 2).

const metadata = (counts: Partial<Record<string, number>>) => {
  const vulnerabilities = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  const total = Object.values(vulnerabilities).reduce((sum, count) => sum + count, 0);
  return {
    vulnerabilities: { ...vulnerabilities, total },
    dependencies: { prod: 297, dev: 449, optional: 143, peer: 0, peerOptional: 0, total: 876 },
  };
};

const chokidarFix = { name: 'chokidar', version: '4.0.3', isSemVerMajor: true };

/** braces has a high advisory; it comes in through chokidar > anymatch > micromatch. */
const highThroughAnother = {
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
      via: [
        'braces',
        {
          source: 1098681,
          name: 'micromatch',
          dependency: 'micromatch',
          title: 'Regular Expression Denial of Service (ReDoS) in micromatch',
          url: 'https://github.com/advisories/GHSA-952p-6rrq-rcjv',
          severity: 'moderate',
          cwe: ['CWE-1333'],
          cvss: { score: 5.3, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' },
          range: '<4.0.8',
        },
      ],
      effects: ['anymatch'],
      range: '<=4.0.7',
      nodes: ['node_modules/micromatch'],
      fixAvailable: chokidarFix,
    },
  },
  metadata: metadata({ high: 4 }),
};

/** form-data, listed in package.json, has a critical advisory. */
const criticalDirect = {
  auditReportVersion: 2,
  vulnerabilities: {
    'form-data': {
      name: 'form-data',
      severity: 'critical',
      isDirect: true,
      via: [
        {
          source: 1106509,
          name: 'form-data',
          dependency: 'form-data',
          title: 'form-data uses unsafe random function in form-data for choosing boundary',
          url: 'https://github.com/advisories/GHSA-fjxv-7rqg-78g4',
          severity: 'critical',
          cwe: ['CWE-330'],
          cvss: { score: 0, vectorString: null },
          range: '>=4.0.0 <4.0.4',
        },
      ],
      effects: [],
      range: '4.0.0 - 4.0.3',
      nodes: ['node_modules/form-data'],
      fixAvailable: true,
    },
  },
  metadata: metadata({ critical: 1 }),
};

/** A moderate advisory (esbuild, through vite) and a low one (cookie). */
const moderateAndLow = {
  auditReportVersion: 2,
  vulnerabilities: {
    cookie: {
      name: 'cookie',
      severity: 'low',
      isDirect: false,
      via: [
        {
          source: 1099846,
          name: 'cookie',
          dependency: 'cookie',
          title: 'cookie accepts cookie name, path, and domain with out of bounds characters',
          url: 'https://github.com/advisories/GHSA-pxg6-pf52-xh8x',
          severity: 'low',
          cwe: ['CWE-74'],
          cvss: { score: 0, vectorString: null },
          range: '<0.7.0',
        },
      ],
      effects: [],
      range: '<0.7.0',
      nodes: ['node_modules/cookie'],
      fixAvailable: true,
    },
    esbuild: {
      name: 'esbuild',
      severity: 'moderate',
      isDirect: false,
      via: [
        {
          source: 1102341,
          name: 'esbuild',
          dependency: 'esbuild',
          title:
            'esbuild enables any website to send any requests to the development server and read the response',
          url: 'https://github.com/advisories/GHSA-67mh-4wv8-2f99',
          severity: 'moderate',
          cwe: ['CWE-346'],
          cvss: { score: 5.3, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:N/A:N' },
          range: '<=0.24.2',
        },
      ],
      effects: ['vite'],
      range: '<=0.24.2',
      nodes: ['node_modules/esbuild'],
      fixAvailable: true,
    },
    vite: {
      name: 'vite',
      severity: 'moderate',
      isDirect: false,
      via: ['esbuild'],
      effects: [],
      range: '0.11.0 - 6.1.6',
      nodes: ['node_modules/vite'],
      fixAvailable: true,
    },
  },
  metadata: metadata({ moderate: 2, low: 1 }),
};

/** What this machine printed: `npm audit --omit=dev --json --offline` (no advisories). */
const clean = { auditReportVersion: 2, vulnerabilities: {}, metadata: metadata({}) };

/** What `npm audit --omit=dev --json` gives when the advisory endpoint is blocked (npm 11.19). */
const endpointError = {
  status: 1,
  stdout: `{
  "message": "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  "method": "POST",
  "uri": "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  "headers": {
    "allow": [
      "GET,HEAD"
    ],
    "date": [
      "Wed, 25 Nov 2026 15:38:10 GMT"
    ],
    "content-length": [
      "0"
    ],
    "x-fetch-attempts": [
      "1"
    ]
  },
  "statusCode": 405,
  "body": "",
  "error": {
    "summary": "",
    "detail": ""
  }
}
`,
  stderr: `npm warn Unknown user config "nodedir". This will stop working in the next major version of npm. See \`npm help npmrc\` for supported config options.
npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk
npm error audit endpoint returned an error
npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-25T15_38_09_223Z-debug-0.log
`,
};

describe('assessAudit', () => {
  it('names a high advisory reached through another package, with its path and fix', () => {
    const verdict = assessAudit(highThroughAnother);
    expect(verdict.outcome).toBe('failed');
    expect(verdict.exitCode).toBe(1);
    expect(verdict.findings.map(formatFinding)).toEqual([
      'high  braces <3.0.3  Uncontrolled resource consumption in braces  https://github.com/advisories/GHSA-grv7-fg5c-xmjg  (path: chokidar > anymatch > micromatch > braces; fix: npm audit fix --force, which installs chokidar@4.0.3, a breaking change)',
    ]);
    expect(verdict.findings[0]?.path).toEqual(['chokidar', 'anymatch', 'micromatch', 'braces']);
    expect(verdict.below).toEqual({ moderate: 1, low: 0, info: 0 });
    expect(verdict.summary).toBe(
      'audit failed: 1 high or critical advisory in production dependencies (0 critical, 1 high); 1 moderate, 0 low not listed (npm audit --omit=dev shows them)',
    );
  });

  it('names a critical advisory in a direct dependency', () => {
    const verdict = assessAudit(criticalDirect);
    expect(verdict.exitCode).toBe(1);
    expect(verdict.findings.map(formatFinding)).toEqual([
      'critical  form-data >=4.0.0 <4.0.4  form-data uses unsafe random function in form-data for choosing boundary  https://github.com/advisories/GHSA-fjxv-7rqg-78g4  (fix: npm audit fix)',
    ]);
    expect(verdict.findings[0]?.path).toBeNull();
  });

  it('lists critical before high when both are present', () => {
    const both = {
      ...highThroughAnother,
      vulnerabilities: { ...highThroughAnother.vulnerabilities, ...criticalDirect.vulnerabilities },
    };
    const verdict = assessAudit(both);
    expect(verdict.findings.map((finding) => `${finding.severity} ${finding.name}`)).toEqual([
      'critical form-data',
      'high braces',
    ]);
    expect(verdict.summary).toMatch(
      /^audit failed: 2 high or critical advisories .*\(1 critical, 1 high\)/,
    );
  });

  it('passes on moderate and low advisories, counting them only', () => {
    const verdict = assessAudit(moderateAndLow);
    expect(verdict.outcome).toBe('passed');
    expect(verdict.exitCode).toBe(0);
    expect(verdict.findings).toEqual([]);
    expect(verdict.below).toEqual({ moderate: 1, low: 1, info: 0 });
    expect(renderVerdict(verdict, false)).toEqual([
      'audit passed: no high or critical advisories in production dependencies; 1 moderate, 1 low not listed (npm audit --omit=dev shows them)',
    ]);
  });

  it('passes a clean report', () => {
    const verdict = assessAudit(clean);
    expect(verdict).toMatchObject({ outcome: 'passed', exitCode: 0, findings: [], reason: null });
    expect(verdict.summary).toBe('audit passed: no known advisories in production dependencies');
  });

  it('says where a vulnerable package sits when the report has no path to it', () => {
    const orphan = structuredClone(highThroughAnother);
    orphan.vulnerabilities.braces.effects = [];
    const [finding] = assessAudit(orphan).findings;
    expect(finding && formatFinding(finding)).toContain(
      '(indirect, at node_modules/braces; fix: npm audit fix --force',
    );
  });

  it('does not pass a report whose high packages it cannot account for', () => {
    const unreadable = {
      ...clean,
      vulnerabilities: { braces: { name: 'braces', severity: 'high', via: [] } },
      metadata: metadata({ high: 1 }),
    };
    expect(assessAudit(unreadable)).toMatchObject({ outcome: 'broken', exitCode: 3 });
  });

  it('refuses a report version it does not know', () => {
    const verdict = assessAudit({ ...clean, auditReportVersion: 3 });
    expect(verdict.exitCode).toBe(3);
    expect(verdict.reason).toContain('auditReportVersion 3');
    expect(verdict.summary).toBe(`audit could not read npm's report: ${verdict.reason}`);
  });

  it('ignores severities npm does not use', () => {
    const odd = structuredClone(criticalDirect);
    const [advisory] = odd.vulnerabilities['form-data'].via;
    if (advisory) advisory.severity = 'constructor';
    const verdict = assessAudit({ ...odd, metadata: metadata({}) });
    expect(verdict.outcome).toBe('passed');
    expect(verdict.below).toEqual({ moderate: 0, low: 0, info: 0 });
  });
});

describe('assessNpmAudit when the audit cannot be done', () => {
  it('reports the blocked advisory endpoint as not done (exit 2), with the HTTP status', () => {
    const verdict = assessNpmAudit(endpointError);
    expect(verdict.outcome).toBe('not-done');
    expect(verdict.exitCode).toBe(2);
    expect(verdict.reason).toBe(
      '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk (npm: audit endpoint returned an error)',
    );
    expect(verdict.summary).toBe(`audit not done: ${verdict.reason}`);
  });

  it('prints a loud notice that says whether AUDIT_REQUIRED makes it a failure', () => {
    const verdict = assessNpmAudit(endpointError);
    const relaxed = renderVerdict(verdict, false);
    expect(relaxed[0]).toMatch(/^audit {2}NOT DONE: .*no production dependency has been checked/);
    expect(relaxed[1]).toContain('AUDIT_REQUIRED is not set: .ci/run warns and carries on');
    expect(relaxed.at(-1)).toBe(verdict.summary);
    expect(renderVerdict(verdict, true)[1]).toContain('AUDIT_REQUIRED=1 is set: this is a failure');
  });

  it('treats an unreachable registry as not done', () => {
    const verdict = assessNpmAudit({
      status: 1,
      stdout: JSON.stringify({
        message:
          'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
        method: 'POST',
        uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        error: { summary: '', detail: '' },
      }),
      stderr: 'npm error audit endpoint returned an error\n',
    });
    expect(verdict.exitCode).toBe(2);
    expect(verdict.reason).toContain('getaddrinfo ENOTFOUND registry.npmjs.org');
  });

  it('treats other npm failures as broken (exit 3), never as a pass', () => {
    const noLockfile = assessNpmAudit({
      status: 1,
      stdout: JSON.stringify({
        error: {
          code: 'ENOLOCK',
          summary: 'This command requires an existing lockfile.',
          detail: 'Try creating one first with: npm i --package-lock-only',
        },
      }),
      stderr:
        'npm error code ENOLOCK\nnpm error audit This command requires an existing lockfile.\n',
    });
    expect(noLockfile.exitCode).toBe(3);
    expect(noLockfile.summary).toContain('ENOLOCK This command requires an existing lockfile.');

    const garbled = assessNpmAudit({ status: 1, stdout: '', stderr: 'npm error code E500\n' });
    expect(garbled).toMatchObject({ outcome: 'broken', exitCode: 3 });
    expect(garbled.reason).toBe('npm audit exited 1 without a JSON report (npm: code E500)');

    const missing = assessNpmAudit({
      status: null,
      stdout: '',
      stderr: '',
      error: new Error('spawnSync npm ENOENT'),
    });
    expect(missing.summary).toBe(
      'audit could not run: npm could not be started: spawnSync npm ENOENT',
    );
  });
});

describe('describeFix', () => {
  it("turns npm's fixAvailable into what to run", () => {
    expect(describeFix(true)).toBe('fix: npm audit fix');
    expect(describeFix(false)).toBe('no fix available');
    expect(describeFix({ name: 'astro', version: '7.4.0', isSemVerMajor: false })).toBe(
      'fix: npm audit fix --force, which installs astro@7.4.0',
    );
  });
});
