import { claimsListFor, type ClaimsList } from '../../claims/claims-list.ts';
import { proseSpans } from '../../claims/prose.ts';
import { prohibitedHits, toFindings } from '../../claims/scan.ts';
import { compareFindings } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

/**
 * `claims/prohibited`: wording that health advertising rules forbid, from the
 * editable list in content/compliance/claims.yaml. Without `claims`, the list
 * is read from the project root the check runs in.
 */
export function createClaimsProhibitedRule(claims?: ClaimsList): SourceRule {
  return {
    ids: ['claims/prohibited'],
    check(document, context) {
      if (document.collection === 'people') return [];
      const list = claims ?? claimsListFor(context.root);
      const hits = prohibitedHits(document, proseSpans(document), list);
      return toFindings(document, 'claims/prohibited', hits).sort(compareFindings);
    },
  };
}

/** The rule with the project's own list. */
export const claimsProhibitedRule: SourceRule = createClaimsProhibitedRule();
