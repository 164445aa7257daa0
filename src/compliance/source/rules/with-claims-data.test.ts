import { describe, expect, it } from 'vitest';
import { parseClaimModel } from '../../claims/claim-model.ts';
import { parseClaimsList } from '../../claims/claims-list.ts';
import { ruleFacts } from '../../core/registry.ts';
import { testContext, testDocument } from '../testing.ts';
import { sourceRules } from './index.ts';
import { sourceRulesWithClaims } from './with-claims-data.ts';

const claims = parseClaimsList(`prohibited:
  - id: marvellous
    patterns: [marvellous]
    severity: error
    message: '"{match}" is a test word'
    hint: leave it out
    guidance: none
`);
const model = parseClaimModel(
  'subjects: [Backrack]\npromises: [will]\nbody: [back]\ncategories: []\n',
);

describe('sourceRulesWithClaims', () => {
  const rules = sourceRulesWithClaims({ claims, model });

  it('keeps every rule in its order and replaces each claims rule, so none reads the files', () => {
    expect(rules).toHaveLength(sourceRules.length);
    rules.forEach((rule, index) => {
      const isClaims = rule.ids.some((id) => ruleFacts(id)?.category === 'claims');
      expect(rule.ids).toEqual(sourceRules[index]?.ids);
      expect(rule === sourceRules[index]).toBe(!isClaims);
    });
  });

  it('judges by the data given, with no claims files under the root', async () => {
    const document = testDocument('A marvellous rack.\n');
    const found = await Promise.all(rules.map((rule) => rule.check(document, testContext())));
    expect(found.flat().filter((finding) => finding.ruleId.startsWith('claims/'))).toEqual([
      expect.objectContaining({
        ruleId: 'claims/prohibited',
        message: '"marvellous" is a test word; leave it out',
      }),
    ]);
  });
});
