import type { Root } from 'mdast';
import type { Frontmatter } from './frontmatter.ts';

/** The content collections, as the files in `content/` are laid out. */
export type CollectionName = 'articles' | 'products' | 'people';

/** One content file, parsed once and handed to every source rule. */
export interface SourceDocument {
  /** Path relative to the project root, with forward slashes (as findings print it). */
  file: string;
  collection: CollectionName;
  /** The whole file as written, less a leading byte-order mark (U+FEFF). */
  source: string;
  /** The frontmatter (for people files, the whole YAML document), with key positions. */
  frontmatter: Frontmatter;
  /**
   * The MDX body as an mdast tree whose positions are the file's own lines
   * and columns; `null` for YAML files and for MDX that does not parse.
   */
  tree: Root | null;
}

/** What rules may know besides the document; everything is injectable for tests. */
export interface RuleContext {
  /** Project root; relative paths in findings are relative to it. */
  root: string;
  /** "Today", for review dates. */
  today: Date;
  /** Ids of the people in content/people/. */
  people: ReadonlySet<string>;
  /** Whether a file exists at an absolute path. */
  fileExists(absolutePath: string): boolean;
}
