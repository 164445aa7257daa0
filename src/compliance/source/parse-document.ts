import type { CollectionName, SourceDocument } from '../core/document.ts';
import { parseFrontmatter, parseYaml, stripByteOrderMark } from '../core/frontmatter.ts';
import { parseMdx } from '../core/mdx.ts';

/**
 * Parses a content file once for all rules. A syntax error leaves `tree`
 * null; the syntax rule reports it, and the body rules skip the file. A
 * leading byte-order mark is dropped first, so every rule sees the text an
 * editor sees and reports the same lines and columns as without it.
 */
export function parseDocument(
  file: string,
  written: string,
  collection: CollectionName,
): SourceDocument {
  const source = stripByteOrderMark(written);
  if (collection === 'people') {
    return { file, collection, source, frontmatter: parseYaml(source, 1), tree: null };
  }
  return {
    file,
    collection,
    source,
    frontmatter: parseFrontmatter(source),
    tree: parseOrNull(source),
  };
}

function parseOrNull(source: string): SourceDocument['tree'] {
  try {
    return parseMdx(source);
  } catch {
    return null;
  }
}
