import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { LintError } from 'markdownlint';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { closest } from '../../core/suggest.ts';

/**
 * Two markdownlint rules find faults that the built pages are checked for
 * too: a `#fragment` that names no heading (MD051) and a skipped heading
 * level (MD001). They are reported under the same ids as on the built pages,
 * in words an editor can act on, instead of markdownlint's.
 */
export interface PlainFinding {
  ruleId: 'links/anchor' | 'a11y/heading-order';
  message: string;
  hint: string;
}

/** At most this many heading ids are listed in a `links/anchor` message. */
const MAX_LISTED = 5;

const FIX_HINT = 'Run `npm run format` to fix this automatically.';

/**
 * The `#id` of each heading in the body, in order, as Astro gives them: the
 * heading's text through github-slugger, so repeated headings get `-1`, `-2`.
 */
export function headingIds(tree: Root | null): string[] {
  if (!tree) return [];
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (heading) => {
    ids.push(`#${slugger.slug(toString(heading))}`);
  });
  return ids;
}

/** The fragment MD051 objects to: its "Actual" detail, or the last `#…` of the link it quotes. */
function fragmentOf(error: LintError): string {
  const actual = /Actual: (#\S*)/.exec(error.errorDetail ?? '')?.[1];
  if (actual) return actual;
  return (error.errorContext ?? '').match(/#[^\s)"'>\]]*/g)?.at(-1) ?? '#';
}

function listed(ids: readonly string[]): string {
  const rest = ids.length - MAX_LISTED;
  const shown = ids.slice(0, MAX_LISTED).join(', ');
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

function anchorMessage(fragment: string, ids: readonly string[]): string {
  const start = `"${fragment}" names no heading on this page`;
  if (ids.length === 0) return `${start}, which has no headings`;
  const near = closest(fragment, ids);
  if (!near) return `${start}; the headings here are ${listed(ids)}`;
  const others = ids.filter((id) => id !== near);
  return others.length === 0
    ? `${start}; did you mean ${near}, its only heading?`
    : `${start}; did you mean ${near}? The other headings here are ${listed(others)}`;
}

function anchorFinding(error: LintError, ids: readonly string[]): PlainFinding {
  const hint =
    'A heading\'s id is its text in lower case, with hyphens for spaces and no punctuation ("## Heat or ice" is #heat-or-ice). ' +
    'Correct the link, or drop the #part. When the layout or a component gives the id, suppress this with links/anchor: the built page is still checked.';
  return {
    ruleId: 'links/anchor',
    message: anchorMessage(fragmentOf(error), ids),
    hint: error.fixInfo ? `${FIX_HINT} ${hint}` : hint,
  };
}

function headingOrderFinding(error: LintError): PlainFinding {
  // markdownlint's detail is "Expected: h3; Actual: h4"; the heading before is one above "Expected".
  const levels = /Expected: h(\d); Actual: h(\d)/.exec(error.errorDetail ?? '');
  const expected = Number(levels?.[1]);
  const message = levels
    ? `This heading jumps from level ${expected - 1} to level ${levels[2]}; use level ${expected} (${'#'.repeat(expected)}) here`
    : 'This heading skips a level';
  return {
    ruleId: 'a11y/heading-order',
    message,
    hint: 'Screen reader users move through a page by its headings, so a skipped level sounds like missing content. Use one more # than the heading above, or add the missing level between them.',
  };
}

/** The plain finding for an MD051 or MD001 result; `null` for markdownlint's other rules. */
export function plainFinding(error: LintError, tree: Root | null): PlainFinding | null {
  switch (error.ruleNames[0]) {
    case 'MD051':
      return anchorFinding(error, headingIds(tree));
    case 'MD001':
      return headingOrderFinding(error);
    default:
      return null;
  }
}
