import { describe, expect, it } from 'vitest';
import type { Finding } from '../../compliance/core/finding.ts';
import {
  findingRange,
  rangeContains,
  rangesTouch,
  toDiagnostic,
  toLspPosition,
} from './diagnostics.ts';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'claims/prohibited',
  severity: 'error',
  file: 'content/articles/a.mdx',
  position: { line: 2, column: 5 },
  message: '"cures" is an absolute health claim',
  hint: 'Guidance: CAP Code.',
  ...overrides,
});

const lines = ['---', 'It  cures back pain.', '', '😀 see [x](http://a.example).'];
const lineText = (line: number) => lines[line] ?? '';

describe('toLspPosition', () => {
  it('counts from 0 where findings count from 1', () => {
    expect(toLspPosition({ line: 1, column: 1 })).toEqual({ line: 0, character: 0 });
  });
});

describe('findingRange', () => {
  it('underlines the word at the position when the rule gives no end', () => {
    expect(findingRange(finding(), lineText)).toEqual({
      start: { line: 1, character: 4 },
      end: { line: 1, character: 9 },
    });
  });

  it("underlines to the rule's end when it gives one", () => {
    expect(findingRange(finding({ end: { line: 2, column: 21 } }), lineText).end).toEqual({
      line: 1,
      character: 20,
    });
  });

  it('underlines a run of non-space characters that is no word, counting UTF-16 units', () => {
    // The emoji is two UTF-16 code units, as the checker's columns count them.
    const link = finding({ position: { line: 4, column: 8 } });
    expect(findingRange(link, lineText)).toEqual({
      start: { line: 3, character: 7 },
      end: { line: 3, character: 29 },
    });
  });

  it('puts a finding without a position at the start of the file, and an empty line stays empty', () => {
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    expect(findingRange(finding({ position: null }), lineText)).toEqual(zero);
    expect(findingRange(finding({ position: { line: 3, column: 1 } }), lineText)).toEqual({
      start: { line: 2, character: 0 },
      end: { line: 2, character: 0 },
    });
  });
});

describe('toDiagnostic', () => {
  const docsUrl = (ruleId: string) =>
    ruleId === 'claims/prohibited' ? 'file:///r.md#x' : undefined;

  it('carries the rule id as code, the severity, the hint under the message and the docs link', () => {
    expect(toDiagnostic(finding(), { lineText, docsUrl })).toEqual({
      range: { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } },
      severity: 1,
      code: 'claims/prohibited',
      codeDescription: { href: 'file:///r.md#x' },
      source: 'backrack-content',
      message: '"cures" is an absolute health claim\nhint: Guidance: CAP Code.',
    });
  });

  it('maps a warning, and leaves out a missing hint and docs link', () => {
    const plain = toDiagnostic(
      { ruleId: 'other/rule', severity: 'warning', file: 'a.mdx', position: null, message: 'm' },
      { lineText, docsUrl },
    );
    expect(plain).toEqual({
      range: expect.anything(),
      severity: 2,
      code: 'other/rule',
      source: 'backrack-content',
      message: 'm',
    });
  });
});

describe('ranges', () => {
  const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } };

  it('contain their ends and what lies between', () => {
    expect(rangeContains(range, { line: 1, character: 4 })).toBe(true);
    expect(rangeContains(range, { line: 1, character: 9 })).toBe(true);
    expect(rangeContains(range, { line: 1, character: 10 })).toBe(false);
    expect(rangeContains(range, { line: 0, character: 6 })).toBe(false);
  });

  it('touch when they share a position', () => {
    const cursor = (character: number) => ({
      start: { line: 1, character },
      end: { line: 1, character },
    });
    expect(rangesTouch(range, cursor(9))).toBe(true);
    expect(rangesTouch(range, cursor(10))).toBe(false);
    expect(
      rangesTouch(range, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }),
    ).toBe(true);
  });
});
