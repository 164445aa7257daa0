import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { formatGithub } from './github.ts';
import { defaultFormat, printReport, type Format } from './index.ts';
import { formatJson } from './json.ts';
import { formatPretty, reportSummary, summary } from './pretty.ts';

const result: Report = {
  filesChecked: 3,
  findings: [
    {
      ruleId: 'claims/prohibited',
      severity: 'error',
      file: 'content/articles/heat-or-ice.mdx',
      position: { line: 42, column: 7 },
      message: '"cures" is an absolute health claim; say what the evidence shows, e.g. "may ease"',
      hint: 'Guidance: CAP Code section 12.',
    },
    {
      ruleId: 'review/overdue',
      severity: 'warning',
      file: 'content/articles/heat-or-ice.mdx',
      position: null,
      message: 'review is due on 1 December 2026',
    },
    {
      ruleId: 'links/insecure',
      severity: 'error',
      file: 'content/articles/other.mdx',
      position: { line: 3, column: 1 },
      message: 'link uses insecure "http:", here',
    },
  ],
  suppressed: [
    {
      file: 'content/articles/a.mdx',
      line: 9,
      ruleId: 'claims/prohibited',
      reason: 'quoting the seed',
    },
  ],
};

describe('pretty reporter', () => {
  it('prints file:line:col lines, hints beneath, suppressions, then the summary', () => {
    expect(formatPretty(result).split('\n')).toEqual([
      'content/articles/heat-or-ice.mdx:42:7  error  claims/prohibited  "cures" is an absolute health claim; say what the evidence shows, e.g. "may ease"',
      '    hint: Guidance: CAP Code section 12.',
      'content/articles/heat-or-ice.mdx (position unavailable)  warning  review/overdue  review is due on 1 December 2026',
      'content/articles/other.mdx:3:1  error  links/insecure  link uses insecure "http:", here',
      '1 suppressed finding:',
      '  content/articles/a.mdx:9  claims/prohibited  -- quoting the seed',
      '2 errors, 1 warning in 2 files',
    ]);
  });

  it('says so when there is nothing to fix', () => {
    expect(summary([], 8)).toBe('no problems in 8 files');
  });
});

describe('json reporter', () => {
  it('gives the counts, and every finding and suppression with all its fields', () => {
    expect(JSON.parse(formatJson(result))).toStrictEqual({
      summary: { errors: 2, warnings: 1, filesChecked: 3 },
      findings: [
        {
          ruleId: 'claims/prohibited',
          severity: 'error',
          file: 'content/articles/heat-or-ice.mdx',
          position: { line: 42, column: 7 },
          message:
            '"cures" is an absolute health claim; say what the evidence shows, e.g. "may ease"',
          hint: 'Guidance: CAP Code section 12.',
        },
        {
          ruleId: 'review/overdue',
          severity: 'warning',
          file: 'content/articles/heat-or-ice.mdx',
          position: null,
          message: 'review is due on 1 December 2026',
        },
        {
          ruleId: 'links/insecure',
          severity: 'error',
          file: 'content/articles/other.mdx',
          position: { line: 3, column: 1 },
          message: 'link uses insecure "http:", here',
        },
      ],
      suppressed: [
        {
          file: 'content/articles/a.mdx',
          line: 9,
          ruleId: 'claims/prohibited',
          reason: 'quoting the seed',
        },
      ],
    });
  });

  it('counts pages, not files, for the built pages', () => {
    const built: Report = { pagesChecked: 28, findings: [], suppressed: [] };
    expect(JSON.parse(formatJson(built))).toStrictEqual({
      summary: { errors: 0, warnings: 0, pagesChecked: 28 },
      findings: [],
      suppressed: [],
    });
  });
});

describe('github reporter', () => {
  it('emits escaped workflow annotations', () => {
    const lines = formatGithub(result).split('\n');
    expect(lines[0]).toBe(
      '::error file=content/articles/heat-or-ice.mdx,line=42,col=7,title=claims/prohibited::"cures" is an absolute health claim; say what the evidence shows, e.g. "may ease"%0AGuidance: CAP Code section 12.',
    );
    expect(lines[1]).toBe(
      '::warning file=content/articles/heat-or-ice.mdx,title=review/overdue::review is due on 1 December 2026',
    );
    expect(lines.at(-1)).toBe('2 errors, 1 warning in 2 files');
  });
});

