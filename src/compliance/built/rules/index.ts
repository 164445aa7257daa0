import type { ClaimModel } from '../../claims/claim-model.ts';
import type { ClaimsList } from '../../claims/claims-list.ts';
import type { PageRule } from '../types.ts';
import { linksAssetPageRule } from './links-asset.ts';
import { createClaimsProhibitedPageRule } from './claims-prohibited.ts';
import { createClaimsCategoriesPageRule } from './claims-categories.ts';
import { disclaimerMissingPageRule } from './disclaimer-missing.ts';
import { linksExternalRelPageRule } from './links-external-rel.ts';
import { a11yHeadingOrderPageRule } from './a11y-heading-order.ts';
import { a11yImgAltPageRule } from './a11y-img-alt.ts';
import { a11yLinkTextPageRule } from './a11y-link-text.ts';
import { linksSiteRule } from './links.ts';

/**
 * Every rule that judges a built page alone, with the claims list read from
 * the project at `root` once per process, or, for a process that lives on
 * while editors change it (the dev toolbar), the claims data given.
 */
export function pageRules(
  root: string,
  claimsData?: { claims: ClaimsList; model: ClaimModel },
): PageRule[] {
  return [
    disclaimerMissingPageRule,
    a11yHeadingOrderPageRule,
    a11yImgAltPageRule,
    a11yLinkTextPageRule,
    linksExternalRelPageRule,
    linksAssetPageRule,
    createClaimsCategoriesPageRule(root, claimsData?.model),
    createClaimsProhibitedPageRule(root, claimsData?.claims, claimsData?.model),
  ];
}

/** The rules that judge links once every page is known. */
export const siteRules = { links: linksSiteRule } as const;
