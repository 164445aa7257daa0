/**
 * Prose as a reader sees it, so that wording cannot slip past the claims
 * checks by looking different to a program than to a person: compatibility
 * forms folded (NFKC: full-width letters, ligatures, non-breaking spaces),
 * invisible characters dropped (soft hyphens, zero-width spaces and joiners,
 * direction marks), letters from other scripts that look like Latin ones
 * read as Latin, and words spelt out with spaces ("c u r e s") joined up.
 * Every output character keeps the file offset of the character it came
 * from, so findings still point at the right line and column.
 */

/** Characters that show nothing, or nothing between letters, as [first, last] code points. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x202a, 0x202e], // direction embeddings and overrides
  [0x2060, 0x2064], // word joiner and invisible operators
  [0x2066, 0x206f], // direction isolates and deprecated format characters
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space
  [0xffa0, 0xffa0], // half-width Hangul filler
];

const isInvisible = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([first, last]) => code >= first && code <= last);
};

/**
 * Cyrillic and Greek letters drawn like Latin ones, the usual way to hide a
 * word from a filter ("сures" with a Cyrillic с). Only those a reader cannot
 * tell apart in ordinary fonts are listed.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ү: 'Y',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
};

/**
 * Four or more single letters, each followed by the same one space, dot,
 * hyphen or similar: "c u r e s", "C.U.R.E.S", "c-u-r-e". Fewer letters are
 * left alone ("U K", "a b c" in a list).
 */
const SPACED_OUT = /(?<![\p{L}\p{N}])\p{L}([ .\-·•*_])\p{L}(?:\1\p{L}){2,}(?![\p{L}\p{N}])/gu;

/** Whether anything here needs more than the cheap path: every character plain ASCII. */
const NEEDS_FOLDING = /[^\x20-\x7E\n\r\t]/;

export interface NormalizedProse {
  text: string;
  /** File offset of each character of `text`, as the input's were. */
  offsets: number[];
  /** For each index of the input, the index in `text` it became (or would have been). */
  indexOf: (inputIndex: number) => number;
}

/** One pass over the prose: the new text, each character's file offset, and where each old index went. */
interface Rewritten {
  text: string;
  offsets: number[];
  map: number[];
}

function fold(text: string, offsets: readonly number[]): Rewritten {
  let out = '';
  const outOffsets: number[] = [];
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const offset = offsets[index] ?? -1;
    for (let unit = 0; unit < char.length; unit += 1) map.push(out.length);
    index += char.length;
    if (isInvisible(char)) continue;
    const folded = LOOK_ALIKES[char] ?? char.normalize('NFKC');
    out += folded;
    for (let unit = 0; unit < folded.length; unit += 1) outOffsets.push(offset);
  }
  map.push(out.length);
  return { text: out, offsets: outOffsets, map };
}

function joinSpacedOut(text: string, offsets: readonly number[]): Rewritten {
  let out = '';
  const outOffsets: number[] = [];
  const map: number[] = [];
  let cursor = 0;
  const copy = (until: number) => {
    for (; cursor < until; cursor += 1) {
      map.push(out.length);
      out += text[cursor] ?? '';
      outOffsets.push(offsets[cursor] ?? -1);
    }
  };
  for (const match of text.matchAll(SPACED_OUT)) {
    copy(match.index);
    // Keep the letters, drop what separates them.
    for (let i = 0; i < match[0].length; i += 1) {
      map.push(out.length);
      if (i % 2 === 0) {
        out += text[cursor] ?? '';
        outOffsets.push(offsets[cursor] ?? -1);
      }
      cursor += 1;
    }
  }
  copy(text.length);
  map.push(out.length);
  return { text: out, offsets: outOffsets, map };
}

/** The prose folded and joined as above, with its offsets carried along. */
export function normalizeProse(text: string, offsets: readonly number[]): NormalizedProse {
  const folded = NEEDS_FOLDING.test(text)
    ? fold(text, offsets)
    : { text, offsets: [...offsets], map: null };
  SPACED_OUT.lastIndex = 0;
  const spaced = SPACED_OUT.test(folded.text);
  SPACED_OUT.lastIndex = 0;
  const joined = spaced ? joinSpacedOut(folded.text, folded.offsets) : null;
  const first = folded.map;
  const second = joined?.map ?? null;
  return {
    text: joined?.text ?? folded.text,
    offsets: joined?.offsets ?? folded.offsets,
    indexOf: (inputIndex) => {
      const afterFold = first ? (first[inputIndex] ?? first.at(-1) ?? 0) : inputIndex;
      return second ? (second[afterFold] ?? second.at(-1) ?? 0) : afterFold;
    },
  };
}
