import { ownedByCategories, sourceContext } from '../../claims/category-hits.ts';
import { claimModelFor, type ClaimModel } from '../../claims/claim-model.ts';
import { claimsListFor, type ClaimsList } from '../../claims/claims-list.ts';
import { proseSpans } from '../../claims/prose.ts';
import { prohibitedHits, toFindings } from '../../claims/scan.ts';
import { compareFindings } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

/**
 * `claims/prohibited`: wording that health advertising rules forbid, from the
 * editable list in content/compliance/claims.yaml, in sentences no claim
 * category already reports (educational text, mostly, where the categories
 * do not read every sentence). Without `claims` and `model`, both are read
 * from the project root the check runs in.
 */
export function createClaimsProhibitedRule(claims?: ClaimsList, model?: ClaimModel): SourceRule {
  return {
    ids: ['claims/prohibited'],
    check(document, context) {
      if (document.collection === 'people') return [];
      const list = claims ?? claimsListFor(context.root);
      const spans = proseSpans(document);
      const owned = ownedByCategories(
        spans,
        model ?? claimModelFor(context.root),
        sourceContext(document.collection),
      );
      const hits = prohibitedHits(document, spans, list).filter(
        (hit) => !owned(hit.span, hit.index),
      );
      return toFindings(document, 'claims/prohibited', hits).sort(compareFindings);
    },
  };
}

/** The rule with the project's own list and model. */
export const claimsProhibitedRule: SourceRule = createClaimsProhibitedRule();
