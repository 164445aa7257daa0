import type { SourceDocument } from '../core/document.ts';
import { parseFrontmatter, parseYaml } from '../core/frontmatter.ts';
import { parseMdx } from '../core/mdx.ts';
import type { CollectionName } from '../core/document.ts';

/**
 * Parses a content file once for all rules. A syntax error leaves `tree`
 * null; the syntax rule reports it, and the body rules skip the file.
 */
export function parseDocument(
  file: string,
  source: string,
  collection: CollectionName,
): SourceDocument {
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
