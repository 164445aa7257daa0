import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEvaluationSet } from './evaluation-set.ts';
import { LEARNED_COUNTS_FILE, trainingExamples } from './learned-data.ts';
import { countTokens, learnedLogOdds, learnedScore, tokens } from './learned.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the learned second opinion', () => {
  it('reads words without their regular endings, and pairs of neighbours, once each', () => {
    expect(tokens('It eases aching backs; it eases.')).toEqual([
      'it',
      'eas',
      'ach',
      'back',
      'it_eas',
      'eas_ach',
      'ach_back',
      'back_it',
    ]);
  });

  it('counts tokens seen at least twice, per label and per category', () => {
    const counts = countTokens(
      [
        { text: 'It cures back pain.', category: 'cure-absolute' },
        { text: 'It cures spasms.', category: 'cure-absolute' },
        { text: 'Back pain is common.', category: null },
      ],
      ['cure-absolute'],
    );
    expect(counts.totals).toEqual([1, 2, 2]);
    expect(counts.tokens).toEqual({
      back: [1, 1, 1],
      back_pain: [1, 1, 1],
      cur: [0, 2, 2],
      it: [0, 2, 2],
      it_cur: [0, 2, 2],
      pain: [1, 1, 1],
    });
    expect(counts.tokenTotals).toEqual([3, 9, 9]);
  });

  it('scores words that came with claims above words that came with honest text', () => {
    const counts = countTokens(
      [
        { text: 'It cures back pain for good.', category: 'cure-absolute' },
        { text: 'It cures spasms for good.', category: 'cure-absolute' },
        { text: 'It works in minutes.', category: 'speed' },
        { text: 'It works within minutes.', category: 'speed' },
        { text: 'Back pain is common and usually gets better.', category: null },
        { text: 'Back pain usually gets better within weeks.', category: null },
      ],
      ['cure-absolute', 'speed'],
    );
    const claim = learnedScore(counts, 'It cures sciatica for good.');
    expect(claim.logOdds).toBeGreaterThan(0);
    expect(claim.category).toBe('cure-absolute');
    expect(learnedScore(counts, 'It works in minutes.').category).toBe('speed');
    expect(learnedScore(counts, 'Back pain usually gets better.').logOdds).toBeLessThan(0);
    // The log-odds alone, for sentences asked nothing else, are the same.
    for (const sentence of ['It cures sciatica for good.', 'Back pain usually gets better.']) {
      expect(learnedLogOdds(counts, sentence)).toBeCloseTo(learnedScore(counts, sentence).logOdds);
    }
  });

  it('is counted from the tune split only, and the committed counts are up to date', async () => {
    const { problems, honest } = await loadEvaluationSet(root);
    const { examples, categories } = trainingExamples(problems, honest);
    const heldOut = new Set(
      [...problems, ...honest].filter((s) => s.split === 'held-out').map((s) => s.text),
    );
    expect(examples.some((example) => heldOut.has(example.text))).toBe(false);
    expect(examples.length).toBe([...problems, ...honest].filter((s) => s.split === 'tune').length);
    const committed: unknown = JSON.parse(await readFile(`${root}/${LEARNED_COUNTS_FILE}`, 'utf8'));
    // Run `npm run train:claims` after changing the tune split.
    expect(committed).toEqual(countTokens(examples, categories));
  });
});
