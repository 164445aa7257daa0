import type { ClaimModel } from '../../claims/claim-model.ts';
import type { ClaimsList } from '../../claims/claims-list.ts';
import type { SourceRule } from '../rule.ts';
import { createClaimsCategoriesRule, claimsCategoriesRule } from './claims-categories.ts';
import { createClaimsNeedsCitationRule, claimsNeedsCitationRule } from './claims-needs-citation.ts';
import { createClaimsProhibitedRule, claimsProhibitedRule } from './claims-prohibited.ts';
import { sourceRules } from './index.ts';

/** The claims data the claims rules judge by: the wording list and the categories. */
export interface ClaimsData {
  claims: ClaimsList;
  model: ClaimModel;
}

/**
 * Every source rule, in the registry's order, with the claims rules judging
 * by the given data instead of the files under the root, which the project's
 * rules read once per process. A process that lives on while editors change
 * the data (the language server) builds the rules again with each version,
 * even one not yet saved.
 */
export function sourceRulesWithClaims({ claims, model }: ClaimsData): SourceRule[] {
  const replacements = new Map<SourceRule, SourceRule>([
    [claimsProhibitedRule, createClaimsProhibitedRule(claims, model)],
    [claimsNeedsCitationRule, createClaimsNeedsCitationRule(claims, model)],
    [claimsCategoriesRule, createClaimsCategoriesRule(model)],
  ]);
  return sourceRules.map((rule) => replacements.get(rule) ?? rule);
}
