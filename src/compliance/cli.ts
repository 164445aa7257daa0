import { readFileSync, watch as watchFiles, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './source/check.ts';
import { parseCliOptions, USAGE, UsageError, type CliOptions } from './cli-options.ts';
import { MissingPathError } from './source/content-files.ts';
import { explainRule, knownRuleIds } from './explain.ts';
import { explainCategory } from './claims/category-message.ts';
import { claimModelFor } from './claims/claim-model.ts';
import { hasErrors } from './core/report.ts';
import { printReport } from './reporters/index.ts';

async function runOnce(root: string, options: CliOptions, paths = options.paths): Promise<number> {
  const result = await checkContent(root, { paths, cache: options.cache });
  printReport(result, options.format);
  return hasErrors(result) ? 1 : 0;
}

/** Re-checks a content file each time it is saved, until the watcher is closed. */
export function watchContent(root: string, options: CliOptions): FSWatcher {
  console.log('Watching content/ for changes (Ctrl+C to stop)…');
  let pending: NodeJS.Timeout | undefined;
  return watchFiles(join(root, 'content'), { recursive: true }, (_event, name) => {
    if (!name || !/\.(mdx|yaml)$/.test(name)) return;
    clearTimeout(pending);
    // Editors save in bursts (write, rename); wait for the file to settle.
    pending = setTimeout(() => {
      console.log(`\n${new Date().toLocaleTimeString('en-GB')}  ${name}`);
      void runOnce(root, options, [join('content', name)]).catch(() => undefined);
    }, 150);
  });
}

/**
 * `--explain <rule>`: the README's section on the rule, which stays the one
 * place it is written, and for a claims category what the claim model says
 * of it.
 */
function explain(ruleId: string, root: string): number {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const text = explainRule(ruleId, readme);
  if (text === null) {
    console.error(`error  unknown rule "${ruleId}"; known rules: ${knownRuleIds().join(', ')}`);
    return 2;
  }
  const category = claimModelFor(root).categories.find((entry) => `claims/${entry.id}` === ruleId);
  console.log(category ? `${text}\n\n${explainCategory(category)}` : text);
  return 0;
}

/**
 * `npm run check` (started by bin.ts): the exit status, 0 when clean, 1 on
 * any error, 2 on a usage or internal failure. `root` is the project checked.
 */
export async function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseCliOptions(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    if (options.explain !== undefined) return explain(options.explain, root);
    const status = await runOnce(root, options);
    if (options.watch) {
      watchContent(root, options);
      return new Promise<number>(() => undefined);
    }
    return status;
  } catch (error) {
    if (error instanceof UsageError || error instanceof MissingPathError) {
      console.error(`error  ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`internal error in the content checker: ${message}`);
    if (options?.debug && error instanceof Error) console.error(error.stack);
    else console.error('Run `npm run check -- --debug` for details.');
    return 2;
  }
}
