import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** JSX elements that render a picture and take `src` and `alt` (Astro's own and plain HTML). */
export const IMAGE_ELEMENTS: ReadonlySet<string> = new Set(['img', 'Image', 'Picture']);

/** A JSX attribute written as `name="…"`, `name={…}` or bare `name`; spreads are not searched. */
export function jsxAttribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
}
