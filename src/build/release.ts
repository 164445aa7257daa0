import type { Finding } from '../compliance/core/finding.ts';
import { ruleFacts } from '../compliance/core/registry.ts';

/**
 * Whether a finding stops a release build, though elsewhere it is only a
 * warning: what is fine while a page is written and previewed but must never
 * be published, as the registry declares (an unconfirmed product fact).
 */
export const isReleaseBlocking = (finding: Finding): boolean =>
  ruleFacts(finding.ruleId)?.blocksRelease === true;

/** The findings as a release build judges them: blocking warnings become errors. */
export const forRelease = (findings: readonly Finding[]): Finding[] =>
  findings.map((finding) =>
    isReleaseBlocking(finding) ? { ...finding, severity: 'error' } : finding,
  );
