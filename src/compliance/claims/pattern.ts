/**
 * The editors' pattern syntax from content/compliance/claims.yaml, compiled to
 * regular-expression source: `cure*` (regular endings), `(a|b)` (one of),
 * `[a|b]` (optional), and spaces or hyphens between words (interchangeable).
 */

/** Between two words: any run of spaces and line breaks, or a hyphen (so "side-effect" = "side effect"). */
const SEPARATOR = String.raw`(?:\s*-\s*|\s+)`;
const WORD = /^[\p{L}\p{N}%',.&]+\*?$/u;

const escape = (text: string): string => text.replace(/[.]/g, String.raw`\.`);

/**
 * `word*`: the word with its regular English endings and its adverb, so
 * editors need not list them. A stem that drops its final e ("increas*",
 * "rehydrat*") is read as the word with that e ("increase", "increases",
 * "increased", "increasing"), the way editors write such stems.
 */
export function inflect(word: string): string {
  const w = escape(word);
  if (/ee$/i.test(word)) return `${w}(?:s|d|ing)?`;
  if (/e$/i.test(word)) return `${w.slice(0, -1)}(?:e|es|ed|ing|ely)`;
  if (/[^aeiou]y$/i.test(word)) return `${w.slice(0, -1)}(?:y|ies|ied|ying|ily)`;
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${w}(?:es|ed|ing|e)?`;
  if (/[^aeiouwy]$/i.test(word)) return `${w}(?:ely|ing|es|ed|ly|s|e)?`;
  return `${w}(?:s|ed|ing|ly)?`;
}

function compileWord(word: string): string {
  if (!WORD.test(word)) {
    const bad = [...word].find((char) => !/[\p{L}\p{N}%',.&*]/u.test(char));
    throw new Error(
      bad ? `unexpected character "${bad}" in "${word}"` : `"*" must end a word, in "${word}"`,
    );
  }
  return word.endsWith('*') ? inflect(word.slice(0, -1)) : escape(word);
}

/** Words joined by separators: "trapped nerve*". */
function compileWords(text: string): string {
  const words = text.split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) throw new Error('empty wording (check for "||", "()" or "[]")');
  return words.map(compileWord).join(SEPARATOR);
}

interface Element {
  source: string;
  optional: boolean;
}

/** Splits a pattern into words and ( ) / [ ] groups at the top level. */
function elements(pattern: string): Element[] {
  const parts = pattern.match(/\([^()[\]]*\)|\[[^()[\]]*\]|[^\s()[\]-]+|[()[\]]/g) ?? [];
  return parts.map((part): Element => {
    const open = part[0];
    if (part.length === 1 && '()[]'.includes(part)) {
      throw new Error(`unbalanced or nested "${part}": groups cannot contain groups`);
    }
    if (open === '(' || open === '[') {
      const alternatives = part.slice(1, -1).split('|').map(compileWords);
      return { source: `(?:${alternatives.join('|')})`, optional: open === '[' };
    }
    return { source: compileWord(part), optional: false };
  });
}

/** Compiles one pattern; throws an Error whose message says what is wrong with it. */
export function compilePattern(pattern: string): string {
  const parts = elements(pattern.trim());
  const firstRequired = parts.findIndex((part) => !part.optional);
  if (firstRequired < 0) throw new Error('a pattern needs at least one word outside [ ]');
  // Optional parts before the first required word carry their separator after them, the rest before.
  return parts
    .map(({ source, optional }, index) => {
      if (index < firstRequired) return `(?:${source}${SEPARATOR})?`;
      const separator = index === firstRequired ? '' : SEPARATOR;
      return optional ? `(?:${separator}${source})?` : `${separator}${source}`;
    })
    .join('');
}

/**
 * One case-insensitive, global RegExp for a list of patterns, matching whole
 * words only; longer patterns are tried first so the longest wording is reported.
 */
export function compilePatterns(patterns: readonly string[]): RegExp {
  const sources = [...patterns]
    .sort((a, b) => b.length - a.length)
    .map((pattern) => {
      try {
        // Curly apostrophes are straightened in the text too, so either may be typed.
        return compilePattern(pattern.replace(/’/g, "'"));
      } catch (error) {
        throw new Error(
          `pattern "${pattern}": ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
