import { productFacts, type ProductFact } from '../../../schemas/product-facts.ts';
import type { SourceDocument } from '../../core/document.ts';
import type { Finding } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

export const PRODUCT_UNCONFIRMED = 'product/unconfirmed';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFact = (name: string): name is ProductFact =>
  (productFacts as readonly string[]).includes(name);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** How a fact is named in a message: its field name, as the editor wrote it. */
const describe = (fact: ProductFact, held: boolean): string =>
  held ? `"${fact}" is not confirmed` : `"${fact}" is not known yet`;

/**
 * `product/unconfirmed`: one warning for each fact listed under `unconfirmed`
 * in a product's frontmatter, saying what is missing and who must confirm
 * it. It points at the fact's own line when the file holds a value for it,
 * otherwise at its entry under `unconfirmed`. A release build turns these
 * warnings into errors, so an unconfirmed fact is never published as true.
 */
export function checkUnconfirmed(document: SourceDocument): Finding[] {
  if (document.collection !== 'products') return [];
  const data = document.frontmatter.data;
  if (!isRecord(data) || !isRecord(data['unconfirmed'])) return [];
  const findings: Finding[] = [];
  // Unknown names and a missing confirmWith are the schema rule's findings.
  for (const [name, entry] of Object.entries(data['unconfirmed'])) {
    if (!isFact(name)) continue;
    const details = isRecord(entry) ? entry : {};
    const who = text(details['confirmWith']) ?? 'someone who knows';
    const note = text(details['note']);
    const held = data[name] !== undefined;
    findings.push({
      ruleId: PRODUCT_UNCONFIRMED,
      severity: 'warning',
      file: document.file,
      position: document.frontmatter.locate(held ? [name] : ['unconfirmed', name]),
      message: `${describe(name, held)}${note ? ` (${note})` : ''}; ${who} must confirm it`,
      hint: `Until it is confirmed, the page says it is to be confirmed, search engines are not given it, and a release build (npm run build -- --release) fails. Once ${who} has confirmed it, write the confirmed value and delete "unconfirmed.${name}".`,
    });
  }
  return findings;
}

export const productUnconfirmedRule: SourceRule = {
  ids: [PRODUCT_UNCONFIRMED],
  check: checkUnconfirmed,
};
