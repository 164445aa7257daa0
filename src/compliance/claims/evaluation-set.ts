import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  parseHonest,
  parseProblems,
  SPLITS,
  type HonestSentence,
  type ProblemSentence,
} from './evaluation.ts';

/** Where the labelled sentences live: `tune/` and `held-out/`, each with problems.yaml and honest.yaml. */
export const EVALUATION_FOLDER = 'test/claims-eval';

/** Every labelled sentence of both splits. */
export async function loadEvaluationSet(
  root: string,
): Promise<{ problems: ProblemSentence[]; honest: HonestSentence[] }> {
  const problems: ProblemSentence[] = [];
  const honest: HonestSentence[] = [];
  for (const split of SPLITS) {
    const folder = join(EVALUATION_FOLDER, split);
    for (const name of (await readdir(join(root, folder))).filter((f) => f.endsWith('.yaml'))) {
      const file = join(folder, name);
      const text = await readFile(join(root, file), 'utf8');
      if (name.startsWith('problems')) problems.push(...parseProblems(file, text, split));
      else if (name.startsWith('honest')) honest.push(...parseHonest(file, text, split));
    }
  }
  return { problems, honest };
}
