import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HonestSentence, ProblemSentence } from './evaluation.ts';
import type { LearnedCounts } from './learned.ts';

/** Where `npm run train:claims` writes the counts of the tune split. */
export const LEARNED_COUNTS_FILE = 'content/compliance/claim-counts.json';

/** The tune split only, as labelled examples: the held-out split is never counted. */
export function trainingExamples(
  problems: readonly ProblemSentence[],
  honest: readonly HonestSentence[],
): { examples: { text: string; category: string | null }[]; categories: string[] } {
  const tune = <T extends { split: string }>(list: readonly T[]) =>
    list.filter((sentence) => sentence.split === 'tune');
  const categories = [...new Set(tune(problems).map((sentence) => sentence.category))].sort();
  return {
    categories,
    examples: [
      ...tune(problems).map((sentence) => ({ text: sentence.text, category: sentence.category })),
      ...tune(honest).map((sentence) => ({ text: sentence.text, category: null })),
    ],
  };
}

const loaded = new Map<string, LearnedCounts | null>();

/** The project's counts, read once per root; null when they were never made. */
export function learnedCountsFor(root: string): LearnedCounts | null {
  if (!loaded.has(root)) loaded.set(root, readCounts(root));
  return loaded.get(root) ?? null;
}

function readCounts(root: string): LearnedCounts | null {
  try {
    return JSON.parse(readFileSync(join(root, LEARNED_COUNTS_FILE), 'utf8')) as LearnedCounts;
  } catch {
    return null;
  }
}
