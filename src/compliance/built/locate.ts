import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { positionOf, type Position } from '../core/finding.ts';
import { jsxAttribute } from '../core/jsx.ts';
import type { PageFinding } from './types.ts';

type Trace = NonNullable<PageFinding['trace']>;

/** Where an MDX source writes the link, image, heading or words a built page shows. */
export function locateInMdx(tree: Root, trace: Trace): Position | null {
  let found: Position | null = null;
  const take = (position: Position | null) => {
    found ??= position;
  };
  visit(tree, (node) => {
    if (found) return;
    switch (node.type) {
      case 'link':
      case 'definition':
        if (trace.kind === 'link' && node.url === trace.needle) take(positionOf(node));
        break;
      case 'image':
        if (trace.kind === 'image' && node.url === trace.needle) take(positionOf(node));
        break;
      case 'heading':
        if (trace.kind === 'heading' && toString(node).trim() === trace.needle.trim())
          take(positionOf(node));
        break;
      case 'text': {
        if (trace.kind !== 'text' || !node.position) break;
        const index = node.value.toLowerCase().indexOf(trace.needle.toLowerCase());
        // Text nodes keep the source's line breaks, so the offset maps to a line and column.
        if (index >= 0) take(positionWithin(node.value, index, positionOf(node)));
        break;
      }
      case 'yaml': {
        // Title and description reach the page's meta tags and structured data.
        if (trace.kind !== 'text' || !node.position) break;
        const index = node.value.toLowerCase().indexOf(trace.needle.toLowerCase());
        const firstLine = { line: node.position.start.line + 1, column: 1 };
        if (index >= 0) take(positionWithin(node.value, index, firstLine));
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = trace.kind === 'link' ? 'href' : trace.kind === 'image' ? 'src' : null;
        const value = name ? jsxAttribute(node, name)?.value : undefined;
        if (value === trace.needle) take(positionOf(node));
        break;
      }
      default:
        break;
    }
  });
  return found ?? (trace.kind === 'text' ? locateAcrossMarkup(tree, trace.needle) : null);
}

const collapsed = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Words that run across inline markup ("it **eases** pain", a link, a
 * citation) are in no single text node: the paragraph, heading or table cell
 * whose text holds them is where they are written.
 */
function locateAcrossMarkup(tree: Root, needle: string): Position | null {
  const wanted = collapsed(needle);
  if (!wanted) return null;
  let found: Position | null = null;
  visit(tree, (node) => {
    if (found) return;
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    if (collapsed(toString(node)).includes(wanted)) found = positionOf(node);
  });
  return found;
}

function positionWithin(text: string, index: number, origin: Position | null): Position | null {
  if (!origin) return null;
  const before = text.slice(0, index).split('\n');
  return before.length === 1
    ? { line: origin.line, column: origin.column + index }
    : { line: origin.line + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Where a plain source (an .astro file) contains the needle, by its text. */
export function locateInText(source: string, trace: Trace): Position | null {
  const index = indexOfNeedle(source, trace);
  if (index < 0) return null;
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Links and images are looked for as attribute values (`href="/x/"`), so a
 * short URL such as "/" is not found inside an import path; words are looked
 * for anywhere, ignoring case.
 */
function indexOfNeedle(source: string, trace: Trace): number {
  if (trace.kind === 'text' || trace.kind === 'heading') {
    return source.toLowerCase().indexOf(trace.needle.toLowerCase());
  }
  const attribute = trace.kind === 'link' ? 'href' : 'src';
  for (const quote of ['"', "'"]) {
    const written = `${attribute}=${quote}${trace.needle}${quote}`;
    const index = source.indexOf(written);
    if (index >= 0) return index + attribute.length + 2;
  }
  // A URL kept in data, e.g. `{ href: '/search/', label: 'Search' }` in a component.
  for (const quote of ['"', "'", '`']) {
    const index = source.indexOf(`${quote}${trace.needle}${quote}`);
    if (index >= 0) return index + 1;
  }
  return -1;
}
