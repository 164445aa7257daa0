import {
  evaluate,
  EvaluationFileError,
  formatEvaluation,
  SPLITS,
} from '../compliance/claims/evaluation.ts';
import { EVALUATION_FOLDER, loadEvaluationSet } from '../compliance/claims/evaluation-set.ts';
import { ClaimModelError } from '../compliance/claims/claim-model.ts';
import { contentChecksJudge } from '../compliance/source/claims-judge.ts';

/**
 * `npm run eval:claims [-- --json] [-- --list] [-- --tune-only]`: recall and
 * false positives of the claims checks. `--tune-only` leaves the held-out
 * figures out, for the many runs made while changing a rule: each look at
 * them is a little tuning on them.
 */
async function main(argv: readonly string[]): Promise<number> {
  const root = process.cwd();
  try {
    const { problems, honest } = await loadEvaluationSet(root);
    const result = await evaluate(problems, honest, contentChecksJudge(root));
    if (argv.includes('--json')) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    console.log(
      `${problems.length} problem and ${honest.length} honest sentences (${EVALUATION_FOLDER}/)\n`,
    );
    console.log(formatEvaluation(result, argv.includes('--tune-only') ? ['tune'] : SPLITS));
    if (argv.includes('--list')) {
      // Only the tuning split is listed: rules are never tuned on what held-out misses.
      const { product, article } = result.tune;
      console.log('\nMissed in tune (product page):', ...product.missed.map((t) => `\n  ${t}`));
      console.log('\nMissed in tune (article):', ...article.missed.map((t) => `\n  ${t}`));
      console.log(
        '\nHonest sentences flagged in tune:',
        ...[...product.flagged, ...article.flagged].map(
          (f) => `\n  ${f.rules.join(',')}  ${f.text}`,
        ),
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof EvaluationFileError || error instanceof ClaimModelError) {
      console.error(`error  ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
