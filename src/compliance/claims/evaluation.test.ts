import { describe, expect, it } from 'vitest';
import {
  evaluate,
  EvaluationFileError,
  formatEvaluation,
  parseHonest,
  parseProblems,
  ratio,
  total,
  type Judge,
} from './evaluation.ts';

const problems = parseProblems(
  'p.yaml',
  `- text: The rack cures spasms.
  category: cure-absolute
  source: https://example.org/a
- text: Gone for good, says Jan.
  category: permanence
  also: [testimonial]
  source: https://example.org/b
`,
  'held-out',
);
const honest = parseHonest(
  'h.yaml',
  `- text: Heat may help.
  kind: hedged
  cited: true
  source: https://example.org/c
`,
  'held-out',
);

/** Reports "cures" under its own category, "good" under another one, and cited sentences never. */
const judge: Judge = async (text, context, cited) => {
  if (cited) return [];
  if (text.includes('cures')) return ['claims/cure-absolute'];
  if (text.includes('good')) return context === 'product' ? ['claims/testimonial'] : [];
  return text.includes('Heat') ? ['claims/efficacy'] : [];
};

describe('evaluate', () => {
  it('counts recall by category, in the category or not, and false positives by kind', async () => {
    const result = await evaluate(problems, honest, judge);
    const product = result['held-out'].product;
    expect(product.recall).toEqual({
      'cure-absolute': { caught: 1, total: 1 },
      permanence: { caught: 1, total: 1 },
    });
    // A finding under one of `also` counts as its own category.
    expect(product.recallInCategory.permanence).toEqual({ caught: 1, total: 1 });
    // The honest sentence stands with a citation on a product page, and the judge passes it there.
    expect(product.falsePositives).toEqual({ hedged: { caught: 0, total: 1 } });

    const article = result['held-out'].article;
    expect(article.missed).toEqual(['Gone for good, says Jan.']);
    // In an article the same sentence has no citation beside it, and is flagged.
    expect(article.flagged).toEqual([{ text: 'Heat may help.', rules: ['claims/efficacy'] }]);
    expect(ratio(total(article.recall))).toBe(0.5);
    // The same, by the file (the batch) the sentences were written in.
    expect(article.recallByFile).toEqual({ 'p.yaml': { caught: 1, total: 2 } });
    expect(article.falsePositivesByFile).toEqual({ 'h.yaml': { caught: 1, total: 1 } });
    expect(result.tune.product.recall).toEqual({});
  });

  it('prints the figures per split and context', async () => {
    const text = formatEvaluation(await evaluate(problems, honest, judge));
    expect(text).toContain(
      'held-out, in an article:\n  recall  50.0% (1/2), under its own category  50.0%; false positives 100.0% (1/1)',
    );
    expect(text).toContain('    permanence               0.0% of   1   own category   0.0%');
    expect(text).toContain('    p.yaml: recall  50.0% of 2');
    expect(text).toContain('    h.yaml: 100.0% flagged of 1');
  });

  it('leaves out the splits not asked for', async () => {
    const text = formatEvaluation(await evaluate(problems, honest, judge), ['tune']);
    expect(text).toContain('tune, in an article:');
    expect(text).not.toContain('held-out');
  });
});

describe('the evaluation files', () => {
  it('name the file and line of an entry that lacks a field', () => {
    expect(() =>
      parseProblems('p.yaml', '- text: A claim.\n  source: https://x.org\n', 'tune'),
    ).toThrow(new EvaluationFileError('p.yaml:1: "category" is missing'));
    expect(() => parseHonest('h.yaml', 'text: not a list\n', 'tune')).toThrow(
      'h.yaml:1: expected a list',
    );
  });
});
