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

/** The measures of some sentences: a whole page's, or one sentence's to find the hardest. */
export function readabilityOf(sentences: readonly string[]): Readability {
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  return {
    words: words.length,
    sentences: sentences.length,
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
  };
}

export const readability = (tree: Root): Readability => readabilityOf(proseSentences(tree));
