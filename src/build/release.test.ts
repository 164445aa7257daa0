import { describe, expect, it } from 'vitest';
import type { Finding } from '../compliance/core/finding.ts';
import { forRelease, isReleaseBlocking } from './release.ts';

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  severity,
  file: 'content/products/backrack.mdx',
  position: { line: 7, column: 3 },
  message: 'm',
  hint: 'h',
});

describe('a release build', () => {
  it('blocks on an unconfirmed product fact, and on nothing else that is only a warning', () => {
    expect(isReleaseBlocking(finding('product/unconfirmed', 'warning'))).toBe(true);
    expect(isReleaseBlocking(finding('review/overdue', 'warning'))).toBe(false);
    expect(isReleaseBlocking(finding('readability/grade', 'warning'))).toBe(false);
    expect(isReleaseBlocking(finding('no/such-rule', 'warning'))).toBe(false);
  });

  it('turns only the blocking warnings into errors, keeping every other field and the order', () => {
    const findings = [
      finding('readability/grade', 'warning'),
      finding('product/unconfirmed', 'warning'),
      finding('claims/prohibited', 'error'),
      finding('review/overdue', 'warning'),
    ];
    expect(forRelease(findings)).toEqual([
      finding('readability/grade', 'warning'),
      finding('product/unconfirmed', 'error'),
      finding('claims/prohibited', 'error'),
      finding('review/overdue', 'warning'),
    ]);
    // The findings given are not changed: the ordinary report still shows a warning.
    expect(findings[1]?.severity).toBe('warning');
  });
});
