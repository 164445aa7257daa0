import { describe, expect, it } from 'vitest';
import { normalizeProse } from './normalize.ts';

const offsetsOf = (text: string): number[] => [...text].flatMap((_, index) => [index]);
const normalized = (text: string) => normalizeProse(text, offsetsOf(text));

describe('normalizeProse', () => {
  it.each([
    ['a soft hyphen', 'It cu\u00ADres spasms.', 'It cures spasms.'],
    ['a zero-width space', 'It cu\u200Bres spasms.', 'It cures spasms.'],
    [
      'a zero-width joiner and a direction mark',
      'It c\u200Dur\u200Fes spasms.',
      'It cures spasms.',
    ],
    ['Cyrillic look-alikes', 'It \u0441ur\u0435s spasms.', 'It cures spasms.'],
    ['Greek look-alikes', 'A mirac\u03B9e f\u03BFr backs.', 'A miracie for backs.'],
    ['full-width letters', 'It \uFF43\uFF55\uFF52\uFF45\uFF53 spasms.', 'It cures spasms.'],
    ['a ligature', 'Speci\uFB01c relief.', 'Specific relief.'],
    ['a non-breaking space', 'Pain\u00A0free in days.', 'Pain free in days.'],
    ['letters spaced out', 'It c u r e s spasms.', 'It cures spasms.'],
    ['letters with dots', 'It C.U.R.E.S spasms.', 'It CURES spasms.'],
    ['letters with hyphens', 'A c-u-r-e for backs.', 'A cure for backs.'],
  ])('reads %s as a reader would', (_, written, read) => {
    expect(normalized(written).text).toBe(read);
  });

  it('keeps short runs of single letters, such as initials', () => {
    expect(normalized('The U K and the N H S.').text).toBe('The U K and the N H S.');
    expect(normalized('Steps a, b and c.').text).toBe('Steps a, b and c.');
  });

  it('keeps the file offset of every character it keeps', () => {
    // "u" was at 5, after the zero-width space at 4.
    expect(normalized('It c\u200Bures').offsets).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    // The spaces between the letters go; each letter keeps its place.
    expect(normalized('It c u r e s').offsets).toEqual([0, 1, 2, 3, 5, 7, 9, 11]);
  });

  it('maps an index of the input to where it went', () => {
    const result = normalized('a\u00ADb c');
    expect(result.text).toBe('ab c');
    expect(result.indexOf(0)).toBe(0);
    expect(result.indexOf(2)).toBe(1);
    expect(result.indexOf(5)).toBe(4);
  });

  it('leaves plain prose exactly as it is', () => {
    const text = 'Heat may ease pain for a short time.';
    expect(normalized(text)).toMatchObject({ text, offsets: offsetsOf(text) });
  });
});
