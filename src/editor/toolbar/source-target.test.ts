import { describe, expect, it } from 'vitest';
import type { Finding } from '../../compliance/core/finding.ts';
import { parseMdx } from '../../compliance/core/mdx.ts';
import { offsetOf, sentenceAround, sourceTarget } from './source-target.ts';

const source = [
  '---',
  'title: Heat or ice',
  '---',
  '',
  '## Does heat help?',
  '',
  'Rest a little. Heat cures back pain for good. Then move.',
  '',
  '![A hot water bottle](./images/bottle.svg)',
  '',
  'Read [the NHS page](https://www.nhs.uk/conditions/back-pain/).',
  '',
  '<Image src="./images/ice.png" alt="Ice" />',
].join('\n');

const at = (line: number, column: number, end?: Finding['end']): Finding => ({
  ruleId: 'claims/prohibited',
  severity: 'error',
  file: 'content/articles/heat.mdx',
  position: { line, column },
  message: 'm',
  ...(end ? { end } : {}),
});

const target = (finding: Finding) => sourceTarget(parseMdx(source), source, finding);

describe('sourceTarget', () => {
  it('gives the flagged words when the rule says where they end', () => {
    expect(target(at(7, 21, { line: 7, column: 26 }))).toEqual({ kind: 'text', needle: 'cures' });
  });

  it('gives the sentence around a position when it does not', () => {
    expect(target(at(7, 21))).toEqual({ kind: 'text', needle: 'Heat cures back pain for good.' });
  });

  it('gives the heading, the image or the link a finding is on', () => {
    expect(target(at(5, 1))).toEqual({ kind: 'heading', needle: 'Does heat help?' });
    expect(target(at(9, 1))).toEqual({ kind: 'image', needle: './images/bottle.svg' });
    expect(target(at(11, 6))).toEqual({
      kind: 'link',
      needle: 'https://www.nhs.uk/conditions/back-pain/',
    });
    expect(target(at(13, 1))).toEqual({ kind: 'image', needle: './images/ice.png' });
  });

  it('gives nothing for the frontmatter, a missing position or an unparsed file', () => {
    expect(target(at(2, 1))).toBeNull();
    expect(target({ ...at(1, 1), position: null })).toBeNull();
    expect(sourceTarget(null, source, at(7, 21))).toBeNull();
  });
});

describe('offsetOf and sentenceAround', () => {
  it('count lines and columns from 1, and sentences end at . ! or ?', () => {
    expect(offsetOf('ab\ncd', { line: 2, column: 2 })).toBe(4);
    expect(offsetOf('ab', { line: 3, column: 1 })).toBe(-1);
    expect(sentenceAround('One. Two\nthree! Four?', 6)).toBe('Two three!');
  });
});
