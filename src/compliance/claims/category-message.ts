import type { ClaimCategory } from './claim-model.ts';
import type { CategoryHit } from './classify.ts';

/**
 * What an editor reads about a category hit, the same in both phases: what
 * the words claim, in plain words, why that cannot be said, and what to write
 * instead.
 */
export function categoryMessage(hit: CategoryHit): { message: string; hint: string } {
  const { category } = hit;
  const also = hit.also.length
    ? `, and also breaks ${hit.also.map((other) => `claims/${other.id}`).join(', ')}`
    : '';
  return {
    message: `"${hit.text}" claims ${category.says}: ${category.explanation}${also}`,
    hint: `Say instead, for example: ${category.rewrite} Guidance: ${category.rule}.`,
  };
}

/**
 * A category as `--explain claims/<category>` prints it, from the claim model
 * editors extend: what such a sentence claims, why not, the rule, a rewrite.
 */
export function explainCategory(category: ClaimCategory): string {
  return [
    `What it claims: ${category.says}.`,
    `Why it cannot be said: ${category.explanation}.`,
    `The rule it breaks: ${category.rule}.`,
    `Say instead, for example: ${category.rewrite}`,
    category.anyVoice
      ? 'Checked in every sentence a reader sees, not only where the sentence speaks for the product.'
      : 'Checked where a sentence speaks for the product: on product pages, and in article paragraphs that sell.',
  ].join('\n');
}
