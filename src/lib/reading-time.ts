import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** A comfortable pace for plain-English reading on screen. */
export const WORDS_PER_MINUTE = 200;

/** A word: letters or digits, with inner apostrophes or hyphens ("don't", "self-care"). */
const WORD = /[\p{Letter}\p{Number}]+(?:['’-][\p{Letter}\p{Number}]+)*/gu;

/** The text a reader reads: prose, list items, table cells and code, but not imports, `{expressions}` or comments. */
function readableText(node: Nodes, parts: string[]): void {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'html':
      return;
    case 'text':
    case 'inlineCode':
    case 'code':
      parts.push(node.value);
      return;
    default:
      if ('children' in node) {
        for (const child of node.children) readableText(child, parts);
      }
  }
}

/** The number of words a reader sees in an MDX body (the part after the frontmatter). */
export function countWords(mdxBody: string): number {
  const tree = fromMarkdown(mdxBody, {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  });
  const parts: string[] = [];
  readableText(tree, parts);
  return parts.join(' ').match(WORD)?.length ?? 0;
}

/** Whole minutes to read `words`, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** "About 4 minutes to read", as shown beside an article's review line. */
export function readingTimeLabel(minutes: number): string {
  return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} to read`;
}

/** The reading-time line for an MDX body. */
export function readingTime(mdxBody: string, wordsPerMinute = WORDS_PER_MINUTE): string {
  return readingTimeLabel(readingMinutes(countWords(mdxBody), wordsPerMinute));
}
