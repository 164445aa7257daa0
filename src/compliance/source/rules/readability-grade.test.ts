import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../core/mdx.ts';
import { readability } from '../../core/readability.ts';
import { testDocument } from '../testing.ts';
import { checkReadability, gradeProse, MIN_WORDS } from './readability-grade.ts';

const plain = 'We had tea in the sun. The cat sat on the mat. It was a warm day. ';
const hard =
  'Pharmacological interventions demonstrating considerable heterogeneity necessitate individualised therapeutic considerations.';

describe('readability/grade', () => {
  it('passes plain prose', () => {
    expect(checkReadability(testDocument(`${plain.repeat(10)}\n`))).toEqual([]);
  });

  it('warns above grade 8, at the hardest sentence, naming the three hardest with their lines', () => {
    const body = [
      `${plain.repeat(2)}`,
      '',
      `Individuals experiencing persistent symptomatology should arrange consultations. ${hard}`,
      '',
      'Comprehensive understanding of prognostic indicators enables differentiation.',
      '',
      'Superficial thermotherapy is potentially beneficial for musculoskeletal stiffness.',
      '',
      `${plain.repeat(2)}We rested.`,
    ].join('\n');
    // The body starts on line 15, after the test frontmatter.
    const [finding, ...more] = checkReadability(testDocument(body));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'readability/grade',
      severity: 'warning',
      position: { line: 17, column: 82 },
    });
    expect(finding?.message).toBe(
      'the prose reads at Flesch-Kincaid grade 9.0; aim for 8 or below. Hardest sentences: ' +
        'line 17 (grade 45.6) "Pharmacological interventions demonstrating considerable…"; ' +
        'line 17 (grade 29.3) "Individuals experiencing persistent symptomatology should…"; ' +
        'line 19 (grade 27.6) "Comprehensive understanding of prognostic indicators enab…"',
    );
  });

  it('grades a page as the shipped-content test does', () => {
    const tree = parseMdx(`${hard} ${plain.repeat(12)}\n`);
    expect(gradeProse(tree)?.grade).toBe(readability(tree).grade);
  });

  it(`does not grade a page of fewer than ${MIN_WORDS} words`, () => {
    expect(checkReadability(testDocument(`${hard} ${hard}\n`))).toEqual([]);
  });

  it('does not grade people files', () => {
    expect(
      checkReadability(
        testDocument(`${hard.repeat(20)}\n`, {
          collection: 'people',
          file: 'content/people/x.yaml',
        }),
      ),
    ).toEqual([]);
  });
});
