import type { SourceDocument, RuleContext } from '../core/document.ts';
import type { Finding } from '../core/finding.ts';
import type { RuleId } from '../core/registry.ts';

/**
 * A source rule: a pure function from one parsed content file to findings.
 * Rules know nothing of Astro, so tests run them on strings.
 */
export interface SourceRule {
  /** The ids it reports, each declared in the registry (a family such as `markdown/*` covers its members). */
  readonly ids: readonly RuleId[];
  check(document: SourceDocument, context: RuleContext): Finding[] | Promise<Finding[]>;
}
