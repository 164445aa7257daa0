import type { SourceDocument } from '../core/document.ts';
import { lineStartOffsets, SpanBuilder, type ProseSpan } from './span.ts';

type Path = readonly (string | number)[];

/** Frontmatter fields that readers see as prose (the page title, snippet, product name and FAQ). */
function prosePaths(data: Record<string, unknown>): Path[] {
  const paths: Path[] = [['title'], ['description'], ['name']];
  const faq = Array.isArray(data['faq']) ? (data['faq'] as unknown[]) : [];
  faq.forEach((_, index) => paths.push(['faq', index, 'question'], ['faq', index, 'answer']));
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
    const key = String(path[path.length - 1]);
    const found = lineText.indexOf(value, column - 1 + key.length + 1);
    const offsets = value
      .split('')
      .map((_, index) => (found >= 0 ? lineStart + found + index : keyOffset));
    const builder = new SpanBuilder();
    builder.add(value, offsets);
    return [builder.build()];
  });
}
