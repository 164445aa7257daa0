import {
  DiagnosticSeverity,
  type Diagnostic,
  type Position as LspPosition,
  type Range,
} from 'vscode-languageserver';
import type { Finding, Position, Severity } from '../../compliance/core/finding.ts';

/** The name editors show beside each diagnostic, so readers know it is the content checks'. */
export const DIAGNOSTIC_SOURCE = 'backrack-content';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
};

/**
 * A finding's place as LSP counts it: lines and columns from 0 instead of 1.
 * Both count columns in UTF-16 code units (the checker's parsers index
 * JavaScript strings, and UTF-16 is LSP's default encoding), so no
 * conversion of the column itself is needed.
 */
export const toLspPosition = (position: Position): LspPosition => ({
  line: position.line - 1,
  character: position.column - 1,
});

/** A word, a URL or a tag: what is underlined when a rule gives no end. */
const WORD = /^[\p{L}\p{N}_'’-]+/u;
const NON_SPACE = /^\S+/;

/**
 * The range a finding underlines: up to its `end` when the rule gives one,
 * else the word (or the run of non-space characters) that starts at its
 * position, so an editor shows which text is meant, not one character.
 */
export function findingRange(finding: Finding, lineText: (line: number) => string): Range {
  if (!finding.position)
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = toLspPosition(finding.position);
  if (finding.end) return { start, end: toLspPosition(finding.end) };
  const rest = lineText(start.line).slice(start.character);
  const length = (WORD.exec(rest) ?? NON_SPACE.exec(rest))?.[0].length ?? 0;
  return { start, end: { line: start.line, character: start.character + length } };
}

export interface DiagnosticOptions {
  /** The text of a line of the document, counted from 0. */
  lineText(line: number): string;
  /** The address of the README section that explains a rule, if it has one. */
  docsUrl(ruleId: string): string | undefined;
}

/** A finding as an editor shows it: the rule id as its code, the hint under the message. */
export function toDiagnostic(finding: Finding, options: DiagnosticOptions): Diagnostic {
  const href = options.docsUrl(finding.ruleId);
  return {
    range: findingRange(finding, options.lineText),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(href && { codeDescription: { href } }),
    source: DIAGNOSTIC_SOURCE,
    message: finding.hint ? `${finding.message}\nhint: ${finding.hint}` : finding.message,
  };
}

/** Whether an LSP position lies within a range, both ends included (a cursor just after a word is on it). */
export const rangeContains = (range: Range, position: LspPosition): boolean =>
  comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;

/** Whether two ranges share at least one position. */
export const rangesTouch = (a: Range, b: Range): boolean =>
  comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;

const comparePositions = (a: LspPosition, b: LspPosition): number =>
  a.line - b.line || a.character - b.character;
