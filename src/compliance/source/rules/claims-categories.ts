import { categoryHits, sourceContext } from '../../claims/category-hits.ts';
import { claimModelFor, type ClaimModel } from '../../claims/claim-model.ts';
import { categoryMessage } from '../../claims/category-message.ts';
import { proseSpans } from '../../claims/prose.ts';
import { offsetAt, positionFinder } from '../../claims/span.ts';
import { CLAIM_CATEGORY_IDS, type RuleId } from '../../core/registry.ts';
import { compareFindings, type Finding } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

/**
 * `claims/<category>`: every sentence a reader sees, judged by what it claims
 * (claims/classify.ts). On product pages every sentence is advertising; in
 * articles, a paragraph that sells is held to the same standard, and
 * elsewhere only sentences about the product or the seller. A sentence a
 * category reports is its own: the listed-wording rules leave it alone.
 */
export function createClaimsCategoriesRule(model?: ClaimModel): SourceRule {
  return {
    ids: CLAIM_CATEGORY_IDS as RuleId[],
    check(document, context) {
      if (document.collection === 'people') return [];
      const hits = categoryHits(
        proseSpans(document),
        model ?? claimModelFor(context.root),
        sourceContext(document.collection),
      );
      const positionAt = positionFinder(document.source);
      return hits
        .map((hit): Finding => ({
          ruleId: `claims/${hit.category.id}`,
          severity: 'error',
          file: document.file,
          position: positionAt(offsetAt(hit.span, hit.index)),
          end: positionAt(offsetAt(hit.span, hit.index + hit.length - 1) + 1),
          ...categoryMessage(hit),
        }))
        .sort(compareFindings);
    },
  };
}

/** The rule with the project's own model. */
export const claimsCategoriesRule: SourceRule = createClaimsCategoriesRule();
