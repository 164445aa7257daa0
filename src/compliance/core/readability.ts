import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The prose a reader sees, as sentences: what a readability formula needs. */
export function proseSentences(tree: Root): string[] {
  const blocks: string[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxJsxFlowElement':
        return; // not prose: data, code and components such as <UrgentHelp />
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        blocks.push(textOf(node));
        return;
      default:
        if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
    }
  };
  visit(tree);
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{Letter}/u.test(sentence));
}

/** Text of a block without inline components (citation markers) or expressions. */
function textOf(node: Nodes): string {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression') return '';
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return toString(node);
}

export interface Readability {
  words: number;
  sentences: number;
  /** Flesch-Kincaid grade level: the US school grade that can read the text. */
  grade: number;
}

const wordsOf = (text: string): string[] => text.match(/[\p{Letter}\p{Number}’']+/gu) ?? [];

export function readability(tree: Root): Readability {
  const sentences = proseSentences(tree);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  return {
    words: words.length,
    sentences: sentences.length,
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
  };
}
