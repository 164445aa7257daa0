import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import { isMeaninglessAlt } from '../../core/alt-text.ts';
import { IMAGE_ELEMENTS, jsxAttribute as attribute, type JsxElement } from '../../core/jsx.ts';
import type { SourceDocument } from '../../core/document.ts';
import { positionOf, type Finding } from '../../core/finding.ts';
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

/** Frontmatter pictures carry no role, so their alt text can never be empty. */
const FRONTMATTER_HINT =
  'Describe what the picture shows, e.g. "A heat pack wrapped in a tea towel on a lower back".';

/** The shortest alt text that can describe a picture. */
const MIN_ALT_LENGTH = 5;

/** `hero.alt` of an article and `images[n].alt` of a product, where they are given. */
function frontmatterAlts(data: unknown): { path: (string | number)[]; alt: unknown }[] {
  if (typeof data !== 'object' || data === null) return [];
  const { hero, images } = data as { hero?: unknown; images?: unknown };
  const pictures: { path: (string | number)[]; picture: unknown }[] = [
    ...(hero === undefined ? [] : [{ path: ['hero'], picture: hero }]),
    ...(Array.isArray(images)
      ? images.map((picture, index) => ({ path: ['images', index], picture }))
      : []),
  ];
  return pictures.flatMap(({ path, picture }) =>
    typeof picture === 'object' && picture !== null
      ? [{ path: [...path, 'alt'], alt: (picture as { alt?: unknown }).alt }]
      : [],
  );
}

function frontmatterProblems(alt: unknown): string[] {
  if (typeof alt !== 'string') return ['every picture needs alt text that says what it shows'];
  const problems: string[] = [];
  if (alt.trim().length < MIN_ALT_LENGTH) {
    problems.push(`alt text must describe the picture in at least ${MIN_ALT_LENGTH} characters`);
  }
  if (isMeaninglessAlt(alt)) {
    problems.push('alt text must say what the picture shows, not "image" or a file name');
  }
  return problems;
}

/** Alt text given in the frontmatter (the hero picture, product images), at its key. */
function checkFrontmatter(document: SourceDocument): Finding[] {
  return frontmatterAlts(document.frontmatter.data).flatMap(({ path, alt }) =>
    frontmatterProblems(alt).map((problem): Finding => ({
      ruleId: RULE_ID,
      severity: 'error',
      file: document.file,
      position: document.frontmatter.locate(path),
      message: `"${path.join('.')}": ${problem}`,
      hint: FRONTMATTER_HINT,
    })),
  );
}

/**
 * `a11y/img-alt`: every picture in the frontmatter and the MDX body (Markdown `![alt](src)` and JSX
 * `<img>`, `<Image>`, `<Picture>`) needs alt text that describes it, because
 * screen readers read it aloud in place of the picture. JSX images may opt
 * out with `alt=""` plus `role="presentation"` or `aria-hidden="true"`;
 * Markdown images cannot say they are decorative, so they always need text.
 */
export const a11yImgAltRule: SourceRule = {
  ids: [RULE_ID],
  check(document: SourceDocument): Finding[] {
    const findings = checkFrontmatter(document);
    if (!document.tree) return findings;
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
