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

  it('quotes a hard sentence of 60 characters whole, and gives the whole finding', () => {
    const sixty = 'Pharmacological variations necessitate individualised plans.';
    expect(sixty).toHaveLength(60);
    const body = [
      `${plain.repeat(2)}`,
      '',
      `Individuals experiencing persistent symptomatology should arrange consultations. ${sixty}`,
      '',
      'Comprehensive understanding of prognostic indicators enables differentiation.',
      '',
      'Superficial thermotherapy is potentially beneficial for musculoskeletal stiffness.',
      '',
      'Physiotherapeutic rehabilitation necessitates considerable perseverance.',
      '',
      `${plain.repeat(2)}We rested.`,
    ].join('\n');
    expect(checkReadability(testDocument(body))).toEqual([
      {
        ruleId: 'readability/grade',
        severity: 'warning',
        file: 'content/articles/test.mdx',
        position: { line: 23, column: 1 },
        message:
          'the prose reads at Flesch-Kincaid grade 9.1; aim for 8 or below. Hardest sentences: ' +
          'line 23 (grade 47.7) "Physiotherapeutic rehabilitation necessitates considerabl…"; ' +
          `line 17 (grade 35.9) "${sixty}"; ` +
          'line 17 (grade 29.3) "Individuals experiencing persistent symptomatology should…"',
        hint: 'Split long sentences, and use everyday words instead of long ones (explain a medical term the first time, in brackets).',
      },
    ]);
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
