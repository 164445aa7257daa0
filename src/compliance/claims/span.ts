import type { Position } from '../core/finding.ts';
import { normalizeProse } from './normalize.ts';

/**
 * A run of prose a reader sees (a paragraph, a heading, an alt text, a
 * frontmatter value), with the file offset of every character so that a
 * match can be reported at the exact line and column of its first letter.
 */
export interface ProseSpan {
  /** The prose, with curly apostrophes straightened, URLs blanked out, and normalised (normalize.ts). */
  text: string;
  /** File offset of each character of `text`; -1 for gaps (code, expressions). */
  offsets: number[];
  /** Indexes in `text` where a `<Cite n={…} />` marker sits. */
  cites: number[];
}

/** Collects text pieces and their file offsets into one ProseSpan (build it once). */
export class SpanBuilder {
  #text = '';
  #offsets: number[] = [];
  #cites: number[] = [];

  /** Appends text written at file offsets `offsets` (one per character). */
  add(text: string, offsets: readonly number[]): void {
    this.#text += text;
    // A loop, not push(...offsets): spreading a long paragraph's offsets is slow and can overflow the stack.
    for (const offset of offsets) this.#offsets.push(offset);
  }

  /** Appends text that is in no source file (a built page's text): every offset is -1. */
  addUnmapped(text: string): void {
    this.#text += text;
    for (let unit = 0; unit < text.length; unit += 1) this.#offsets.push(-1);
  }

  /** Something that is not prose (code, an expression): keeps the words on either side apart. */
  gap(): void {
    this.add(' ', [-1]);
  }

  /** A citation marker at the current place. */
  cite(): void {
    this.#cites.push(this.#text.length);
  }

  build(): ProseSpan {
    // URLs are addresses, not claims; blank them out but keep every index.
    const written = this.#text
      .replace(/\u2019/g, "'")
      .replace(/(?:https?:\/\/|www\.)[^\s<>()]+/gi, (url) => ' '.repeat(url.length));
    // Read as a person reads it: hidden characters, look-alike letters and spaced-out words undone.
    const { text, offsets, indexOf } = normalizeProse(written, this.#offsets);
    return { text, offsets, cites: this.#cites.map(indexOf) };
  }
}

/**
 * File offsets of each character of `value`, a node's text as the parser
 * produced it, within the raw `source` between `start` and `end`. The raw
 * text may hold more (escapes, entity names, list indentation, `>` markers),
 * so each character is matched to its next occurrence within a short distance.
 */
export function alignOffsets(value: string, source: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  let cursor = start;
  // UTF-16 units, as offsets count them, so a character outside the BMP maps unit by unit.
  for (const char of value.split('')) {
    let probe = cursor;
    while (probe < end && probe - cursor < 16 && source[probe] !== char) probe += 1;
    if (probe < end && source[probe] === char) {
      offsets.push(probe);
      cursor = probe + 1;
    } else {
      offsets.push(cursor);
    }
  }
  return offsets;
}

/** The file offset at which each line starts (line 1 at index 0). */
export function lineStartOffsets(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}

/** Turns file offsets into 1-based lines and columns. */
export function positionFinder(source: string): (offset: number) => Position {
  const lineStarts = lineStartOffsets(source);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/** The file offset of `index` in a span, stepping back over gaps. */
export function offsetAt(span: ProseSpan, index: number): number {
  for (let i = index; i >= 0; i -= 1) {
    const offset = span.offsets[i] ?? -1;
    if (offset >= 0) return offset;
  }
  return span.offsets.find((offset) => offset >= 0) ?? 0;
}
