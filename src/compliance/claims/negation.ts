/**
 * Honest negations ("there is no cure", "it does not cure") are the opposite
 * of a claim. A match counts as negated when a negating word comes within a
 * few words before it in the same clause.
 */

/** How many words before a match are searched for a negator. */
export const NEGATION_WINDOW = 8;

const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'nothing',
  'cannot',
  'without',
  'neither',
  'nor',
  'nobody',
  'none',
]);

/** Clause punctuation; the clause before it says nothing about the words after it. */
const CLAUSE_BREAK = /[,;:.!?()\u2013\u2014]|\bbut\b/gi;
const WORD = /[\p{L}\p{N}']+/gu;
/**
 * "not only", "no doubt", "no wonder": a negator followed by these strengthens,
 * not negates; "don't let a doctor talk you into surgery" urges, not denies.
 */
const NOT_A_NEGATION = new Set([
  'only',
  'just',
  'doubt',
  'wonder',
  'question',
  'let',
  // "nothing short of a miracle", "nothing but relief": praise, not denial.
  'short',
  'but',
  // "most people don't realise their spine is collapsing": what is denied is knowing it.
  'realise',
  'realize',
  'know',
  'notice',
  'understand',
]);

const isNegator = (word: string): boolean => NEGATORS.has(word) || word.endsWith("n't");

/** Whether the words just before `index` in `text` negate what starts at `index`. */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let clauseStart = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) clauseStart = match.index + match[0].length;
  const words = (before.slice(clauseStart).match(WORD) ?? []).map((word) => word.toLowerCase());
  const window = words.slice(-NEGATION_WINDOW);
  return window.some((word, position) => {
    if (!isNegator(word)) return false;
    const next = window[position + 1] === 'a' ? window[position + 2] : window[position + 1];
    return next === undefined || !NOT_A_NEGATION.has(next);
  });
}
