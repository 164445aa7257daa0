import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * Merges the MDX body an editor saved into the body that was in the file:
 * each top-level block (paragraph, heading, list, component) that means the
 * same as one in the file keeps the file's text, line breaks and all; only
 * the blocks the editor changed are written as the editor wrote them. So a
 * file opened and saved unchanged keeps its body byte for byte.
 */

interface Block {
  /** What the block means: its syntax tree without positions, spaces collapsed. */
  key: string;
  text: string;
  start: number;
  end: number;
}

function meaning(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(meaning);
  if (node === null || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Positions and parsed JavaScript (estree) say where, not what.
    if (key === 'position' || key === 'data') continue;
    result[key] =
      key === 'value' && typeof value === 'string' ? value.replace(/\s+/g, ' ') : meaning(value);
  }
  return result;
}

function parse(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

function blocksOf(body: string): Block[] {
  return parse(body).children.map((node: RootContent) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    return { key: JSON.stringify(meaning(node)), text: body.slice(start, end), start, end };
  });
}

/** Whether two bodies render the same: the same blocks with the same meaning. */
export function sameMeaning(a: string, b: string): boolean {
  return JSON.stringify(meaning(parse(a))) === JSON.stringify(meaning(parse(b)));
}

/** The saved body, with the file's own text for every block that did not change. */
export function mergeBody(original: string | undefined, saved: string): string {
  if (original === undefined) return saved;
  const old = blocksOf(original);
  const wanted = blocksOf(saved);
  if (wanted.length === 0) return saved;
  let result = '';
  let cursor = 0;
  /** The index in `old` of the block written last, when it came from there. */
  let previousOld: number | undefined;
  wanted.forEach((block, index) => {
    let match = -1;
    for (let at = cursor; at < old.length; at += 1) {
      if (old[at]?.key === block.key) {
        match = at;
        break;
      }
    }
    const from = match >= 0 ? old[match] : undefined;
    if (index === 0) {
      result += from && match === 0 ? original.slice(0, from.start) : saved.slice(0, block.start);
    } else if (from && previousOld === match - 1) {
      // Two neighbours in the file stay as they were, with what separated them.
      result += original.slice(old[match - 1]?.end ?? 0, from.start);
    } else {
      result += '\n\n';
    }
    result += from ? from.text : block.text;
    previousOld = from ? match : undefined;
    if (from) cursor = match + 1;
  });
  const last = old.at(-1);
  result +=
    previousOld !== undefined && previousOld === old.length - 1 && last
      ? original.slice(last.end)
      : '\n';
  return result;
}
