import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from '../compliance/core/mdx.ts';

/**
 * Plain paragraphs from the shipped articles, to fill generated ones with
 * realistic prose: only paragraphs that are text and citation markers (no
 * links or other components), with their markers renumbered later.
 */
export function proseParagraphs(sources: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (const source of sources) {
    const tree: Root = parseMdx(source);
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || !node.position) continue;
      const plain = node.children.every(
        (child) =>
          child.type === 'text' ||
          child.type === 'strong' ||
          child.type === 'emphasis' ||
          (child.type === 'mdxJsxTextElement' && child.name === 'Cite'),
      );
      const text = source.slice(node.position.start.offset, node.position.end.offset);
      if (plain && toString(node).split(/\s+/).length >= 12)
        paragraphs.push(text.replace(/\s*\n\s*/g, ' '));
    }
  }
  return paragraphs;
}
