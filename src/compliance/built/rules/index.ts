import type { PageRule } from '../types.ts';
import { assetsRule } from './links-asset.ts';
import { builtClaimsRule } from './claims-prohibited.ts';
import { disclaimerMissingRule } from './disclaimer-missing.ts';
import { externalRelRule } from './links-external-rel.ts';
import { headingOrderRule } from './a11y-heading-order.ts';
import { imgAltRule } from './a11y-img-alt.ts';
import { linkTextRule } from './a11y-link-text.ts';
import { linksRule } from './links.ts';

/** Every rule that checks built HTML, with the claims list read from the project at `root`. */
export function pageRules(root: string): PageRule[] {
  return [
    disclaimerMissingRule,
    headingOrderRule,
    imgAltRule,
    linkTextRule,
    linksRule,
    externalRelRule,
    assetsRule,
    builtClaimsRule(root),
  ];
}
