import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, parseYaml } from '../core/frontmatter.ts';
import { learnedCountsFor } from './learned-data.ts';
import type { LearnedCounts } from './learned.ts';
import { compilePattern } from './pattern.ts';

/** The file editors extend: categories, their wordings, and what counts as the product. */
export const CLAIM_MODEL_FILE = 'content/compliance/claim-categories.yaml';

export interface ClaimCategory {
  /** The category; findings carry `claims/<id>`. */
  id: string;
  /** What a sentence of the category claims, in plain words: "that the result lasts for good". */
  says: string;
  /** Why it cannot be said, in plain words. */
  explanation: string;
  /** The advertising rule it breaks. */
  rule: string;
  /** A compliant way to say something in its place. */
  rewrite: string;
  /** A citation in the same sentence lets it stand. */
  citable: boolean;
  /** The sentence must also name the body or pain. */
  body: boolean;
  /**
   * A claim whoever makes it: in an article's teaching prose too, not only
   * where the sentence speaks for the product. Honest health writing does not
   * promise cures or frighten; it hedges, denies or names its source, and
   * such sentences still pass.
   */
  anyVoice: boolean;
  /**
   * With `anyVoice`: a hedge does not make it honest. "That twinge could be
   * the first sign of a slipped disc" frightens as much as "will be".
   */
  evenHedged: boolean;
  /**
   * Wordings one of which the sentence must also hold: a condition named
   * beside the product is a claim only when something is said to act on it
   * ("relief for sciatica", not "guides to sciatica").
   */
  requires: RegExp | null;
  /** Its wordings, as editors wrote them and as compiled. */
  cues: RegExp[];
}

export interface ClaimModel {
  /** Most specific first: a sentence is reported under the first category it breaks. */
  categories: ClaimCategory[];
  /** Counts of the tune split's words for the learned second opinion, when they were made. */
  learned?: LearnedCounts | null;
  /** The product or the seller: names, aliases, "our rack", "we". */
  subjects: RegExp;
  /**
   * Whether a text speaks of the product or the seller. The site's own name
   * ("Backrack Health", in every page title) holds the product's name, but
   * names the publisher: it is left out first.
   */
  namesSeller(text: string): boolean;
  /** A result promised to the reader: "your back will feel…". */
  promises: RegExp;
  /** The body or pain. */
  body: RegExp;
}

/** A mistake in the claim model's YAML, named with the file and the wording. */
export class ClaimModelError extends Error {}

const BOUNDED = (source: string): string => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

