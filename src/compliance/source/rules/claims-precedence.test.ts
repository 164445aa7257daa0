import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleFacts } from '../../core/registry.ts';
import { testContext, testDocument } from '../testing.ts';
import { sourceRules } from './index.ts';
import type { CollectionName } from '../../core/document.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const context = testContext({ root });
const claimsRules = sourceRules.filter((rule) =>
  rule.ids.some((id) => ruleFacts(id)?.category === 'claims'),
);
const product = { collection: 'products' as CollectionName, file: 'content/products/test.mdx' };

/** Rule id and column of every claims finding on line 15, the body's first line. */
const reported = async (body: string, options?: Parameters<typeof testDocument>[1]) => {
  const document = testDocument(`${body}\n`, options);
  const results = await Promise.all(claimsRules.map((rule) => rule.check(document, context)));
  return results.flat().map(({ ruleId, position }) => `${ruleId} ${position?.column}`);
};

describe('which claims rule reports a sentence', () => {
  it('gives a claim about the product to its category alone, though it uses listed wording', async () => {
    // "cures" is listed in claims.yaml; the category says what kind of claim it is.
    expect(await reported('The Backrack cures back spasms.')).toEqual(['claims/cure-absolute 14']);
    expect(await reported('It reduces pain and eases stiffness.', product)).toEqual([
      'claims/efficacy 4',
    ]);
  });

  it('leaves listed wording in teaching text to claims/prohibited and claims/needs-citation', async () => {
    expect(await reported('A heat pack cures back spasms.')).toEqual(['claims/prohibited 13']);
    expect(await reported('Stretching reduces pain.', product)).toEqual([
      'claims/needs-citation 12',
    ]);
  });

  it('reports two sentences of one paragraph each under its own rule', async () => {
    expect(
      await reported('A heat pack cures back spasms. Our rack is a miracle for your back.'),
    ).toEqual(['claims/prohibited 13', 'claims/cure-absolute 46']);
  });
});

describe('claims in component props', () => {
  it('reads the props a reader sees, at their exact place, and no others', async () => {
    const body = [
      '<Figure src="./rack.png" alt="The Backrack cures sciatica" caption="Trusted by the NHS." />',
      '',
      'A calm paragraph with <Badge label="Doctor recommended" tone="cures" /> inside.',
    ].join('\n');
    expect(await reported(body, product)).toEqual([
      'claims/cure-absolute 44',
      'claims/endorsement 69',
      'claims/endorsement 37',
    ]);
  });
});

describe('where a claims finding ends', () => {
  const span = async (body: string, options?: Parameters<typeof testDocument>[1]) => {
    const document = testDocument(`${body}\n`, options);
    const results = await Promise.all(claimsRules.map((rule) => rule.check(document, context)));
    return results.flat().map(({ ruleId, position, end }) => ({ ruleId, position, end }));
  };

  it('underlines the wording as written, across a line break', async () => {
    expect(await span('The Backrack gives instant\nrelief.')).toEqual([
      {
        ruleId: 'claims/speed',
        position: { line: 15, column: 20 },
        end: { line: 16, column: 7 },
      },
    ]);
  });

  it('underlines the whole sentence when the sentence, not a wording, is the claim', async () => {
    expect(await span('It presses gently on the lower back.  Heat may help.', product)).toEqual([
      {
        ruleId: 'claims/efficacy',
        position: { line: 15, column: 1 },
        end: { line: 15, column: 37 },
      },
    ]);
  });
});
