/** How bad a finding is: errors stop the build, warnings are printed. */
export type Severity = 'error' | 'warning';

/**
 * A place in a source file, both counted from 1; the column counts UTF-16
 * code units, as the parsers index JavaScript strings (and as LSP counts).
 */
export interface Position {
  line: number;
  column: number;
}

/** The start of a parsed node (mdast and friends), or null when the parser gave none. */
export const positionOf = (node: {
  position?: { start: { line: number; column: number } } | undefined;
}): Position | null =>
  node.position ? { line: node.position.start.line, column: node.position.start.column } : null;

/** One thing an editor must fix (or knowingly accept), in compiler style. */
export interface Finding {
  /** A rule id declared in the registry, e.g. `schema/unknown-field`. */
  ruleId: string;
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Where in the file; `null` when no position can be known ("position unavailable"). */
  position: Position | null;
  /** What is wrong, in one line. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /**
   * Where the offending text ends (just after its last character), when the
   * rule knows; editors underline from `position` to here.
   */
  end?: Position;
  /** A change that fixes it, when the rule can say exactly what to write (an editor applies it). */
  fix?: Fix;
}

/** Replace the text from `from` up to (not including) `to` with `text`; a pure insertion has from = to. */
export interface Fix {
  /** What applying it does, e.g. `Rename "titel" to "title"`. */
  title: string;
  from: Position;
  to: Position;
  text: string;
}

export const compareFindings = (a: Finding, b: Finding): number =>
  a.file.localeCompare(b.file) ||
  (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
  (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
  a.ruleId.localeCompare(b.ruleId);
