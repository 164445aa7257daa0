import type { SourceDocument } from '../core/document.ts';
import { lineStartOffsets, SpanBuilder, type ProseSpan } from './span.ts';

type Path = readonly (string | number)[];

/** Frontmatter fields whose text readers see as it is written, each a string. */
const TEXT_FIELDS = ['title', 'description', 'name', 'materials', 'care', 'warranty', 'returns'];

const indexesOf = (value: unknown): number[] =>
  Array.isArray(value) ? value.map((_, index) => index) : [];

/**
 * Frontmatter fields that readers see as prose: the page title and snippet,
 * the product name, the FAQ, the alt text of the hero and product pictures
 * (read aloud by screen readers, shown when a picture does not load), and the
 * product facts written in words.
 */
function prosePaths(data: Record<string, unknown>): Path[] {
  const paths: Path[] = TEXT_FIELDS.map((field) => [field]);
  paths.push(['hero', 'alt']);
  for (const index of indexesOf(data['images'])) paths.push(['images', index, 'alt']);
  for (const index of indexesOf(data['inTheBox'])) paths.push(['inTheBox', index]);
  for (const index of indexesOf(data['faq'])) {
    paths.push(['faq', index, 'question'], ['faq', index, 'answer']);
  }
  return paths;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * The prose in the frontmatter, as spans. A value written on its key's line
 * (plain or quoted without escapes) maps character by character; any other
 * (a folded `>-` block, an escaped string) maps wholly to its key's position.
 */
export function frontmatterSpans(document: SourceDocument): ProseSpan[] {
  const { frontmatter, source } = document;
  const data = frontmatter.data;
  if (document.collection === 'people' || data === null || typeof data !== 'object') return [];
  const lineStarts = lineStartOffsets(source);
  return prosePaths(data as Record<string, unknown>).flatMap((path) => {
    const value = valueAt(data, path);
    if (typeof value !== 'string' || value.trim() === '') return [];
    const { line, column } = frontmatter.locate(path);
    const lineStart = lineStarts[line - 1] ?? 0;
    const keyOffset = lineStart + column - 1;
    const lineText = source.slice(lineStart, lineStarts[line] ?? source.length);
    // A list item's position is its value's; a field's is its key's, so skip `key:`.
    const key = path[path.length - 1];
    const valueFrom = typeof key === 'number' ? column - 1 : column - 1 + String(key).length + 1;
    const found = lineText.indexOf(value, valueFrom);
    const offsets = value
      .split('')
      .map((_, index) => (found >= 0 ? lineStart + found + index : keyOffset));
    const builder = new SpanBuilder();
    builder.add(value, offsets);
    return [builder.build()];
  });
}
