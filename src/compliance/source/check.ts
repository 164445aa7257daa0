import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileResult } from './check-file.ts';
import type { Report } from '../core/report.ts';
import { listContentFiles, personIds, selectFiles, type ContentFile } from './content-files.ts';
import type { RuleContext } from '../core/document.ts';
import { compareFindings } from '../core/finding.ts';
import { cacheKey, hashText, ResultCache } from './result-cache.ts';
import type { SourceRule } from './rule.ts';

export interface CheckOptions {
  /** Files or folders to check, relative to the root; all of content/ when empty. */
  paths?: readonly string[];
  /** "Today", for review dates; the real date by default. */
  today?: Date;
  /** Rules to run instead of the registry's; such runs never use the result cache. */
  rules?: readonly SourceRule[];
  /** Reuse the findings of unchanged files from the last run (on unless given rules). */
  cache?: boolean;
}

export interface CheckResult extends Report {
  filesChecked: number;
  /** How many of the files had unchanged findings taken from the last run. */
  fromCache: number;
}

/** `BACKRACK_CHECK_CACHE=off` turns the result cache off (the benchmark's cold runs). */
const cacheWanted = (options: CheckOptions): boolean =>
  !options.rules && options.cache !== false && process.env['BACKRACK_CHECK_CACHE'] !== 'off';

async function runRules(
  files: readonly ContentFile[],
  context: RuleContext,
  rules: readonly SourceRule[] | undefined,
): Promise<FileResult[]> {
  if (files.length === 0) return [];
  // Loaded only when a file needs checking: a run answered from the cache skips the rules' start-up.
  const { checkInParallel, checkSerially } = await import('./parallel.ts');
  return rules ? checkSerially(files, context, rules) : checkInParallel(files, context);
}

/** Runs every source rule over the content under `root` (or the given paths). */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const all = await listContentFiles(root);
  const files = options.paths?.length ? await selectFiles(root, all, options.paths) : all;
  const context: RuleContext = {
    root,
    today: options.today ?? new Date(),
    people: personIds(all),
    fileExists: existsSync,
  };

  const cache = cacheWanted(options)
    ? await ResultCache.open(root, await cacheKey(root, context))
    : null;
  const hashes = cache
    ? await Promise.all(
        files.map(async ({ file }) => hashText(await readFile(join(root, file), 'utf8'))),
      )
    : [];
  const cached = files.map((entry, index) => cache?.get(entry.file, hashes[index] ?? ''));
  const toCheck = files.filter((_, index) => cached[index] === undefined);
  const checked = await runRules(toCheck, context, options.rules);

  let next = 0;
  const results = files.map((entry, index) => {
    const hit = cached[index];
    if (hit) return hit;
    const result = checked[next++] as FileResult;
    cache?.set(entry.file, hashes[index] ?? '', result);
    return result;
  });
  await cache?.save();
  return {
    findings: results.flatMap((result) => result.findings).sort(compareFindings),
    suppressed: results.flatMap((result) => result.suppressed),
    filesChecked: files.length,
    fromCache: files.length - toCheck.length,
  };
}
