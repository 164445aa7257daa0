import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Position } from './finding.ts';

/** A file's YAML frontmatter, parsed so that any key can be traced to its line. */
export interface Frontmatter {
  /** The parsed values; `undefined` when there is no frontmatter. */
  data: unknown;
  /** Line (from 1) on which the YAML starts: 2 in an MDX file, 1 in a .yaml file. */
  startLine: number;
  /** The YAML syntax errors, with positions in the file. */
  errors: { message: string; position: Position }[];
  /**
   * Where the value at `path` is written: the key's position for an object
   * field, the item's for a list entry. For a path that does not exist, the
   * nearest parent that does.
   */
  locate(path: readonly PropertyKey[]): Position;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/** U+FEFF, the byte-order mark that some Windows editors write at the start of a UTF-8 file. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The text without a leading byte-order mark. Astro accepts such a file, and
 * editors neither show the mark nor count it in columns, so the checks read
 * the text after it: positions are then the same as without the mark.
 */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
}

/** Splits the `---` fenced frontmatter from an MDX or Markdown source (a byte-order mark is skipped). */
export function splitFrontmatter(source: string): {
  yaml: string | null;
  body: string;
  bodyStartLine: number;
} {
  const text = stripByteOrderMark(source);
  const match = FENCE.exec(text);
  if (!match) return { yaml: null, body: text, bodyStartLine: 1 };
  const yaml = match[1] ?? '';
  // The body starts on the line where the match ends: after the closing
  // fence's newline, or on that fence's own line when the file ends there.
  const bodyStartLine = match[0].split('\n').length;
  return { yaml, body: text.slice(match[0].length), bodyStartLine };
}

/** Parses YAML (a frontmatter block or a whole data file) starting on `startLine`. */
export function parseYaml(yaml: string, startLine: number): Frontmatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + startLine - 1, column: col };
  };
  const start: Position = { line: Math.max(1, startLine - 1), column: 1 };

  return {
    data: document.errors.length > 0 ? undefined : document.toJS(),
    startLine,
    errors: document.errors.map((error) => ({
      message: error.message.split('\n')[0] ?? error.message,
      position: toPosition(error.pos[0]),
    })),
    locate(path) {
      let node: Node | null = document.contents;
      let found = start;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
          );
          if (!pair || !isScalar(pair.key) || !pair.key.range) return found;
          found = toPosition(pair.key.range[0]);
          node = pair.value as Node | null;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Node | undefined;
          if (!item?.range) return found;
          found = toPosition(item.range[0]);
          node = item;
        } else {
          return found;
        }
      }
      return found;
    },
  };
}

/** Frontmatter of an MDX file, or of nothing when the file has none. */
export function parseFrontmatter(
  source: string,
): Frontmatter & { body: string; bodyStartLine: number } {
  const { yaml, body, bodyStartLine } = splitFrontmatter(source);
  const parsed = parseYaml(yaml ?? '', 2);
  return { ...parsed, data: yaml === null ? undefined : parsed.data, body, bodyStartLine };
}
