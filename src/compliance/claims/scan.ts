import type { SourceDocument } from '../core/document.ts';
import type { Finding } from '../core/finding.ts';
import type { ClaimEntry, ClaimsList } from './claims-list.ts';
import { isNegated } from './negation.ts';
import { corrects } from './corrective.ts';
import { sentenceBounds, sentenceIsCited } from './sentences.ts';
import { offsetAt, positionFinder, type ProseSpan } from './span.ts';

/** One use of an entry's wording in a span of prose. */
export interface ClaimHit {
  entry: ClaimEntry;
  span: ProseSpan;
  /** Index of the first character in `span.text`. */
  index: number;
  /** The words as written, line breaks shown as spaces. */
  text: string;
  /** How many characters of the span they cover, as written. */
  length: number;
}

/** Uses of an entry's wording in a span, leaving out honest negations and corrected claims. */
export function findHits(span: ProseSpan, entry: ClaimEntry): ClaimHit[] {
  return [...span.text.matchAll(entry.regex)]
    .filter((match) => !isNegated(span.text, match.index))
    .filter((match) => {
      const { start, end } = sentenceBounds(span.text, match.index);
      return !corrects(span.text.slice(start, end));
    })
    .map((match) => ({
      entry,
      span,
      index: match.index,
      text: match[0].replace(/\s+/g, ' '),
      length: match[0].length,
    }));
}

const presenceTests = new WeakMap<ClaimEntry, RegExp>();

/**
 * The entries whose wording occurs anywhere in the spans, found with one
 * search of all the text per entry instead of one per span (a page has a
 * hundred or more spans, and most pages use no listed wording). Spans are
 * joined by a line break, which is no letter, so a word at a span's edge is
 * still found; a match across two spans only costs a closer look.
 */
function entriesPresent(spans: readonly ProseSpan[], entries: readonly ClaimEntry[]): ClaimEntry[] {
  if (spans.length < 2) return [...entries];
  const text = spans.map((span) => span.text).join('\n');
  return entries.filter((entry) => {
    let test = presenceTests.get(entry);
    if (!test) {
      // One search from the start: the entry's own RegExp is global and keeps its lastIndex.
      test = new RegExp(entry.regex.source, entry.regex.flags.replace('g', ''));
      presenceTests.set(entry, test);
    }
    return test.test(text);
  });
}

/** Whether two hits share any character of the same span. */
export const overlaps = (a: ClaimHit, b: ClaimHit): boolean =>
  a.span === b.span && a.index < b.index + b.length && b.index < a.index + a.length;

/** One finding for one piece of wording: where entries overlap, the earliest and longest wins. */
function withoutOverlaps(hits: readonly ClaimHit[]): ClaimHit[] {
  const sorted = [...hits].sort((a, b) => a.index - b.index || b.length - a.length);
  return sorted.reduce<ClaimHit[]>(
    (kept, hit) => (kept.some((other) => overlaps(other, hit)) ? kept : [...kept, hit]),
    [],
  );
}

/**
 * The prohibited wording a page really uses: product-only entries apply to
 * product pages, and `unlessCited` entries pass with a citation in the sentence.
 */
export function prohibitedHits(
  document: SourceDocument,
  spans: readonly ProseSpan[],
  claims: ClaimsList,
): ClaimHit[] {
  // claims/prohibited, claims/needs-citation and the categories each need these: find them once.
  const cached = prohibitedOf.get(spans);
  if (cached?.claims === claims) return cached.hits;
  const hits = prohibitedHitsInSpans(spans, claims, document.collection === 'products');
  prohibitedOf.set(spans, { claims, hits });
  return hits;
}

const prohibitedOf = new WeakMap<readonly ProseSpan[], { claims: ClaimsList; hits: ClaimHit[] }>();

/**
 * The same for prose that has no source document (text of a built page):
 * `productPage` says whether product-only entries apply.
 */
export function prohibitedHitsInSpans(
  spans: readonly ProseSpan[],
  claims: ClaimsList,
  productPage: boolean,
): ClaimHit[] {
  const entries = entriesPresent(
    spans,
    claims.prohibited.filter((entry) => entry.scope === 'all' || productPage),
  );
  if (entries.length === 0) return [];
  return spans.flatMap((span) =>
    withoutOverlaps(
      entries
        .flatMap((entry) => findHits(span, entry))
        .filter((hit) => !(hit.entry.unlessCited && sentenceIsCited(span, hit.index))),
    ),
  );
}

/** Efficacy wording in the spans, one hit per piece of wording. */
export function efficacyHits(spans: readonly ProseSpan[], claims: ClaimsList): ClaimHit[] {
  const entries = entriesPresent(spans, claims.efficacy);
  if (entries.length === 0) return [];
  return spans.flatMap((span) =>
    withoutOverlaps(entries.flatMap((entry) => findHits(span, entry))),
  );
}

/** Findings in the compiler-style format: message names the words, hint says what to do and why. */
export function toFindings(
  document: SourceDocument,
  ruleId: string,
  hits: readonly ClaimHit[],
): Finding[] {
  const positionAt = positionFinder(document.source);
  return hits.map(({ entry, span, index, text, length }) => ({
    ruleId,
    severity: entry.severity,
    file: document.file,
    position: positionAt(offsetAt(span, index)),
    end: positionAt(offsetAt(span, index + length - 1) + 1),
    message: `${entry.message.replaceAll('{match}', text)}; ${entry.hint}`,
    hint: `Guidance: ${entry.guidance}.`,
  }));
}
