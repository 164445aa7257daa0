import { describe, expect, it } from 'vitest';
import { findAcross, normalise } from './text-match.ts';

describe('findAcross', () => {
  it('finds words that run across inline markup, with the offsets in each text', () => {
    const texts = ['It ', 'eases', ' back pain.'];
    expect(findAcross(texts, 'it eases back')).toEqual({
      start: { index: 0, offset: 0 },
      end: { index: 2, offset: 5 },
    });
  });

  it('compares as a browser shows the text: white space collapsed, case and curly quotes ignored', () => {
    const texts = ['\n    It   won\u2019t\n  CURE', ' you.'];
    const found = findAcross(texts, "it won't cure you");
    expect(found?.start).toEqual({ index: 0, offset: 5 });
    expect(found?.end).toEqual({ index: 1, offset: 4 });
  });

  it('is null when the words are not there, or when there are no words to look for', () => {
    expect(findAcross(['It eases back pain.'], 'cures')).toBeNull();
    expect(findAcross(['anything'], '   ')).toBeNull();
  });
});

describe('normalise', () => {
  it('keeps one space between words and plain quotes and dashes', () => {
    expect(normalise('  \u201cRest\u201d \u2013  then\nmove ')).toBe('"rest" - then move');
  });
});
