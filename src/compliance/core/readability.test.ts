import { describe, expect, it } from 'vitest';
import { parseMdx } from './mdx.ts';
import { proseSentences, readability } from './readability.ts';

describe('proseSentences', () => {
  it('keeps what a reader sees and drops frontmatter, components and citation markers', () => {
    const tree = parseMdx(
      '---\ntitle: A title that is long\n---\n\n## Heat\n\nUse a heat pack <Cite n={1} />. Wrap it first.\n\n<UrgentHelp />\n\n- Keep moving\n',
    );
    expect(proseSentences(tree)).toEqual([
      'Heat',
      'Use a heat pack .',
      'Wrap it first.',
      'Keep moving',
    ]);
  });
});

describe('readability', () => {
  it('grades short plain sentences low and long Latinate ones high', () => {
    const plain = readability(parseMdx('The cat sat on the mat. It was warm. We had tea.\n'));
    const dense = readability(
      parseMdx(
        'Pharmacological interventions demonstrating considerable heterogeneity necessitate individualised therapeutic considerations.\n',
      ),
    );
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(15);
    expect(plain).toMatchObject({ words: 12, sentences: 3 });
  });
});
