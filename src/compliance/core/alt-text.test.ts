import { describe, expect, it } from 'vitest';
import { isMeaninglessAlt } from './alt-text.ts';

describe('isMeaninglessAlt', () => {
  it.each([
    'image',
    'picture',
    'photo',
    'photograph',
    'graphic',
    'img',
    'icon',
    'banner',
    'hero',
    'screenshot',
    'untitled',
    'illustration',
  ])('rejects the placeholder word "%s", alone, after an article, in any case', (word) => {
    expect(isMeaninglessAlt(word)).toBe(true);
    expect(isMeaninglessAlt(`  The ${word.toUpperCase()} `)).toBe(true);
    expect(isMeaninglessAlt(`a ${word}`)).toBe(true);
    expect(isMeaninglessAlt(`an\t${word}`)).toBe(true);
  });

  it.each([
    'back-pain_01.JPG',
    'hero.jpeg',
    'x.jpg',
    'a.png',
    'b.gif',
    'c.webp',
    'd.avif',
    'e.svg',
  ])('rejects the file name %s', (name) => {
    expect(isMeaninglessAlt(name)).toBe(true);
  });

  it.each([
    'A woman lying on her back with her knees bent',
    'photo of a heat pack on a lower back',
    'the images',
    'theimage',
    'my photo.png',
    'report.pdf',
    'png',
    '',
  ])('accepts "%s", which is not only a placeholder or a file name', (alt) => {
    expect(isMeaninglessAlt(alt)).toBe(false);
  });
});
