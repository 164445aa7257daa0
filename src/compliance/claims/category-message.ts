import type { CategoryHit } from './classify.ts';

/** What an editor reads about a category hit, the same in both phases: what was said, why not, what instead. */
export function categoryMessage(hit: CategoryHit): { message: string; hint: string } {
  const { category } = hit;
  const also = hit.also.length ? ` (also ${hit.also.map((other) => other.id).join(', ')})` : '';
  const article = /^[aeiou]/i.test(category.id) ? 'an' : 'a';
  return {
    message: `"${hit.text}" is ${article} ${category.id} claim${also}: ${category.explanation}`,
    hint: `Rewrite, e.g. ${category.rewrite} Guidance: ${category.rule}.`,
  };
}
