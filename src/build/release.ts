import type { Finding } from '../compliance/finding.ts';
import { PRODUCT_UNCONFIRMED } from '../compliance/rules/product-unconfirmed.ts';

/**
 * Rules whose warnings a release build treats as errors: what is fine while
 * a page is being written and previewed, but must never be published. An
 * unconfirmed product fact is shown as "to be confirmed" in an ordinary
 * build; a release waits until it is confirmed.
 */
export const RELEASE_BLOCKING_RULES: readonly string[] = [PRODUCT_UNCONFIRMED];

/** Whether a finding stops a release build, though elsewhere it is only a warning. */
export const isReleaseBlocking = (finding: Finding): boolean =>
  RELEASE_BLOCKING_RULES.includes(finding.ruleId);

/** The findings as a release build judges them: blocking warnings become errors. */
export const forRelease = (findings: readonly Finding[]): Finding[] =>
  findings.map((finding) =>
    isReleaseBlocking(finding) ? { ...finding, severity: 'error' } : finding,
  );
