/**
 * A learned second opinion on sentences that speak for the product but hold
 * none of the model's wordings: naive Bayes over words and word pairs,
 * counted on the tune split of the evaluation set (never the held-out one).
 * Wordings generalise poorly to phrasings nobody listed; counts of which
 * words tend to come with a claim generalise better, and say which category
 * a sentence most resembles. Pure: the counts are passed in.
 */

/** Document counts, per token: [honest sentences, claim sentences, then one per category]. */
export interface LearnedCounts {
  /** The categories, in the order their counts follow. */
  categories: string[];
  /** How many honest and claim sentences, then how many of each category, were counted. */
  totals: number[];
  /** The sum of the kept tokens' counts, in the same order: the denominators of the likelihoods. */
  tokenTotals: number[];
  /** Tokens seen at least twice, with their counts in the order of `totals`. */
  tokens: Record<string, number[]>;
}

/** A sentence's words, with regular endings cut off, and its pairs of neighbouring words. */
export function tokens(sentence: string): string[] {
  const words = (
    sentence
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .match(/[a-z0-9%£']+/g) ?? []
  ).map((word) => (word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word));
  return [...new Set([...words, ...words.slice(1).map((word, i) => `${words[i]}_${word}`)])];
}

/** Counts tokens over labelled sentences: `category` null for an honest one. */
export function countTokens(
  examples: readonly { text: string; category: string | null }[],
  categories: readonly string[],
): LearnedCounts {
  const totals = new Array<number>(2 + categories.length).fill(0);
  const all = new Map<string, number[]>();
  for (const { text, category } of examples) {
    const slots = category === null ? [0] : [1, 2 + categories.indexOf(category)];
    for (const slot of slots) totals[slot] = (totals[slot] ?? 0) + 1;
    for (const token of tokens(text)) {
      const counts = all.get(token) ?? new Array<number>(totals.length).fill(0);
      for (const slot of slots) counts[slot] = (counts[slot] ?? 0) + 1;
      all.set(token, counts);
    }
  }
  const kept = [...all]
    .filter(([, counts]) => (counts[0] ?? 0) + (counts[1] ?? 0) >= 2)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tokenTotals = totals.map((_, slot) =>
    kept.reduce((sum, [, counts]) => sum + (counts[slot] ?? 0), 0),
  );
  return { categories: [...categories], totals, tokenTotals, tokens: Object.fromEntries(kept) };
}

/** How much likelier a claim is than honest text, as a log-odds, and the category it most resembles. */
export interface LearnedScore {
  logOdds: number;
  category: string;
}

/** What scoring needs of the counts beyond the counts themselves, worked out once per set of counts. */
interface Denominators {
  /** log(tokens counted in the slot + vocabulary size), per slot: Laplace smoothing's denominator. */
  logTokenTotals: number[];
}

const denominators = new WeakMap<LearnedCounts, Denominators>();

/** The vocabulary has thousands of tokens: counting them for every sentence scored cost more than scoring. */
function denominatorsOf(counts: LearnedCounts): Denominators {
  let known = denominators.get(counts);
  if (!known) {
    const vocabulary = Object.keys(counts.tokens).length;
    known = {
      logTokenTotals: counts.totals.map((_, slot) =>
        Math.log((counts.tokenTotals[slot] ?? 0) + vocabulary),
      ),
    };
    denominators.set(counts, known);
  }
  return known;
}

/** The counts of the sentence's tokens that were counted, in the order of `totals`. */
function countsOfTokens(counts: LearnedCounts, sentence: string): number[][] {
  return tokens(sentence).flatMap((token) =>
    Object.hasOwn(counts.tokens, token) ? [counts.tokens[token] ?? []] : [],
  );
}

/** Laplace-smoothed log-likelihood of the tokens under one slot of the counts, with its prior. */
function logPosterior(
  counts: LearnedCounts,
  seen: readonly number[][],
  slot: number,
  of: number,
): number {
  const { logTokenTotals } = denominatorsOf(counts);
  const prior = Math.log(((counts.totals[slot] ?? 0) + 1) / (of + 2));
  return seen.reduce(
    (sum, tokenCounts) =>
      sum + Math.log((tokenCounts[slot] ?? 0) + 1) - (logTokenTotals[slot] ?? 0),
    prior,
  );
}

const logOddsOf = (counts: LearnedCounts, seen: readonly number[][]): number => {
  const sentences = (counts.totals[0] ?? 0) + (counts.totals[1] ?? 0);
  return logPosterior(counts, seen, 1, sentences) - logPosterior(counts, seen, 0, sentences);
};

/**
 * How much likelier a claim is than honest text, as a log-odds, alone: a
 * sixth of the work of `learnedScore`, for the many sentences asked only that.
 */
export const learnedLogOdds = (counts: LearnedCounts, sentence: string): number =>
  logOddsOf(counts, countsOfTokens(counts, sentence));

/** Scores a sentence with Laplace-smoothed naive Bayes over the counts. */
export function learnedScore(counts: LearnedCounts, sentence: string): LearnedScore {
  const seen = countsOfTokens(counts, sentence);
  const claims = counts.totals[1] ?? 0;
  let best = { category: counts.categories[0] ?? '', score: -Infinity };
  counts.categories.forEach((category, index) => {
    const score = logPosterior(counts, seen, 2 + index, claims);
    if (score > best.score) best = { category, score };
  });
  return { logOdds: logOddsOf(counts, seen), category: best.category };
}