/** One cue: the editors' pattern syntax, or with `re:` a regular expression matched as written. */
function compileCue(cue: string, where: string): RegExp {
  try {
    return cue.startsWith('re:')
      ? new RegExp(cue.slice(3), 'gu')
      : new RegExp(BOUNDED(cueSource(cue)), 'giu');
  } catch (error) {
    throw new ClaimModelError(
      `${CLAIM_MODEL_FILE}: ${where}: "${cue}": ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** An editors' pattern as regular-expression source, not yet bounded by word edges. */
const cueSource = (cue: string): string => compilePattern(cue.replace(/’/g, "'"));

/**
 * A category's wordings as few regular expressions as possible: one for all
 * the editors' patterns (longest first, so the longest wording is reported)
 * and one for each `re:` expression, since those keep their own case.
 */
function compileCues(cues: readonly string[], where: string): RegExp[] {
  const raw = cues.filter((cue) => cue.startsWith('re:'));
  const patterns = cues
    .filter((cue) => !cue.startsWith('re:'))
    .sort((a, b) => b.length - a.length)
    .map((cue) => {
      try {
        return cueSource(cue);
      } catch {
        // Compiled alone again, so that the mistake is named with its own wording.
        return compileCue(cue, where).source;
      }
    });
  // One pair of word edges around all the wordings: the engine tests them once a position, not once a wording.
  return [
    ...(patterns.length > 0 ? [new RegExp(BOUNDED(patterns.join('|')), 'giu')] : []),
    ...raw.map((cue) => compileCue(cue, where)),
  ];
}

function oneOf(cues: readonly string[], where: string, extra: readonly string[] = []): RegExp {
  const sources = [
    ...cues.map((cue) => compileCue(cue, where).source),
    ...extra.map((word) => BOUNDED(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
  ];
  // An empty list names nothing; an empty alternation would match every sentence.
  return new RegExp(sources.length > 0 ? sources.join('|') : '(?!)', 'iu');
}

const strings = (value: unknown, where: string): string[] => {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new ClaimModelError(`${CLAIM_MODEL_FILE}: ${where} must be a list of wordings`);
  }
  return value as string[];
};

const text = (entry: Record<string, unknown>, key: string, where: string): string => {
  const value = entry[key];
  if (typeof value !== 'string' || value === '') {
    throw new ClaimModelError(`${CLAIM_MODEL_FILE}: ${where}: "${key}" is missing`);
  }
  return value;
};

/** Reads the model from its YAML, with the product names the site has. */
/** The YAML's data, or a ClaimModelError naming the file, line and column of its first mistake. */
function readYaml(yaml: string): unknown {
  const { data, errors } = parseYaml(yaml, 1);
  const [error] = errors;
  if (error) {
    const { line, column } = error.position;
    throw new ClaimModelError(`${CLAIM_MODEL_FILE}:${line}:${column}: ${error.message}`);
  }
  return data;
}

export function parseClaimModel(yaml: string, productNames: readonly string[] = []): ClaimModel {
  const data: unknown = readYaml(yaml);
  if (typeof data !== 'object' || data === null) {
    throw new ClaimModelError(
      `${CLAIM_MODEL_FILE}: expected subjects, promises, body and categories`,
    );
  }
  const { subjects, publishers, promises, body, categories } = data as Record<string, unknown>;
  if (!Array.isArray(categories))
    throw new ClaimModelError(`${CLAIM_MODEL_FILE}: categories is missing`);
  const seller = oneOf(strings(subjects, 'subjects'), 'subjects', productNames);
  const publisherNames = publishers === undefined ? [] : strings(publishers, 'publishers');
  const publisher = publisherNames.length
    ? new RegExp(oneOf([], 'publishers', publisherNames).source, 'giu')
    : null;
  return {
    subjects: seller,
    namesSeller: (text) => seller.test(publisher ? text.replace(publisher, ' ') : text),
    promises: oneOf(strings(promises, 'promises'), 'promises'),
    body: oneOf(strings(body, 'body'), 'body'),
    categories: categories.map((value: unknown, index): ClaimCategory => {
      const entry = (typeof value === 'object' && value !== null ? value : {}) as Record<
        string,
        unknown
      >;
      const where = `category ${index + 1}`;
      const id = text(entry, 'id', where);
      return {
        id,
        says: text(entry, 'says', id),
        explanation: text(entry, 'explanation', id),
        rule: text(entry, 'rule', id),
        rewrite: text(entry, 'rewrite', id),
        citable: entry['citable'] === true,
        body: entry['body'] === true,
        anyVoice: entry['anyVoice'] === true,
        evenHedged: entry['evenHedged'] === true,
        requires:
          entry['requires'] === undefined
            ? null
            : oneOf(strings(entry['requires'], `${id}: requires`), id),
        cues: compileCues(strings(entry['cues'], `${id}: cues`), id),
      };
    }),
  };
}

/** The names and aliases that product pages give in their frontmatter, from the pages' texts. */
export function productNamesIn(pageTexts: readonly string[]): string[] {
  return pageTexts.flatMap((text) => {
    const { data } = parseFrontmatter(text);
    const { name, aliases } = (typeof data === 'object' && data !== null ? data : {}) as {
      name?: unknown;
      aliases?: unknown;
    };
    return [name, ...(Array.isArray(aliases) ? aliases : [])].filter(
      (item): item is string => typeof item === 'string' && item !== '',
    );
  });
}

/** The names and aliases of the products in content/products/. */
function productNames(root: string): string[] {
  const folder = join(root, 'content/products');
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
  } catch {
    return [];
  }
  return productNamesIn(files.map((file) => readFileSync(join(folder, file), 'utf8')));
}

const loaded = new Map<string, ClaimModel>();

/** The project's model, read once per root. */
export function claimModelFor(root: string): ClaimModel {
  let model = loaded.get(root);
  if (!model) {
    model = {
      ...parseClaimModel(readFileSync(join(root, CLAIM_MODEL_FILE), 'utf8'), productNames(root)),
      learned: learnedCountsFor(root),
    };
    loaded.set(root, model);
  }
  return model;
}
