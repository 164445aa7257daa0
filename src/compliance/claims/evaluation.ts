/**
 * Measuring the claims checks on a labelled set of sentences: problem
 * sentences (each with the category of claim it makes) and honest ones, in
 * two splits (`tune`, which rules may be tuned on, and `held-out`, which they
 * never are) and judged in two contexts (on a product page, in an article).
 * Pure: the judge that checks one sentence is passed in.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

export const SPLITS = ['tune', 'held-out'] as const;
export type Split = (typeof SPLITS)[number];

export const CONTEXTS = ['product', 'article'] as const;
export type Context = (typeof CONTEXTS)[number];

export interface ProblemSentence {
  text: string;
  /** The kind of claim it makes: `claims/<category>` is the rule expected to report it. */
  category: string;
  /** Other categories it also falls in; a finding under any of them counts. */
  also: string[];
  split: Split;
  source: string;
  /** The file it is written in: the sentences were written in batches, one file each. */
  file: string;
}

export interface HonestSentence {
  text: string;
  kind: string;
  /** On a product page it stands with a citation beside it. */
  cited: boolean;
  split: Split;
  source: string;
  file: string;
}

/** The claims rule ids the checks report for one sentence in one context. */
export type Judge = (text: string, context: Context, cited: boolean) => Promise<string[]>;

/** A mistake in an evaluation file, with its place. */
export class EvaluationFileError extends Error {}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The entries of one YAML file: a list of maps, each with its line. */
function entriesOf(file: string, text: string): { line: number; value: Record<string, unknown> }[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length > 0) {
    const [error] = document.errors;
    const line = error?.linePos?.[0]?.line ?? 1;
    throw new EvaluationFileError(`${file}:${line}: ${error?.message ?? 'not valid YAML'}`);
  }
  if (!isSeq(document.contents)) throw new EvaluationFileError(`${file}:1: expected a list`);
  return document.contents.items.map((item) => {
    const line = lines.linePos(isMap(item) ? (item.range?.[0] ?? 0) : 0).line;
    const value: unknown = isMap(item) ? item.toJSON() : undefined;
    if (typeof value !== 'object' || value === null) {
      throw new EvaluationFileError(`${file}:${line}: expected an entry with text and source`);
    }
    return { line, value: value as Record<string, unknown> };
  });
}

function required(file: string, line: number, entry: Record<string, unknown>, key: string): string {
  const value = entry[key];
  if (!isString(value)) throw new EvaluationFileError(`${file}:${line}: "${key}" is missing`);
  return value;
}

export function parseProblems(file: string, text: string, split: Split): ProblemSentence[] {
  return entriesOf(file, text).map(({ line, value }) => ({
    text: required(file, line, value, 'text'),
    category: required(file, line, value, 'category'),
    also: Array.isArray(value['also']) ? value['also'].filter(isString) : [],
    split,
    source: required(file, line, value, 'source'),
    file,
  }));
}

export function parseHonest(file: string, text: string, split: Split): HonestSentence[] {
  return entriesOf(file, text).map(({ line, value }) => ({
    text: required(file, line, value, 'text'),
    kind: required(file, line, value, 'kind'),
    cited: value['cited'] === true,
    split,
    source: required(file, line, value, 'source'),
    file,
  }));
}

/** Caught out of total, for one group of sentences. */
export interface Tally {
  caught: number;
  total: number;
}

export interface ContextResult {
  /** Problem sentences reported at all, by their category. */
  recall: Record<string, Tally>;
  /** Problem sentences reported under their own category (or one of `also`). */
  recallInCategory: Record<string, Tally>;
  /** Honest sentences reported, by kind. */
  falsePositives: Record<string, Tally>;
  /** The same two figures by the file (the batch) the sentences are written in. */
  recallByFile: Record<string, Tally>;
  falsePositivesByFile: Record<string, Tally>;
  /** What was missed and what was wrongly flagged, to read, not to tune held-out rules on. */
  missed: string[];
  flagged: { text: string; rules: string[] }[];
}

export type EvaluationResult = Record<Split, Record<Context, ContextResult>>;

