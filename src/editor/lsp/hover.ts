import type { Hover, Position, Range } from 'vscode-languageserver';
import { rangeContains } from './diagnostics.ts';

/** A finding where it is shown: its rule and the range its diagnostic underlines. */
export interface Shown {
  ruleId: string;
  range: Range;
}

/**
 * The hover over underlined text: each rule found there explained as
 * `npm run check -- --explain <rule>` prints it, one rule once. Plain text,
 * because the explanation is written for a terminal.
 */
export function hoverAt(
  shown: readonly Shown[],
  position: Position,
  explain: (ruleId: string) => string | null,
): Hover | null {
  const here = shown.filter((entry) => rangeContains(entry.range, position));
  const ruleIds = [...new Set(here.map((entry) => entry.ruleId))];
  const texts = ruleIds.map(explain).filter((text): text is string => text !== null);
  const [first] = here;
  if (!first || texts.length === 0) return null;
  return { contents: { kind: 'plaintext', value: texts.join('\n\n') }, range: first.range };
}
