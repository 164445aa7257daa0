import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName, RuleContext } from '../../compliance/core/document.ts';
import { compareFindings, type Finding } from '../../compliance/core/finding.ts';
import { ruleFacts } from '../../compliance/core/registry.ts';
import { checkDocument } from '../../compliance/source/check-file.ts';
import { listContentFiles, personIds } from '../../compliance/source/content-files.ts';
import { parseDocument } from '../../compliance/source/parse-document.ts';
import type { SourceRule } from '../../compliance/source/rule.ts';
import { sourceRules } from '../../compliance/source/rules/index.ts';
import { forgetMarkdownlintConfigs } from '../../compliance/source/rules/markdown.ts';
import { sourceRulesWithClaims } from '../../compliance/source/rules/with-claims-data.ts';
import { readClaimsData, type ClaimsDataResult, type ReadFile } from './claims-data.ts';
import type { SharedInput } from './project-files.ts';

const readFromDisk = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Without usable claims data the claims rules fail on every page, as they do
 * in `npm run check`: each becomes a `compliance/internal` finding that
 * names the file at fault, and the other rules still run.
 */
function rulesWithout(failure: Extract<ClaimsDataResult, { ok: false }>): SourceRule[] {
  const error = new Error(failure.message);
  return sourceRules.map((rule) =>
    rule.ids.some((id) => ruleFacts(id)?.category === 'claims')
      ? {
          ids: rule.ids,
          check: () => {
            throw error;
          },
        }
      : rule,
  );
}

/**
 * The source phase of the checker kept loaded for one project: it checks the
 * text an editor has, and keeps what every check shares (the rules built
 * with the claims data, the people) until told that one of those changed.
 */
export class ContentChecker {
  private people: Promise<Set<string>> | undefined;
  private productFiles: Promise<string[]> | undefined;
  private claims: Promise<ClaimsDataResult> | undefined;
  private ruleSet: Promise<readonly SourceRule[]> | undefined;
  private readonly read: ReadFile;
  readonly root: string;

  /** `readOpen` gives the unsaved text of a file open in the editor, so the claims data can be. */
  constructor(root: string, readOpen: ReadFile) {
    this.root = root;
    this.read = (file) => readOpen(file) ?? readFromDisk(join(root, file));
  }

  /** Forgets what depends on a shared input, so the next check reads it again. */
  forget(input: SharedInput): void {
    if (input === 'people') this.people = undefined;
    if (input === 'products') this.productFiles = undefined;
    if (input === 'claims-data' || input === 'products') {
      this.claims = undefined;
      this.ruleSet = undefined;
    }
    if (input === 'markdown-config') forgetMarkdownlintConfigs();
  }

  /** The claims data every check judges by (the dev toolbar's page rules use it too). */
  claimsData(): Promise<ClaimsDataResult> {
    this.productFiles ??= listContentFiles(this.root).then((files) =>
      files.filter((entry) => entry.collection === 'products').map((entry) => entry.file),
    );
    const products = this.productFiles;
    this.claims ??= products.then((files) => readClaimsData(files, this.read));
    return this.claims;
  }

  private rules(): Promise<readonly SourceRule[]> {
    this.ruleSet ??= this.claimsData().then((claims) =>
      claims.ok ? sourceRulesWithClaims(claims.data) : rulesWithout(claims),
    );
    return this.ruleSet;
  }

  private async context(today: Date): Promise<RuleContext> {
    this.people ??= listContentFiles(this.root).then(personIds);
    return { root: this.root, today, people: await this.people, fileExists: existsSync };
  }

  /** The findings of a content page or people file, from its text as given. */
  async checkContent(
    file: string,
    text: string,
    collection: CollectionName,
    today = new Date(),
  ): Promise<Finding[]> {
    const document = parseDocument(file, text, collection);
    const [context, rules] = await Promise.all([this.context(today), this.rules()]);
    return (await checkDocument(document, context, rules)).findings.sort(compareFindings);
  }

  /** Whether the claims data can be used; if not, one finding on the file at fault. */
  async checkClaimsData(file: string): Promise<Finding[]> {
    const claims = await this.claimsData();
    if (claims.ok || claims.file !== file) return [];
    return [
      {
        ruleId: 'compliance/internal',
        severity: 'error',
        file,
        position: { line: 1, column: 1 },
        message: claims.message,
        hint: 'Until this file is fixed, the claims rules cannot run on any page; the README explains each field under "Extending the claims list".',
      },
    ];
  }
}
