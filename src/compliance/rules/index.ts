import { ruleIdMatches } from '../finding.ts';
import type { SourceRule } from '../rule.ts';
import { a11yImgAltRule } from './a11y-img-alt.ts';
import { claimsNeedsCitation } from './claims-needs-citation.ts';
import { claimsProhibited } from './claims-prohibited.ts';
import { linksAssetRule } from './links-asset.ts';
import { linksInsecureRule } from './links-insecure.ts';
import { markdownlintRule } from './markdownlint.ts';
import { placeholderRule } from './placeholder.ts';
import { productUnconfirmedRule } from './product-unconfirmed.ts';
import { readabilityGradeRule } from './readability-grade.ts';
import { reviewOverdueRule } from './review-overdue.ts';
import { schemaRule } from './schema.ts';
import { sourcesMissingRule } from './sources-missing.ts';
import { syntaxMdxRule } from './syntax-mdx.ts';
import { urgentHelpMissingRule } from './urgent-help-missing.ts';

/** Every rule that can be judged from the source files, in the order they run. */
export const sourceRules: readonly SourceRule[] = [
  syntaxMdxRule,
  schemaRule,
  placeholderRule,
  sourcesMissingRule,
  reviewOverdueRule,
  productUnconfirmedRule,
  urgentHelpMissingRule,
  claimsProhibited,
  claimsNeedsCitation,
  a11yImgAltRule,
  linksInsecureRule,
  linksAssetRule,
  markdownlintRule,
  readabilityGradeRule,
];

/** Ids that a suppression may name, including the `markdown/*` family. */
export function isKnownRuleId(ruleId: string, rules: readonly SourceRule[] = sourceRules): boolean {
  return rules.some((rule) => rule.ids.some((id) => ruleIdMatches(id, ruleId)));
}
