import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { IMAGE_ELEMENTS, jsxAttribute } from '../../compliance/core/jsx.ts';
import type { Finding, Position } from '../../compliance/core/finding.ts';
import type { Target } from './messages.ts';

/** The offset in `source` of a 1-based line and column, or -1 past the end. */
export function offsetOf(source: string, { line, column }: Position): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return -1;
    offset = next + 1;
  }
  return offset + column - 1;
}

interface Spanned {
  node: Nodes;
  start: number;
  end: number;
}

/** Every node whose source span holds the offset, outermost first. */
function nodesAt(tree: Root, offset: number): Spanned[] {
  const path: Spanned[] = [];
  const descend = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || offset < start || offset >= end) return;
    path.push({ node, start, end });
    if ('children' in node) for (const child of node.children) descend(child);
  };
  descend(tree);
  return path;
}

/** The sentence of `text` around `index`, with its white space collapsed as a browser shows it. */
export function sentenceAround(text: string, index: number): string {
  const ends = [...text.slice(0, index).matchAll(/[.!?]\s+|\n\s*\n/g)];
  const last = ends.at(-1);
  const start = last ? last.index + last[0].length : 0;
  const stop = /[.!?](?=\s|$)/.exec(text.slice(index));
  const end = stop ? index + stop.index + 1 : text.length;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

const jsxTarget = (node: Nodes): Target | null => {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return null;
  const src = jsxAttribute(node, 'src')?.value;
  if (IMAGE_ELEMENTS.has(node.name ?? '') && typeof src === 'string') {
    return { kind: 'image', needle: src };
  }
  const href = jsxAttribute(node, 'href')?.value;
  return typeof href === 'string' ? { kind: 'link', needle: href } : null;
};

/**
 * What a source finding points at on the rendered page, found from the MDX
 * node at its position: the words it flags (up to its `end`, else their
 * sentence), the image, the link or the heading. Null when the position is
 * in the frontmatter or in nothing the page shows as it is written.
 */
export function sourceTarget(tree: Root | null, source: string, finding: Finding): Target | null {
  if (!tree || !finding.position) return null;
  const offset = offsetOf(source, finding.position);
  if (offset < 0) return null;
  const path = nodesAt(tree, offset);
  for (const { node, start, end } of path.toReversed()) {
    switch (node.type) {
      case 'text': {
        const local = offset - start;
        const stop = finding.end ? offsetOf(source, finding.end) : -1;
        // Up to `end` when it lies in the same text: exactly the flagged words.
        const words =
          stop > offset && stop <= end ? node.value.slice(local, local + stop - offset) : '';
        const needle = words.trim() || sentenceAround(node.value, local);
        return needle ? { kind: 'text', needle } : null;
      }
      case 'image':
        return { kind: 'image', needle: node.url };
      case 'link':
        return { kind: 'link', needle: node.url };
      case 'heading':
        return { kind: 'heading', needle: toString(node).trim() };
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const target = jsxTarget(node);
        if (target) return target;
        break;
      }
      case 'paragraph':
      case 'tableCell':
      case 'listItem': {
        // A finding on a whole block (a claim without a citation): its first sentence.
        const needle = sentenceAround(toString(node), 0);
        return needle ? { kind: 'text', needle } : null;
      }
      case 'yaml':
        return null;
      default:
        break;
    }
  }
  return null;
}