describe('summaries', () => {
  it('says "file", "error" and "warning" for one, and counts each file once', () => {
    const [first, second] = result.findings as [Finding, Finding];
    expect(summary([], 1)).toBe('no problems in 1 file');
    expect(summary([first], 1)).toBe('1 error, 0 warnings in 1 file');
    expect(summary([first, second], 1)).toBe('1 error, 1 warning in 1 file');
  });

  it('counts pages for the built pages, and says how many were checked', () => {
    const [first] = result.findings as [Finding];
    expect(reportSummary({ pagesChecked: 1, findings: [], suppressed: [] })).toBe(
      'page checks: no problems in 1 page',
    );
    expect(reportSummary({ pagesChecked: 28, findings: [], suppressed: [] })).toBe(
      'page checks: no problems in 28 pages',
    );
    expect(reportSummary({ pagesChecked: 28, findings: [first], suppressed: [] })).toBe(
      'page checks: 1 error, 0 warnings in 1 file (28 pages checked)',
    );
  });

  it('counts no files when the source phase did not say', () => {
    expect(reportSummary({ findings: [], suppressed: [] })).toBe('no problems in 0 files');
  });

  it('ends the pretty report with the page summary, and lists no suppressions when there are none', () => {
    expect(formatPretty({ pagesChecked: 2, findings: [], suppressed: [] })).toBe(
      'page checks: no problems in 2 pages',
    );
  });
});

describe('json reporter, one line', () => {
  it('puts the whole report on one line, for the build’s JSON Lines', () => {
    const text = formatJson(result, 0);
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toStrictEqual(JSON.parse(formatJson(result)));
  });

  it('counts no files when the source phase did not say', () => {
    expect(JSON.parse(formatJson({ findings: [], suppressed: [] }))).toStrictEqual({
      summary: { errors: 0, warnings: 0, filesChecked: 0 },
      findings: [],
      suppressed: [],
    });
  });
});

describe('github reporter, escaping', () => {
  it('escapes %, CR and LF in the message, and also ":" and "," in properties', () => {
    const report: Report = {
      filesChecked: 1,
      findings: [
        {
          ruleId: 'links/broken',
          severity: 'error',
          file: 'content/a,b:c%.mdx',
          position: { line: 2, column: 5 },
          message: '100% wrong:\r\nsee, here',
        },
      ],
      suppressed: [],
    };
    expect(formatGithub(report).split('\n')).toEqual([
      '::error file=content/a%2Cb%3Ac%25.mdx,line=2,col=5,title=links/broken::100%25 wrong:%0D%0Asee, here',
      '1 error, 0 warnings in 1 file',
    ]);
  });
});

describe('defaultFormat', () => {
  it('is github on GitHub Actions and pretty anywhere else', () => {
    expect(defaultFormat({ GITHUB_ACTIONS: 'true' })).toBe('github');
    expect(defaultFormat({ GITHUB_ACTIONS: 'false' })).toBe('pretty');
    expect(defaultFormat({})).toBe('pretty');
  });
});

describe('printReport', () => {
  const clean: Report = { filesChecked: 2, findings: [], suppressed: [] };
  const printed = (report: Report, format: Format, options?: { oneLine?: boolean }) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      printReport(report, format, options);
      return { stdout: log.mock.calls, stderr: error.mock.calls };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };

  it('prints errors in the terminal’s format on stderr', () => {
    expect(printed(result, 'pretty')).toEqual({ stdout: [], stderr: [[formatPretty(result)]] });
  });

  it('prints a clean report in the terminal’s format on stdout', () => {
    expect(printed(clean, 'pretty')).toEqual({ stdout: [[formatPretty(clean)]], stderr: [] });
  });

  it('prints JSON and annotations on stdout even with errors, for tools to read', () => {
    expect(printed(result, 'json')).toEqual({ stdout: [[formatJson(result)]], stderr: [] });
    expect(printed(result, 'github')).toEqual({ stdout: [[formatGithub(result)]], stderr: [] });
  });

  it('prints JSON on one line only when asked', () => {
    expect(printed(result, 'json', { oneLine: true }).stdout).toEqual([[formatJson(result, 0)]]);
    expect(printed(result, 'pretty', { oneLine: true }).stderr).toEqual([[formatPretty(result)]]);
  });
});
