import type { Root } from 'mdast';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { positionedSentences } from './prose-sentences.ts';

/** The prose a reader sees, as sentences: what a readability formula needs. */
export function proseSentences(tree: Root): string[] {
  return positionedSentences(tree).map((sentence) => sentence.text);
}

export interface Readability {
  words: number;
  sentences: number;
  /** Flesch-Kincaid grade level: the US school grade that can read the text. */
  grade: number;
}

const wordsOf = (text: string): string[] => text.match(/[\p{Letter}\p{Number}’']+/gu) ?? [];

/**
 * Syllable counts already worked out. Counting is the costliest part of the
 * grade (a page's words are counted for the page and again for its hardest
 * sentences), and the same few thousand words come back on every page.
 */
const syllableCounts = new Map<string, number>();
const MAX_REMEMBERED_WORDS = 100_000;

function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllableCounts.size >= MAX_REMEMBERED_WORDS) syllableCounts.clear();
    syllableCounts.set(word, count);
  }
  return count;
}

/** The measures of some sentences: a whole page's, or one sentence's to find the hardest. */
export function readabilityOf(sentences: readonly string[]): Readability {
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((total, word) => total + syllablesOf(word), 0);
  return {
    words: words.length,
    sentences: sentences.length,
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
  };
}

export const readability = (tree: Root): Readability => readabilityOf(proseSentences(tree));
