import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  evaluate,
  ratio,
  total,
  type EvaluationResult,
  type HonestSentence,
  type ProblemSentence,
} from '../src/compliance/claims/evaluation.ts';
import { claimModelFor } from '../src/compliance/claims/claim-model.ts';
import { loadEvaluationSet } from '../src/compliance/claims/evaluation-set.ts';
import { contentChecksJudge } from '../src/compliance/source/claims-judge.ts';
import { projectRoot } from './run-script.ts';

/**
 * What the claims checks achieve on the held-out split, which no rule is
 * tuned on and no count is taken from: a change that makes them worse on
 * sentences nobody tuned them on fails here. The target is recall 0.90 and
 * false positives 0.05 in both contexts. Measured on 538 problem and 387
 * honest held-out sentences: recall 0.901 and 0.866, false positives 0.036
 * and 0.013. The product page meets the target, and its bounds are the
 * target; the article's only move towards it.
 */
const HELD_OUT = {
  product: { recall: 0.9, falsePositives: 0.05 },
  article: { recall: 0.86, falsePositives: 0.02 },
} as const;

/** The categories of the claim model: every one must be in the evaluation set. */
const CATEGORIES = claimModelFor(projectRoot).categories.map((category) => category.id);

describe('the claims evaluation set', () => {
  let problems: ProblemSentence[];
  let honest: HonestSentence[];
  let result: EvaluationResult;

  beforeAll(async () => {
    ({ problems, honest } = await loadEvaluationSet(projectRoot));
    result = await evaluate(problems, honest, contentChecksJudge(projectRoot));
  }, 120_000);

  it('is large enough, covers every category in both splits, and holds out a third', () => {
    expect(problems.length).toBeGreaterThanOrEqual(250);
    expect(honest.length).toBeGreaterThanOrEqual(150);
    for (const category of CATEGORIES) {
      const ofCategory = problems.filter((sentence) => sentence.category === category);
      expect(
        ofCategory.filter((s) => s.split === 'held-out').length,
        category,
      ).toBeGreaterThanOrEqual(5);
      expect(ofCategory.filter((s) => s.split === 'tune').length, category).toBeGreaterThanOrEqual(
        5,
      );
    }
    const heldOut = [...problems, ...honest].filter((s) => s.split === 'held-out').length;
    expect(heldOut / (problems.length + honest.length)).toBeGreaterThan(0.3);
  });

  it('labels with real categories, gives every sentence a source address and repeats none', () => {
    for (const sentence of problems) {
      for (const category of [sentence.category, ...sentence.also]) {
        expect(CATEGORIES, sentence.text).toContain(category);
      }
    }
    for (const sentence of [...problems, ...honest]) {
      expect(sentence.source, sentence.text).toMatch(/^https?:\/\/[^\s]+\.[^\s]+/);
    }
    const texts = [...problems, ...honest].map((sentence) => sentence.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(CONTEXTS)(
    'keeps held-out recall and false positives on %s at least as good as before',
    (context) => {
      const { recall, falsePositives } = result['held-out'][context];
      expect(ratio(total(recall))).toBeGreaterThanOrEqual(HELD_OUT[context].recall);
      expect(ratio(total(falsePositives))).toBeLessThanOrEqual(HELD_OUT[context].falsePositives);
    },
  );
});
