/**
 * Finding words on a rendered page, where they run across text nodes
 * ("it <strong>eases</strong> pain") and the browser collapses white space.
 * Pure, so it is tested without a browser; the toolbar app hands it the
 * page's text nodes.
 */

/** A place in the list of texts: which text, and the offset in it. */
export interface TextPoint {
  index: number;
  offset: number;
}

/** Typographic quotes and dashes as plain ones, one character for one, so offsets still map. */
const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};

const plain = (char: string): string => (PLAIN[char] ?? char).toLowerCase();

/** The needle as it is compared: plain characters, lower case, runs of white space as one space. */
export const normalise = (text: string): string =>
  [...text.trim()].map(plain).join('').replace(/\s+/g, ' ');

/**
 * Where `needle` first occurs in the concatenated texts, comparing as
 * `normalise` does; `end` is just after its last character. Null when it is
 * not there.
 */
export function findAcross(
  texts: readonly string[],
  needle: string,
): { start: TextPoint; end: TextPoint } | null {
  const wanted = normalise(needle);
  if (!wanted) return null;
  // The page's text with white space collapsed, and for each character where it came from.
  let flat = '';
  const from: TextPoint[] = [];
  texts.forEach((text, index) => {
    for (let offset = 0; offset < text.length; offset += 1) {
      const char = plain(text.charAt(offset));
      const space = /\s/.test(char);
      if (space && (flat.length === 0 || flat.endsWith(' '))) continue;
      flat += space ? ' ' : char;
      from.push({ index, offset });
    }
  });
  const at = flat.indexOf(wanted);
  if (at < 0) return null;
  const first = from[at];
  const last = from[at + wanted.length - 1];
  if (!first || !last) return null;
  return { start: first, end: { index: last.index, offset: last.offset + 1 } };
}
