import type { SourceDocument, RuleContext } from './document.ts';
import type { Finding } from '../finding.ts';

/**
 * A source rule: a pure function from one parsed content file to findings.
 * Rules know nothing of Astro, so tests run them on strings.
 */
export interface SourceRule {
  /** The rule ids it can report (a family such as schema/* lists each one). */
  readonly ids: readonly string[];
  /** One line for the README and `--help`. */
  readonly description: string;
  check(document: SourceDocument, context: RuleContext): Finding[] | Promise<Finding[]>;
}
