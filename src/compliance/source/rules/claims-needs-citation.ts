import { ownedByCategories, sourceContext } from '../../claims/category-hits.ts';
import { claimModelFor, type ClaimModel } from '../../claims/claim-model.ts';
import { claimsListFor, type ClaimsList } from '../../claims/claims-list.ts';
import { proseSpans } from '../../claims/prose.ts';
import { efficacyHits, overlaps, prohibitedHits, toFindings } from '../../claims/scan.ts';
import { spanIsCited } from '../../claims/sentences.ts';
import { compareFindings } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

/**
 * `claims/needs-citation`: on a product page, an efficacy statement ("reduces
 * pain", "improves posture"; the `efficacy` list in claims.yaml) must have a
 * `<Cite n={…} />` in the same sentence or paragraph. Articles are exempt:
 * they explain evidence rather than sell a product.
 */
export function createClaimsNeedsCitationRule(claims?: ClaimsList, model?: ClaimModel): SourceRule {
  return {
    ids: ['claims/needs-citation'],
    check(document, context) {
      if (document.collection !== 'products') return [];
      const list = claims ?? claimsListFor(context.root);
      const spans = proseSpans(document);
      const owned = ownedByCategories(
        spans,
        model ?? claimModelFor(context.root),
        sourceContext(document.collection),
      );
      // Wording that claims/prohibited or a category already reports is one mistake: report it once.
      const prohibited = prohibitedHits(document, spans, list);
      const hits = efficacyHits(spans, list).filter(
        (hit) =>
          !spanIsCited(hit.span) &&
          !owned(hit.span, hit.index) &&
          !prohibited.some((other) => overlaps(other, hit)),
      );
      return toFindings(document, 'claims/needs-citation', hits).sort(compareFindings);
    },
  };
}

/** The rule with the project's own list and model. */
export const claimsNeedsCitationRule: SourceRule = createClaimsNeedsCitationRule();
