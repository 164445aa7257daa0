import { describe, expect, it } from 'vitest';
import { categoryMessage, explainCategory } from './category-message.ts';
import { parseClaimModel } from './claim-model.ts';

const model = parseClaimModel(`subjects: ['the rack']
promises: ['say goodbye']
body: ['back']
categories:
  - id: permanence
    says: that the result lasts for good
    explanation: back pain often comes back
    rule: CAP Code rule 3.7
    rewrite: 'Leave out how long it lasts.'
    cues: ['for good']
  - id: fear
    anyVoice: true
    says: that something bad will happen unless the reader acts
    explanation: it frightens readers into buying
    rule: CAP Code rules on fear
    rewrite: 'Give the warning signs calmly.'
    cues: ['wheelchair']
`);
const [permanence, fear] = model.categories;

describe('what an editor reads about a claim', () => {
  it('says what the words claim in plain words, why not, and what to write instead', () => {
    if (!permanence || !fear) throw new Error('model not read');
    expect(
      categoryMessage({
        category: permanence,
        also: [fear],
        index: 0,
        text: 'for good',
        length: 8,
      }),
    ).toEqual({
      message:
        '"for good" claims that the result lasts for good: back pain often comes back, and also breaks claims/fear',
      hint: 'Say instead, for example: Leave out how long it lasts. Guidance: CAP Code rule 3.7.',
    });
  });

  it('explains a category from the model, and where it is checked', () => {
    if (!permanence || !fear) throw new Error('model not read');
    expect(explainCategory(fear)).toBe(
      [
        'What it claims: that something bad will happen unless the reader acts.',
        'Why it cannot be said: it frightens readers into buying.',
        'The rule it breaks: CAP Code rules on fear.',
        'Say instead, for example: Give the warning signs calmly.',
        'Checked in every sentence a reader sees, not only where the sentence speaks for the product.',
      ].join('\n'),
    );
    expect(explainCategory(permanence)).toMatch(
      /\nChecked where a sentence speaks for the product: on product pages, and in article paragraphs that sell\.$/,
    );
  });
});
