import { describe, expect, it } from 'vitest';
import { parseMdx } from './mdx.ts';
import { positionedSentences } from './prose-sentences.ts';

describe('positionedSentences', () => {
  // After a line break inside a paragraph, the column is 1: the parser drops the indentation.
  it('places each sentence at its first character, across lines, links and citations', () => {
    const tree = parseMdx(
      [
        '## Heat',
        '',
        'Use a heat pack <Cite n={1} />. Wrap it in a',
        'tea towel first. See [our page on',
        'heat](/articles/heat/). Then rest.',
        '',
        '<UrgentHelp />',
        '',
        '- Keep moving',
        '- Stay at work. Walk.',
        '',
      ].join('\n'),
    );
    expect(positionedSentences(tree)).toEqual([
      { text: 'Heat', position: { line: 1, column: 4 } },
      { text: 'Use a heat pack .', position: { line: 3, column: 1 } },
      { text: 'Wrap it in a\ntea towel first.', position: { line: 3, column: 33 } },
      { text: 'See our page on\nheat.', position: { line: 4, column: 1 } },
      { text: 'Then rest.', position: { line: 5, column: 25 } },
      { text: 'Keep moving', position: { line: 9, column: 3 } },
      { text: 'Stay at work.', position: { line: 10, column: 3 } },
      { text: 'Walk.', position: { line: 10, column: 17 } },
    ]);
  });
});
