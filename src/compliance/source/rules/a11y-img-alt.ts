import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import { isMeaninglessAlt } from '../../alt-text.ts';
import { IMAGE_ELEMENTS, jsxAttribute as attribute, type JsxElement } from '../../jsx.ts';
import type { SourceDocument } from '../document.ts';
import { positionOf, type Finding } from '../../finding.ts';
import type { SourceRule } from '../rule.ts';

const RULE_ID = 'a11y/img-alt';

const HINT =
  'Describe what the picture shows, e.g. "A heat pack wrapped in a tea towel on a lower back"; use alt="" only for decorative images.';

const NO_ALT = 'image has no alt text';
const EMPTY_NOT_DECORATIVE =
  'image has empty alt text but is not marked decorative (role="presentation" or aria-hidden="true")';

/** `role="presentation"` (or its ARIA 1.1 synonym `none`) or `aria-hidden="true"` / `{true}`. */
function isDecorative(node: JsxElement): boolean {
  const role = attribute(node, 'role')?.value;
  if (typeof role === 'string' && ['presentation', 'none'].includes(role.trim().toLowerCase())) {
    return true;
  }
  const hidden = attribute(node, 'aria-hidden')?.value;
  const hiddenText = typeof hidden === 'string' ? hidden : hidden?.value;
  return hiddenText?.trim() === 'true';
}

/** The problem with alt text that is present and not empty, if any. */
function wordingProblem(alt: string): string | null {
  return isMeaninglessAlt(alt)
    ? `alt text "${alt.trim()}" does not say what the picture shows`
    : null;
}

/** What is wrong with a JSX image's alt, or null when it is fine or cannot be known. */
function jsxProblem(node: JsxElement): string | null {
  const alt = attribute(node, 'alt');
  if (!alt) {
    // A spread such as {...props} may supply alt; the source cannot tell us what it holds.
    const hasSpread = node.attributes.some((item) => item.type === 'mdxJsxExpressionAttribute');
    return hasSpread ? null : NO_ALT;
  }
  // Bare `<img alt />` passes `true`, which is not text.
  if (alt.value === null || alt.value === undefined) return NO_ALT;
  // alt={expression} is computed when the page is built; there is nothing to judge here.
  if (typeof alt.value !== 'string') return null;
  if (alt.value.trim() === '') return isDecorative(node) ? null : EMPTY_NOT_DECORATIVE;
  return wordingProblem(alt.value);
}

/**
 * `a11y/img-alt`: every picture in the MDX body (Markdown `![alt](src)` and JSX
 * `<img>`, `<Image>`, `<Picture>`) needs alt text that describes it, because
 * screen readers read it aloud in place of the picture. JSX images may opt
 * out with `alt=""` plus `role="presentation"` or `aria-hidden="true"`;
 * Markdown images cannot say they are decorative, so they always need text.
 */
export const a11yImgAltRule: SourceRule = {
  ids: [RULE_ID],
  check(document: SourceDocument): Finding[] {
    if (!document.tree) return [];
    const findings: Finding[] = [];
    const report = (node: Node, message: string): void => {
      findings.push({
        ruleId: RULE_ID,
        severity: 'error',
        file: document.file,
        position: positionOf(node),
        message,
        hint: HINT,
      });
    };
    visit(document.tree, (node) => {
      if (node.type === 'image') {
        const alt = node.alt?.trim() ?? '';
        const problem = alt === '' ? NO_ALT : wordingProblem(alt);
        if (problem) report(node, problem);
      } else if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name !== null &&
        IMAGE_ELEMENTS.has(node.name)
      ) {
        const problem = jsxProblem(node);
        if (problem) report(node, problem);
      }
    });
    return findings;
  },
};
