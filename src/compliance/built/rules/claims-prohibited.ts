import { ownedByCategories } from '../../claims/category-hits.ts';
import { claimModelFor, type ClaimModel } from '../../claims/claim-model.ts';
import { claimsListFor, type ClaimsList } from '../../claims/claims-list.ts';
import { prohibitedHitsInSpans } from '../../claims/scan.ts';
import type { PageFinding, PageRule } from '../types.ts';
import { pageProse } from '../claims-text.ts';

const RULE_ID = 'claims/prohibited';

/**
 * `claims/prohibited` on built pages: the same editable list and matcher as
 * the source rule, over everything a page shows (layouts and components
 * included, which the source rule never sees), its metadata and JSON-LD.
 * The list and the claim model are read from `root` when the first page is
 * checked; `claims` and `model` replace them in tests.
 */
export function createClaimsProhibitedPageRule(
  root: string,
  claims?: ClaimsList,
  model?: ClaimModel,
): PageRule {
  return {
    ids: [RULE_ID],
    check(page): PageFinding[] {
      const list = claims ?? claimsListFor(root);
      const product = page.pathname.startsWith('/products/');
      const spans = pageProse(page);
      // A sentence a claims category reports is its own (built/rules/claims-categories.ts).
      const owned = ownedByCategories(spans, model ?? claimModelFor(root), {
        product,
        dictionaryForms: false,
        learned: false,
      });
      const seen = new Set<string>();
      const findings: PageFinding[] = [];
      for (const hit of prohibitedHitsInSpans(spans, list, product)) {
        if (owned(hit.span, hit.index)) continue;
        // The title, meta description and og:description often repeat the same words: report them once.
        const key = `${hit.entry.id}\u0000${hit.text.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          ruleId: RULE_ID,
          severity: hit.entry.severity,
          pathname: page.pathname,
          message: `${hit.entry.message.replaceAll('{match}', hit.text)}; ${hit.entry.hint}`,
          hint: `Guidance: ${hit.entry.guidance}.`,
          trace: { kind: 'text', needle: hit.text },
        });
      }
      return findings;
    },
  };
}
