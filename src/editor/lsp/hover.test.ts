import { describe, expect, it } from 'vitest';
import { hoverAt } from './hover.ts';

const range = (from: number, to: number) => ({
  start: { line: 0, character: from },
  end: { line: 0, character: to },
});
const explain = (ruleId: string) => (ruleId === 'unknown/rule' ? null : `about ${ruleId}`);

describe('hoverAt', () => {
  const shown = [
    { ruleId: 'claims/prohibited', range: range(0, 5) },
    { ruleId: 'claims/prohibited', range: range(2, 8) },
    { ruleId: 'readability/grade', range: range(3, 4) },
  ];

  it('explains each rule found under the cursor once, in plain text', () => {
    expect(hoverAt(shown, { line: 0, character: 3 }, explain)).toEqual({
      contents: { kind: 'plaintext', value: 'about claims/prohibited\n\nabout readability/grade' },
      range: range(0, 5),
    });
  });

  it('says nothing away from findings, or for rules with no explanation', () => {
    expect(hoverAt(shown, { line: 1, character: 0 }, explain)).toBeNull();
    expect(
      hoverAt([{ ruleId: 'unknown/rule', range: range(0, 1) }], { line: 0, character: 0 }, explain),
    ).toBeNull();
  });
});
