import { claimModelFor, type ClaimModel } from '../../claims/claim-model.ts';
import { claimsListFor, type ClaimsList } from '../../claims/claims-list.ts';
import { classifyProse } from '../../claims/classify.ts';
import { proseSpans } from '../../claims/prose.ts';
import { efficacyHits, prohibitedHits } from '../../claims/scan.ts';
import { sentenceBounds } from '../../claims/sentences.ts';
import { offsetAt, positionFinder, type ProseSpan } from '../../claims/span.ts';
import { CLAIM_CATEGORY_IDS, type RuleId } from '../../core/registry.ts';
import { compareFindings, type Finding } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

/** An article paragraph that sells (names the product, speaks as the seller, asks to buy, gives a price). */
const SELLS = /\b(?:buy|order|shop|get\s+yours|try\s+it)\b|£\s?\d/i;

/** The sentences of a span that a listed wording (claims/prohibited, claims/needs-citation) already reports. */
function sentencesReported(span: ProseSpan, starts: readonly number[]): Set<number> {
  return new Set(starts.map((index) => sentenceBounds(span.text, index).start));
}

/**
 * `claims/<category>`: every sentence a reader sees, judged by what it claims
 * (claims/classify.ts). On product pages every sentence is advertising; in
 * articles, a paragraph that sells is held to the same standard, and
 * elsewhere only sentences about the product or the seller. A sentence that
 * claims/prohibited or claims/needs-citation already reports is left to it.
 */
export function createClaimsCategoriesRule(model?: ClaimModel, claims?: ClaimsList): SourceRule {
  return {
    ids: CLAIM_CATEGORY_IDS as RuleId[],
    check(document, context) {
      if (document.collection === 'people') return [];
      const categories = model ?? claimModelFor(context.root);
      const list = claims ?? claimsListFor(context.root);
      const spans = proseSpans(document);
      const product = document.collection === 'products';
      const listed = [
        ...prohibitedHits(document, spans, list),
        ...(product ? efficacyHits(spans, list) : []),
      ];
      const positionAt = positionFinder(document.source);
      const findings: Finding[] = [];
      for (const span of spans) {
        const reported = sentencesReported(
          span,
          listed.filter((hit) => hit.span === span).map((hit) => hit.index),
        );
        const promotional = product || categories.subjects.test(span.text) || SELLS.test(span.text);
        const hits = classifyProse(
          span.text,
          {
            promotional,
            dictionaryForms: product,
            cited: (start, end) => span.cites.some((cite) => cite >= start && cite <= end),
          },
          categories,
        );
        for (const hit of hits) {
          if (reported.has(sentenceBounds(span.text, hit.index).start)) continue;
          const { category } = hit;
          const also = hit.also.length ? ` (also ${hit.also.map((c) => c.id).join(', ')})` : '';
          findings.push({
            ruleId: `claims/${category.id}`,
            severity: 'error',
            file: document.file,
            position: positionAt(offsetAt(span, hit.index)),
            message: `"${hit.text}" is a ${category.id} claim${also}: ${category.explanation}`,
            hint: `Rewrite, e.g. ${category.rewrite} Guidance: ${category.rule}.`,
          });
        }
      }
      return findings.sort(compareFindings);
    },
  };
}

/** The rule with the project's own model and claims list. */
export const claimsCategoriesRule: SourceRule = createClaimsCategoriesRule();
