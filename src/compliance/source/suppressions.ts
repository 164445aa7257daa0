import { visit } from 'unist-util-visit';
import { ukCalendarDate } from '../../lib/dates.ts';
import type { SourceDocument } from '../core/document.ts';
import type { Finding, Position } from '../core/finding.ts';
import { ruleIdMatches } from '../core/registry.ts';
import type { AppliedSuppression } from '../core/report.ts';
import { splitFrontmatter } from '../core/frontmatter.ts';

/**
 * One-line suppressions, written where the finding is:
 *
 *   {/* compliance-ignore-next-line claims/prohibited -- quoting the claim we correct *\/}
 *   # compliance-ignore-next-line claims/prohibited until 2027-06-30 -- reason   (in frontmatter)
 *
 * Each names one rule and gives a reason; `until` makes it lapse.
 */
export interface Suppression {
  file: string;
  /** Where the directive itself is written. */
  position: Position;
  /** The line whose findings it silences. */
  targetLine: number;
  ruleId: string;
  reason: string;
  /** The last day it holds (midnight UTC of the date written), or null for no end. */
  until: Date | null;
}

const DIRECTIVE =
  /^compliance-ignore-next-line(?:\s+(?<rule>[\w-]+\/[\w*-]+))?(?:\s+until\s+(?<until>\d{4}-\d{2}-\d{2}))?\s*(?:--\s*(?<reason>.*?))?\s*$/s;

const lines = (source: string): string[] => source.split(/\r?\n/);

/**
 * The directive that silences `ruleId` on the next line, as `findSuppressions`
 * reads it: an MDX comment in the body, a YAML comment in frontmatter and
 * people files. Editors' tools write it with this, so the syntax lives here.
 */
export function suppressionComment(
  ruleId: string,
  reason: string,
  until: string | null,
  where: 'body' | 'yaml',
): string {
  const directive = `compliance-ignore-next-line ${ruleId}${until ? ` until ${until}` : ''} -- ${reason}`;
  return where === 'yaml' ? `# ${directive}` : `{/* ${directive} */}`;
}

/** Whether a line (1-based) is YAML, where a suppression is a `#` comment: frontmatter, or a people file. */
export function isYamlLine(
  document: Pick<SourceDocument, 'source' | 'collection'>,
  line: number,
): boolean {
  return document.collection === 'people' || line < splitFrontmatter(document.source).bodyStartLine;
}

/** The first non-blank line after `line` (1-based), where the directive applies. */
function nextContentLine(allLines: readonly string[], line: number): number {
  for (let index = line; index < allLines.length; index += 1) {
    if ((allLines[index] ?? '').trim() !== '') return index + 1;
  }
  return line + 1;
}

function parseDirective(
  text: string,
  file: string,
  position: Position,
  endLine: number,
  allLines: readonly string[],
): Suppression | null {
  const match = DIRECTIVE.exec(text.trim());
  if (!match?.groups) return null;
  const { rule = '', until, reason = '' } = match.groups;
  return {
    file,
    position,
    targetLine: nextContentLine(allLines, endLine),
    ruleId: rule,
    reason: reason.trim(),
    until: until ? new Date(`${until}T00:00:00Z`) : null,
  };
}

/** Every suppression directive in a document: MDX comments in the body, YAML comments above. */
export function findSuppressions(document: SourceDocument): Suppression[] {
  const allLines = lines(document.source);
  const found: Suppression[] = [];
  if (document.tree) {
    visit(document.tree, (node) => {
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
      const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(node.value);
      if (!comment?.[1] || !node.position) return;
      const { start, end } = node.position;
      // Line and column only: the parser's start also carries an offset, which findings never show.
      const position = { line: start.line, column: start.column };
      const parsed = parseDirective(comment[1], document.file, position, end.line, allLines);
      if (parsed) found.push(parsed);
    });
  }
  const frontmatterEnd =
    document.collection === 'people'
      ? allLines.length
      : splitFrontmatter(document.source).bodyStartLine - 1;
  allLines.slice(0, frontmatterEnd).forEach((text, index) => {
    const comment = /^(\s*)#\s*(compliance-ignore-next-line.*)$/.exec(text);
    if (!comment?.[2]) return;
    const position = { line: index + 1, column: (comment[1]?.length ?? 0) + 1 };
    const parsed = parseDirective(comment[2], document.file, position, index + 1, allLines);
    if (parsed) found.push(parsed);
  });
  return found;
}

export interface SuppressionResult {
  findings: Finding[];
  applied: AppliedSuppression[];
}

function problem(
  suppression: Suppression,
  severity: Finding['severity'],
  message: string,
  hint: string,
): Finding {
  return {
    ruleId: 'compliance/suppression',
    severity,
    file: suppression.file,
    position: suppression.position,
    message,
    hint,
  };
}

/**
 * Removes the findings that valid, current suppressions silence, and reports
 * suppressions that are malformed, name no known rule, have lapsed or silence nothing.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  isKnownRule: (ruleId: string) => boolean,
  today: Date,
): SuppressionResult {
  const silenced = new Set<Finding>();
  const applied: AppliedSuppression[] = [];
  const problems: Finding[] = [];
  const format =
    'Write {/* compliance-ignore-next-line <rule-id> -- <why this is right> */} on the line above.';

  for (const suppression of suppressions) {
    if (!suppression.ruleId) {
      problems.push(problem(suppression, 'error', 'suppression names no rule', format));
      continue;
    }
    if (!isKnownRule(suppression.ruleId)) {
      problems.push(
        problem(
          suppression,
          'error',
          `suppression names unknown rule "${suppression.ruleId}"`,
          'Use a rule id from the README, e.g. claims/prohibited.',
        ),
      );
      continue;
    }
    if (!suppression.reason) {
      problems.push(
        problem(
          suppression,
          'error',
          `suppression of ${suppression.ruleId} gives no reason`,
          format,
        ),
      );
      continue;
    }
    // It holds through the whole of its `until` day in the UK, and lapses the day after.
    if (suppression.until && ukCalendarDate(today) > suppression.until) {
      problems.push(
        problem(
          suppression,
          'warning',
          `suppression of ${suppression.ruleId} ran until ${suppression.until.toISOString().slice(0, 10)} and has lapsed`,
          'Fix the finding below it, or renew the date if the reason still holds.',
        ),
      );
      continue;
    }
    const targets = findings.filter(
      (finding) =>
        finding.file === suppression.file &&
        finding.position?.line === suppression.targetLine &&
        ruleIdMatches(suppression.ruleId, finding.ruleId),
    );
    if (targets.length === 0) {
      problems.push(
        problem(
          suppression,
          'warning',
          `suppression of ${suppression.ruleId} silences nothing on line ${suppression.targetLine}`,
          'Remove it: the finding it was written for is gone.',
        ),
      );
      continue;
    }
    for (const target of targets) silenced.add(target);
    applied.push({
      file: suppression.file,
      line: suppression.targetLine,
      ruleId: suppression.ruleId,
      reason: suppression.reason,
    });
  }
  return {
    findings: [...findings.filter((finding) => !silenced.has(finding)), ...problems],
    applied,
  };
}
