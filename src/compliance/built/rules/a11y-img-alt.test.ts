import { describe, expect, it } from 'vitest';
import { checkBody } from '../testing.ts';
import type { PageFinding } from '../types.ts';
import { a11yImgAltPageRule } from './a11y-img-alt.ts';

const check = (body: string): PageFinding[] => checkBody(a11yImgAltPageRule, body, () => true);

const HINT =
  'Describe what the image shows in a few words (for a hero or product image, its alt field); use alt="" only for a purely decorative image';

const finding = (message: string, trace: PageFinding['trace']): PageFinding => ({
  ruleId: 'a11y/img-alt',
  severity: 'error',
  pathname: '/a/',
  message,
  hint: HINT,
  ...(trace ? { trace } : {}),
});

describe('a11y/img-alt', () => {
  it('passes meaningful alt text and alt="" (decorative)', () => {
    expect(
      check(
        '<img src="/a.svg" alt="The muscles of the lower back, in orange"><img src="/line.svg" alt=""><img src="/b.svg" alt=" ">',
      ),
    ).toEqual([]);
  });

  it('reports an image with no alt attribute', () => {
    expect(check('<img src="/_astro/hero.svg">')).toEqual([
      finding('image "/_astro/hero.svg" has no alt text', {
        kind: 'image',
        needle: '/_astro/hero.svg',
      }),
    ]);
  });

  it.each(['image', 'The photo', 'back-pain_01.JPG'])('reports the meaningless alt "%s"', (alt) => {
    expect(check(`<img src="/x.png" alt="${alt}">`)).toEqual([
      finding(`image "/x.png" has alt text "${alt}", which tells a screen reader user nothing`, {
        kind: 'image',
        needle: '/x.png',
      }),
    ]);
  });

  it("traces a <picture> by its img's src", () => {
    expect(
      check('<picture><source srcset="/x.avif" type="image/avif"><img src="/x.png"></picture>'),
    ).toEqual([finding('image "/x.png" has no alt text', { kind: 'image', needle: '/x.png' })]);
  });

  it('checks image buttons and image-map links, not other inputs or plain areas', () => {
    expect(
      check(
        '<input type="IMAGE" src="/go.png"><input type="text" name="q"><map name="m"><area href="/a/" shape="rect"><area shape="rect"></map>',
      ),
    ).toEqual([
      finding('<input> "/go.png" has no alt text', { kind: 'image', needle: '/go.png' }),
      finding('<area> "/a/" has no alt text', { kind: 'link', needle: '/a/' }),
    ]);
  });

  it('leaves images that are hidden, or hidden from screen readers, alone', () => {
    expect(
      check('<div hidden><img src="/a.png"></div><img src="/b.png" aria-hidden="true">'),
    ).toEqual([]);
  });
});
