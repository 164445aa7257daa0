import type { PageRule } from '../types.ts';
import { linksAssetPageRule } from './links-asset.ts';
import { createClaimsProhibitedPageRule } from './claims-prohibited.ts';
import { disclaimerMissingPageRule } from './disclaimer-missing.ts';
import { linksExternalRelPageRule } from './links-external-rel.ts';
import { a11yHeadingOrderPageRule } from './a11y-heading-order.ts';
import { a11yImgAltPageRule } from './a11y-img-alt.ts';
import { a11yLinkTextPageRule } from './a11y-link-text.ts';
import { linksPageRule } from './links.ts';

/** Every rule that checks built HTML, with the claims list read from the project at `root`. */
export function pageRules(root: string): PageRule[] {
  return [
    disclaimerMissingPageRule,
    a11yHeadingOrderPageRule,
    a11yImgAltPageRule,
    a11yLinkTextPageRule,
    linksPageRule,
    linksExternalRelPageRule,
    linksAssetPageRule,
    createClaimsProhibitedPageRule(root),
  ];
}
