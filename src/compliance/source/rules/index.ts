import type { SourceRule } from '../rule.ts';
import { a11yImgAltRule } from './a11y-img-alt.ts';
import { claimsCategoriesRule } from './claims-categories.ts';
import { claimsNeedsCitationRule } from './claims-needs-citation.ts';
import { claimsProhibitedRule } from './claims-prohibited.ts';
import { linksAssetRule } from './links-asset.ts';
import { linksInsecureRule } from './links-insecure.ts';
import { markdownRule } from './markdown.ts';
import { schemaPlaceholderRule } from './schema-placeholder.ts';
import { productUnconfirmedRule } from './product-unconfirmed.ts';
import { readabilityGradeRule } from './readability-grade.ts';
import { reviewOverdueRule } from './review-overdue.ts';
import { schemaRule } from './schema.ts';
import { sourcesMissingRule } from './sources-missing.ts';
import { syntaxMdxRule } from './syntax-mdx.ts';
import { safetyUrgentHelpMissingRule } from './safety-urgent-help-missing.ts';

/** Every rule that can be judged from the source files, in the order they run. */
export const sourceRules: readonly SourceRule[] = [
  syntaxMdxRule,
  schemaRule,
  schemaPlaceholderRule,
  sourcesMissingRule,
  reviewOverdueRule,
  productUnconfirmedRule,
  safetyUrgentHelpMissingRule,
  claimsProhibitedRule,
  claimsNeedsCitationRule,
  claimsCategoriesRule,
  a11yImgAltRule,
  linksInsecureRule,
  linksAssetRule,
  markdownRule,
  readabilityGradeRule,
];
