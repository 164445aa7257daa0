import { categoryHits } from '../../claims/category-hits.ts';
import { categoryMessage } from '../../claims/category-message.ts';
import { claimModelFor, type ClaimModel } from '../../claims/claim-model.ts';
import { CLAIM_CATEGORY_IDS, type RuleId } from '../../core/registry.ts';
import { pageProse } from '../claims-text.ts';
import type { PageFinding, PageRule } from '../types.ts';

/**
 * `claims/<category>` on built pages: the same judgement as the source rule,
 * over everything a page shows (layouts and components, which the source
 * rule never sees), its metadata and JSON-LD. What an MDX entry wrote is the
 * source rule's to report: the tracer drops it here. The model is read from
 * `root` when the first page is checked; `model` replaces it in tests.
 */
export function createClaimsCategoriesPageRule(root: string, model?: ClaimModel): PageRule {
  return {
    ids: CLAIM_CATEGORY_IDS as RuleId[],
    check(page): PageFinding[] {
      const product = page.pathname.startsWith('/products/');
      // Dictionary forms cost a parse per sentence; the source phase reads MDX with them.
      const hits = categoryHits(pageProse(page), model ?? claimModelFor(root), {
        product,
        dictionaryForms: false,
        learned: false,
      });
      const seen = new Set<string>();
      const findings: PageFinding[] = [];
      for (const hit of hits) {
        // The title, meta description and og:description often repeat the same words: report them once.
        const key = `${hit.category.id}\u0000${hit.text.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          ruleId: `claims/${hit.category.id}`,
          severity: 'error',
          pathname: page.pathname,
          ...categoryMessage(hit),
          trace: { kind: 'text', needle: hit.text },
        });
      }
      return findings;
    },
  };
}
