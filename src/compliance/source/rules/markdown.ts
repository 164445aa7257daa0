import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Configuration, LintError } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import type { RuleContext, SourceDocument } from '../../core/document.ts';
import { compareFindings, type Finding } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';
import { plainFinding } from './markdown-plain.ts';

/** The file `npm run lint` gives markdownlint-cli2, so the check and the linter agree. */
const CONFIG_FILE = '.markdownlint-cli2.jsonc';

const configs = new Map<string, Promise<Configuration>>();

async function readConfig(root: string): Promise<Configuration> {
  let text: string;
  try {
    text = await readFile(join(root, CONFIG_FILE), 'utf8');
  } catch (error) {
    // No config file: markdownlint-cli2 then runs with markdownlint's defaults, and so do we.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const errors: ParseError[] = [];
  const options = parse(text, errors, { allowTrailingComma: true }) as { config?: Configuration };
  const [first] = errors;
  // A broken config must stop the check loudly, not silently lint with other settings.
  if (first) {
    throw new Error(
      `${CONFIG_FILE}: ${printParseErrorCode(first.error)} at offset ${first.offset}`,
    );
  }
  return options.config ?? {};
}

/**
 * The `config` block of the project's `.markdownlint-cli2.jsonc` under `root`
 * (`{}`, markdownlint's defaults, when there is none). Read once per root:
 * every MDX file is linted with the same settings.
 */
export function loadMarkdownlintConfig(root: string): Promise<Configuration> {
  let config = configs.get(root);
  if (!config) {
    config = readConfig(root);
    configs.set(root, config);
  }
  return config;
}

/**
 * Forgets the configs read so far, so the next check reads the file again: a
 * long-running process (the language server) calls it when the file changes.
 */
export function forgetMarkdownlintConfigs(): void {
  configs.clear();
}

/** markdownlint-cli2's own wording: description, then `[detail]` and `[Context: "…"]`. */
function messageFor(error: LintError): string {
  const detail = error.errorDetail ? ` [${error.errorDetail}]` : '';
  const context = error.errorContext ? ` [Context: "${error.errorContext}"]` : '';
  return `${error.ruleDescription}${detail}${context}`;
}

function hintFor(error: LintError): string {
  const docs = `See ${error.ruleInformation ?? 'https://github.com/DavidAnson/markdownlint#rules--aliases'}`;
  // markdownlint only attaches fixInfo when `markdownlint-cli2 --fix` can repair it.
  return error.fixInfo ? `Run \`npm run format\` to fix this automatically. ${docs}` : docs;
}

/**
 * Lints one MDX document with markdownlint and the given config, and turns
 * each result into a finding with a `markdown/MD004`-style id, except a
 * broken `#fragment` (MD051) and a skipped heading level (MD001): those are
 * `links/anchor` and `a11y/heading-order`, as on the built pages, in plain
 * words. Pure given the config: the tests pass one inline. Positions are the
 * file's own lines, because markdownlint skips the frontmatter without
 * renumbering.
 */
export async function lintMarkdown(
  document: SourceDocument,
  config: Configuration,
): Promise<Finding[]> {
  const results = lint({ strings: { [document.file]: document.source }, config });
  const errors = results[document.file] ?? [];
  return errors
    .map((error): Finding => ({
      ruleId: `markdown/${error.ruleNames[0] ?? 'unknown'}`,
      severity: 'error',
      file: document.file,
      position: { line: error.lineNumber, column: error.errorRange?.[0] ?? 1 },
      message: messageFor(error),
      hint: hintFor(error),
      ...plainFinding(error, document.tree),
    }))
    .sort(compareFindings);
}

/**
 * `markdown/*`: markdownlint's findings on articles and product pages, with
 * the project's own config, reported as `markdown/MD004`, `markdown/MD009`…,
 * and as `links/anchor` and `a11y/heading-order` for MD051 and MD001 (so a
 * suppression names those ids). Files whose MDX does not parse are left to
 * `syntax/mdx`.
 */
export const markdownRule: SourceRule = {
  ids: ['markdown/*', 'links/anchor', 'a11y/heading-order'],
  async check(document: SourceDocument, context: RuleContext): Promise<Finding[]> {
    if (document.collection === 'people' || !document.tree) return [];
    return lintMarkdown(document, await loadMarkdownlintConfig(context.root));
  },
};
