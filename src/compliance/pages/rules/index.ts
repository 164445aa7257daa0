import type { PageRule } from '../types.ts';
import { assetsRule } from './assets.ts';
import { builtClaimsRule } from './claims.ts';
import { disclaimerMissingRule } from './disclaimer-missing.ts';
import { externalRelRule } from './external-rel.ts';
import { headingOrderRule } from './heading-order.ts';
import { imgAltRule } from './img-alt.ts';
import { linkTextRule } from './link-text.ts';
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
