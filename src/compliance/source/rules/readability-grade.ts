import type { Root } from 'mdast';
import type { SourceDocument } from '../../core/document.ts';
import type { Finding } from '../../core/finding.ts';
import { positionedSentences, type ProseSentence } from '../../core/prose-sentences.ts';
import { readabilityOf } from '../../core/readability.ts';
import type { SourceRule } from '../rule.ts';

export const READABILITY_GRADE = 'readability/grade';

/** Flesch-Kincaid grade 8 is a reading age of about 13; plain health writing aims at or below it. */
export const MAX_GRADE = 8;

/** Below this many words the formula swings on a sentence or two, so a page is not graded. */
export const MIN_WORDS = 100;

/** How many of the hardest sentences a finding names. */
const HARDEST = 3;

/** A sentence quoted in a hint: whole if short, else its first 57 characters. */
const quoteSentence = (text: string): string =>
  `"${text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text}"`;

const oneDecimal = (grade: number): string => grade.toFixed(1);

interface Graded extends ProseSentence {
  grade: number;
}

/**
 * The grade of a page's prose, and its hardest sentences, hardest first
 * (ties in reading order); `null` when the page is too short to grade.
 */
export function gradeProse(tree: Root): { grade: number; hardest: Graded[] } | null {
  const sentences = positionedSentences(tree);
  const page = readabilityOf(sentences.map((sentence) => sentence.text));
  if (page.words < MIN_WORDS) return null;
  const graded = sentences.map((sentence, index) => ({
    ...sentence,
    index,
    grade: readabilityOf([sentence.text]).grade,
  }));
  const hardest = graded
    .sort((a, b) => b.grade - a.grade || a.index - b.index)
    .slice(0, HARDEST)
    .map(({ text, position, grade }) => ({ text, position, grade }));
  return { grade: page.grade, hardest };
}

/**
 * `readability/grade`: a warning when an article's or product page's prose
 * reads above Flesch-Kincaid grade 8. It points at the hardest sentence and
 * names the three hardest with their lines, so an editor knows where to start.
 */
export function checkReadability(document: SourceDocument): Finding[] {
  if (document.collection === 'people' || !document.tree) return [];
  const graded = gradeProse(document.tree);
  if (!graded || graded.grade <= MAX_GRADE) return [];
  const places = graded.hardest.map(
    (sentence) =>
      `line ${sentence.position?.line ?? '?'} (grade ${oneDecimal(sentence.grade)}) ${quoteSentence(sentence.text)}`,
  );
  return [
    {
      ruleId: READABILITY_GRADE,
      severity: 'warning',
      file: document.file,
      position: graded.hardest[0]?.position ?? null,
      message: `the prose reads at Flesch-Kincaid grade ${oneDecimal(graded.grade)}; aim for ${MAX_GRADE} or below. Hardest sentences: ${places.join('; ')}`,
      hint: 'Split long sentences, and use everyday words instead of long ones (explain a medical term the first time, in brackets).',
    },
  ];
}

export const readabilityGradeRule: SourceRule = {
  ids: [READABILITY_GRADE],
  check: checkReadability,
};