const add = (tallies: Record<string, Tally>, key: string, hit: boolean): void => {
  const tally = (tallies[key] ??= { caught: 0, total: 0 });
  tally.total += 1;
  if (hit) tally.caught += 1;
};

const emptyResult = (): ContextResult => ({
  recall: {},
  recallInCategory: {},
  falsePositives: {},
  recallByFile: {},
  falsePositivesByFile: {},
  missed: [],
  flagged: [],
});

/** Judges every sentence in both contexts. */
export async function evaluate(
  problems: readonly ProblemSentence[],
  honest: readonly HonestSentence[],
  judge: Judge,
): Promise<EvaluationResult> {
  const result = Object.fromEntries(
    SPLITS.map((split) => [split, Object.fromEntries(CONTEXTS.map((c) => [c, emptyResult()]))]),
  ) as EvaluationResult;
  for (const context of CONTEXTS) {
    for (const sentence of problems) {
      const rules = await judge(sentence.text, context, false);
      const into = result[sentence.split][context];
      const expected = [sentence.category, ...sentence.also].map(
        (category) => `claims/${category}`,
      );
      add(into.recall, sentence.category, rules.length > 0);
      add(into.recallByFile, sentence.file, rules.length > 0);
      add(
        into.recallInCategory,
        sentence.category,
        rules.some((rule) => expected.includes(rule)),
      );
      if (rules.length === 0) into.missed.push(sentence.text);
    }
    for (const sentence of honest) {
      // A citation stands beside a cited sentence on a product page; an article explains its sources.
      const rules = await judge(sentence.text, context, sentence.cited && context === 'product');
      const into = result[sentence.split][context];
      add(into.falsePositives, sentence.kind, rules.length > 0);
      add(into.falsePositivesByFile, sentence.file, rules.length > 0);
      if (rules.length > 0) into.flagged.push({ text: sentence.text, rules });
    }
  }
  return result;
}

/** The sum of a group of tallies. */
export const total = (tallies: Record<string, Tally>): Tally =>
  Object.values(tallies).reduce(
    (sum, tally) => ({ caught: sum.caught + tally.caught, total: sum.total + tally.total }),
    { caught: 0, total: 0 },
  );

export const ratio = ({ caught, total: all }: Tally): number => (all === 0 ? 0 : caught / all);

const percent = (tally: Tally): string =>
  tally.total === 0 ? '   -  ' : `${(100 * ratio(tally)).toFixed(1).padStart(5)}%`;

/**
 * The figures as a plain table: recall by category, false positives by kind,
 * per split and context; only the splits given, when some are.
 */
export function formatEvaluation(
  result: EvaluationResult,
  splits: readonly Split[] = SPLITS,
): string {
  const out: string[] = [];
  for (const split of splits) {
    for (const context of CONTEXTS) {
      const { recall, recallInCategory, falsePositives } = result[split][context];
      out.push(`${split}, ${context === 'product' ? 'on a product page' : 'in an article'}:`);
      out.push(
        `  recall ${percent(total(recall))} (${total(recall).caught}/${total(recall).total}), under its own category ${percent(total(recallInCategory))}; false positives ${percent(total(falsePositives))} (${total(falsePositives).caught}/${total(falsePositives).total})`,
      );
      for (const category of Object.keys(recall).sort()) {
        const tally = recall[category] as Tally;
        const own = recallInCategory[category] as Tally;
        out.push(
          `    ${category.padEnd(22)} ${percent(tally)} of ${String(tally.total).padStart(3)}   own category ${percent(own)}`,
        );
      }
      for (const kind of Object.keys(falsePositives).sort()) {
        const tally = falsePositives[kind] as Tally;
        out.push(`    honest ${kind.padEnd(15)} ${percent(tally)} flagged of ${tally.total}`);
      }
      const byFile = [
        ...Object.entries(result[split][context].recallByFile).map(
          ([file, tally]) => `    ${file}: recall ${percent(tally)} of ${tally.total}`,
        ),
        ...Object.entries(result[split][context].falsePositivesByFile).map(
          ([file, tally]) => `    ${file}: ${percent(tally)} flagged of ${tally.total}`,
        ),
      ];
      out.push(...byFile.sort());
    }
  }
  return out.join('\n');
}
