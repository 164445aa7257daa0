import type { ProseSpan } from './span.ts';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|dr|mr|mrs|ms|vs|approx|fig)$/i;
const SENTENCE_END = /[.!?]["'”)\]]*\s+/g;

/** Start (inclusive) and end (exclusive) of the sentence around `index` in `text`. */
export function sentenceBounds(text: string, index: number): { start: number; end: number } {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(text.slice(0, match.index))) continue;
    const next = match.index + match[0].length;
    if (next > index) return { start, end: next };
    start = next;
  }
  return { start, end: text.length };
}

/**
 * Whether a `<Cite n={…} />` belongs to the sentence around `index`. A marker
 * just after the full stop ("…pain. <Cite n={1} />") still counts: writers put
 * markers on either side of the stop.
 */
export function sentenceIsCited(span: ProseSpan, index: number): boolean {
  const { start, end } = sentenceBounds(span.text, index);
  return span.cites.some((cite) => cite >= start && cite <= end);
}

/** Whether the span (a paragraph, list item or heading) carries any citation marker. */
export const spanIsCited = (span: ProseSpan): boolean => span.cites.length > 0;
