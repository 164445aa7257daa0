import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { SourceDocument } from '../../compliance/core/document.ts';
import type { Finding } from '../../compliance/core/finding.ts';
import { isSuppressibleAtSource } from '../../compliance/core/registry.ts';
import { isYamlLine, suppressionComment } from '../../compliance/source/suppressions.ts';
import { toLspPosition } from './diagnostics.ts';

/** What a suppression written by the editor says until the editor writes why. */
export const PLACEHOLDER_REASON = 'TODO say why this is right';

/** How long a suppression written by the editor holds: long enough to act, short enough to be seen again. */
const SUPPRESSION_MONTHS = 3;

/** The date `months` after `today` (UTC), as YYYY-MM-DD; the 31st becomes the month's last day. */
export function monthsAfter(today: Date, months: number): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay)));
  return date.toISOString().slice(0, 10);
}

/** A finding with the diagnostic it is shown as, in one document. */
export interface ShownFinding {
  finding: Finding;
  diagnostic: Diagnostic;
}

export interface ActionContext {
  uri: string;
  document: Pick<SourceDocument, 'source' | 'collection'>;
  today: Date;
}

const quickFix = (
  title: string,
  diagnostic: Diagnostic,
  uri: string,
  edit: TextEdit,
  isPreferred: boolean,
): CodeAction => ({
  title,
  kind: CodeActionKind.QuickFix,
  diagnostics: [diagnostic],
  ...(isPreferred && { isPreferred }),
  edit: { changes: { [uri]: [edit] } },
});

/** The rule's own fix, when it says exactly what to write. */
function ruleFix({ finding, diagnostic }: ShownFinding, uri: string): CodeAction | null {
  if (!finding.fix) return null;
  const { title, from, to, text } = finding.fix;
  const range = { start: toLspPosition(from), end: toLspPosition(to) };
  return quickFix(title, diagnostic, uri, { range, newText: text }, true);
}

/**
 * A suppression comment on its own line above the finding, indented as that
 * line is, with a placeholder reason and an end date: the checker accepts
 * it, and the date brings it back in three months if the reason is never written.
 */
function suppress(
  { finding, diagnostic }: ShownFinding,
  context: ActionContext,
): CodeAction | null {
  const { position, ruleId } = finding;
  if (!position || !isSuppressibleAtSource(ruleId)) return null;
  const yaml = isYamlLine(context.document, position.line);
  // Above a frontmatter's opening `---` a comment would end the frontmatter before it starts.
  if (yaml && context.document.collection !== 'people' && position.line === 1) return null;
  const lines = context.document.source.split(/\r?\n/);
  const indent = /^\s*/.exec(lines[position.line - 1] ?? '')?.[0] ?? '';
  const newline = context.document.source.includes('\r\n') ? '\r\n' : '\n';
  const until = monthsAfter(context.today, SUPPRESSION_MONTHS);
  const comment = suppressionComment(ruleId, PLACEHOLDER_REASON, until, yaml ? 'yaml' : 'body');
  const at = { line: position.line - 1, character: 0 };
  return quickFix(
    `Silence ${ruleId} on this line until ${until}`,
    diagnostic,
    context.uri,
    { range: { start: at, end: at }, newText: `${indent}${comment}${newline}` },
    false,
  );
}

/** The quick fixes for findings shown in a document: each rule's own fix first, then a suppression. */
export function codeActionsFor(
  shown: readonly ShownFinding[],
  context: ActionContext,
): CodeAction[] {
  const fixes = shown.map((entry) => ruleFix(entry, context.uri));
  const suppressions = shown.map((entry) => suppress(entry, context));
  return [...fixes, ...suppressions].filter((action): action is CodeAction => action !== null);
}
