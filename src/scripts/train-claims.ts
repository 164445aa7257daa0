import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EvaluationFileError } from '../compliance/claims/evaluation.ts';
import { loadEvaluationSet } from '../compliance/claims/evaluation-set.ts';
import { countTokens, learnedScore } from '../compliance/claims/learned.ts';
import { LEARNED_COUNTS_FILE, trainingExamples } from '../compliance/claims/learned-data.ts';

/**
 * `npm run train:claims [-- --cv]`: counts the tune split's sentences into
 * the learned second opinion's data. `--cv` instead prints, for thresholds of
 * the log-odds, the recall and false positives of the counts alone on five
 * folds of the tune split, each scored with counts from the other four.
 */
async function main(argv: readonly string[]): Promise<number> {
  const root = process.cwd();
  try {
    const { problems, honest } = await loadEvaluationSet(root);
    const { examples, categories } = trainingExamples(problems, honest);
    if (argv.includes('--cv')) {
      const scores = examples.map(() => 0);
      for (let fold = 0; fold < 5; fold += 1) {
        const counts = countTokens(
          examples.filter((_, index) => index % 5 !== fold),
          categories,
        );
        examples.forEach((example, index) => {
          if (index % 5 === fold) scores[index] = learnedScore(counts, example.text).logOdds;
        });
      }
      for (const threshold of [-6, -4, -3, -2, 0, 2, 3, 4, 5]) {
        const flagged = (claim: boolean) =>
          examples.filter((e, i) => (e.category !== null) === claim && (scores[i] ?? 0) > threshold)
            .length / examples.filter((e) => (e.category !== null) === claim).length;
        console.log(
          `log-odds > ${threshold}: recall ${(100 * flagged(true)).toFixed(1)}%, false positives ${(100 * flagged(false)).toFixed(1)}%`,
        );
      }
      return 0;
    }
    const counts = countTokens(examples, categories);
    await writeFile(join(root, LEARNED_COUNTS_FILE), `${JSON.stringify(counts)}\n`);
    console.log(
      `counted ${examples.length} tune sentences, ${Object.keys(counts.tokens).length} tokens, into ${LEARNED_COUNTS_FILE}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof EvaluationFileError) {
      console.error(`error  ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
