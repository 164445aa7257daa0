import { describe, expect, it } from 'vitest';
import type { Report } from '../core/report.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatPretty, summary } from './pretty.ts';

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
