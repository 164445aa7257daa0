import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from './finding.ts';

/** A sentence of the prose a reader sees, and where it starts in the file. */
export interface ProseSentence {
  text: string;
  /** Where its first character is written; `null` when the parser gave no position. */
  position: Position | null;
}

/** A run of a block's text and where it starts; text nodes keep their line breaks. */
interface Piece {
  text: string;
  start: Position | null;
}

/** Text of a block without inline components (citation markers) or expressions. */
function pieces(node: Nodes): Piece[] {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression') return [];
  if ('children' in node) return node.children.flatMap((child) => pieces(child as Nodes));
  const start = node.position
    ? { line: node.position.start.line, column: node.position.start.column }
    : null;
  return [{ text: toString(node), start }];
}

/** Where the character at `index` of a piece is: line breaks inside it move to the next line. */
function positionIn(piece: Piece, index: number): Position | null {
  if (!piece.start) return null;
  const before = piece.text.slice(0, index);
  const breaks = before.split('\n').length - 1;
  // After a line break the indentation the parser stripped is unknown: column 1.
  return breaks === 0
    ? { line: piece.start.line, column: piece.start.column + index }
    : { line: piece.start.line + breaks, column: 1 };
}

function blockSentences(block: Piece[]): ProseSentence[] {
  const text = block.map((piece) => piece.text).join('');
  const locate = (offset: number): Position | null => {
    let from = 0;
    for (const piece of block) {
      if (offset < from + piece.text.length) return positionIn(piece, offset - from);
      from += piece.text.length;
    }
    return null;
  };
  const sentences: ProseSentence[] = [];
  // Sentences end at . ! or ? followed by white space, as the readability formula counts them.
  const boundary = /(?<=[.!?])\s+/g;
  let start = 0;
  const add = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (/\p{Letter}/u.test(sentence)) {
      sentences.push({ text: sentence, position: locate(start + lead) });
    }
  };
  for (const match of text.matchAll(boundary)) {
    add(match.index);
    start = match.index + match[0].length;
  }
  add(text.length);
  return sentences;
}

/**
 * The prose a reader sees, as sentences with their places in the file: what
 * a readability formula needs, and what an editor needs to find the hard ones.
 * Frontmatter, code and components such as <UrgentHelp /> are not prose.
 */
export function positionedSentences(tree: Root): ProseSentence[] {
  const blocks: Piece[][] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxJsxFlowElement':
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        blocks.push(pieces(node));
        return;
      default:
        if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
    }
  };
  visit(tree);
  return blocks.flatMap(blockSentences);
}
