/**
 * The claims each sentence of a page's prose makes, by category, found once
 * per set of spans and shared by every claims rule of a phase: the category
 * rules report them, and the listed-wording rules (claims/prohibited,
 * claims/needs-citation) leave the sentences they own alone, so an editor
 * hears of one mistake once, under the name that says what is wrong with it.
 */
import type { ClaimModel } from './claim-model.ts';
import { classifyProse, type CategoryHit } from './classify.ts';
import { sentenceBounds } from './sentences.ts';
import type { ProseSpan } from './span.ts';

/** A category hit and the span of prose it stands in. */
export interface SpanCategoryHit extends CategoryHit {
  span: ProseSpan;
}

/** Where the prose stands, which decides how strictly it is read. */
export interface PageContext {
  /** A product page: advertising throughout. */
  product: boolean;
  /**
   * Read sentences that speak for the product again in their dictionary
   * forms (costly): all of them on product pages, where every sentence sells,
   * and in articles those about the body or pain.
   */
  dictionaryForms: boolean | 'about-the-body';
  /**
   * Ask the learned second opinion (claims/learned.ts). It was counted on
   * sentences of MDX pages, so the source phase asks it; the built phase,
   * which reads templates and metadata, does not.
   */
  learned: boolean;
}

/** An article paragraph that asks to buy or gives a price sells, whatever else it does. */
const SELLS = /\b(?:buy|order|shop|get\s+yours|try\s+it)\b|£\s?\d/i;

/**
 * Whether a span is held to the advertising standard: all of a product page,
 * and in an article a paragraph that names the product, speaks as the
 * seller, asks to buy or gives a price.
 */
export function isPromotional(span: ProseSpan, model: ClaimModel, product: boolean): boolean {
  return product || model.namesSeller(span.text) || SELLS.test(span.text);
}

const found = new WeakMap<
  readonly ProseSpan[],
  { model: ClaimModel; context: PageContext; hits: SpanCategoryHit[] }
>();

/** Every category hit in the spans, in order; computed once for the same spans, model and context. */
export function categoryHits(
  spans: readonly ProseSpan[],
  model: ClaimModel,
  context: PageContext,
): SpanCategoryHit[] {
  const cached = found.get(spans);
  if (
    cached?.model === model &&
    cached.context.product === context.product &&
    cached.context.dictionaryForms === context.dictionaryForms &&
    cached.context.learned === context.learned
  ) {
    return cached.hits;
  }
  const hits = spans.flatMap((span) =>
    classifyProse(
      span.text,
      {
        promotional: isPromotional(span, model, context.product),
        dictionaryForms: context.dictionaryForms,
        learned: context.learned,
        cited: (start, end) => span.cites.some((cite) => cite >= start && cite <= end),
      },
      model,
    ).map((hit) => ({ ...hit, span })),
  );
  found.set(spans, { model, context, hits });
  return hits;
}

/**
 * How the source phase reads a document: a product page is advertising
 * throughout; a sentence that speaks for the product is read in dictionary
 * forms too, in an article only when it names the body or pain.
 */
export const sourceContext = (collection: string): PageContext => ({
  product: collection === 'products',
  dictionaryForms: collection === 'products' ? true : 'about-the-body',
  learned: true,
});

/**
 * A test of whether the sentence holding a given place in a span is already
 * reported by a category: wording a list finds there is the same mistake.
 */
export function ownedByCategories(
  spans: readonly ProseSpan[],
  model: ClaimModel,
  context: PageContext,
): (span: ProseSpan, index: number) => boolean {
  const hits = categoryHits(spans, model, context);
  const owned = new Map<ProseSpan, Set<number>>();
  for (const hit of hits) {
    const starts = owned.get(hit.span) ?? new Set<number>();
    starts.add(sentenceBounds(hit.span.text, hit.index).start);
    owned.set(hit.span, starts);
  }
  return (span, index) => owned.get(span)?.has(sentenceBounds(span.text, index).start) ?? false;
}
