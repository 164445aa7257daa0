import { describe, expect, it } from 'vitest';
import { parseMdx } from '../core/mdx.ts';
import { locateInMdx } from './locate.ts';

const mdx = `---
title: A page
---

Heat may help.

The rack **really** eases
back pain <Cite n={1} />.
`;

describe('locateInMdx', () => {
  it('finds words in one text node at their own line and column', () => {
    expect(locateInMdx(parseMdx(mdx), { kind: 'text', needle: 'may help' })).toEqual({
      line: 5,
      column: 6,
    });
  });

  it('finds words that run across inline markup and a line break at their paragraph', () => {
    const needle = 'The rack really eases back pain';
    expect(locateInMdx(parseMdx(mdx), { kind: 'text', needle })).toEqual({ line: 7, column: 1 });
  });

  it('finds nothing for words the file does not hold', () => {
    expect(locateInMdx(parseMdx(mdx), { kind: 'text', needle: 'cures sciatica' })).toBeNull();
  });
});
