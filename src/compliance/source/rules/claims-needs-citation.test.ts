import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsList } from '../../claims/claims-list.ts';
import { NO_CLAIM_CATEGORIES } from '../../claims/testing.ts';
import { ARTICLE_FRONTMATTER, testContext, testDocument } from '../testing.ts';
import { createClaimsNeedsCitationRule } from './claims-needs-citation.ts';
import { createClaimsProhibitedRule } from './claims-prohibited.ts';
import type { CollectionName } from '../../core/document.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const claims = loadClaimsList(root);
const rule = createClaimsNeedsCitationRule(claims, NO_CLAIM_CATEGORIES);
const context = testContext();
const product = { collection: 'products' as CollectionName, file: 'content/products/test.mdx' };

const findings = async (body: string, options: Parameters<typeof testDocument>[1] = product) =>
  (await rule.check(testDocument(body, options), context)).map(({ ruleId, position, message }) => ({
    ruleId,
    ...position,
    message,
  }));
const flagged = async (body: string) =>
  (await findings(body)).map(({ message }) => /^"([^"]+)"/.exec(message)?.[1]);

describe('claims/needs-citation', () => {
  it('reports an uncited efficacy claim on a product page at the phrase', async () => {
    const document = testDocument('The Backrack can greatly reduce your pain.\n', product);
    expect(await rule.check(document, context)).toEqual([
      {
        ruleId: 'claims/needs-citation',
        severity: 'error',
        file: 'content/products/test.mdx',
        position: { line: 15, column: 26 },
        end: { line: 15, column: 42 },
        message:
          '"reduce your pain" is an efficacy claim with no citation beside it; cite a trial on people in the same sentence with <Cite n={…} />, or leave it out',
        hint: 'Guidance: CAP rule 12.1; ASA health, beauty and slimming claims guidance.',
      },
    ]);
  });

  const examples = claims.efficacy.flatMap((entry) =>
    entry.examples.map((example) => [entry.id, example] as const),
  );
  it.each(examples)('entry %s fires on "%s"', async (id, example) => {
    const only = createClaimsNeedsCitationRule(
      {
        prohibited: [],
        efficacy: claims.efficacy.filter((entry) => entry.id === id),
      },
      NO_CLAIM_CATEGORIES,
    );
    const found = await only.check(testDocument(`${example}\n`, product), context);
    expect(found.length, example).toBeGreaterThan(0);
  });

  it('passes a claim with a citation in the same sentence or the same paragraph', async () => {
    expect(await flagged('It may reduce pain a little <Cite n={1} />.\n')).toEqual([]);
    expect(
      await flagged('It may reduce pain. One small trial found this <Cite n={1} />.\n'),
    ).toEqual([]);
  });

  it('flags a claim whose citation is in another paragraph or list item', async () => {
    expect(await flagged('It may reduce pain.\n\nSee the trial <Cite n={1} />.\n')).toEqual([
      'reduce pain',
    ]);
    expect(await flagged('Evidence <Cite n={1} />:\n\n- it improves posture\n')).toEqual([
      'improves posture',
    ]);
  });

  it('does not treat negated statements as claims', async () => {
    expect(await flagged('Lying on it does not reduce pain.\n')).toEqual([]);
    expect(await flagged('There is no evidence that it improves posture.\n')).toEqual([]);
    expect(await flagged('It does not show that the Backrack works for back pain.\n')).toEqual([]);
  });

  it('leaves articles alone', async () => {
    expect(await findings('Heat can ease back pain.\n', {})).toEqual([]);
  });

  it('leaves wording that claims/prohibited reports to that rule alone', async () => {
    const body = 'It decompresses the spine.\n';
    expect(await findings(body)).toEqual([]);
    const prohibited = await createClaimsProhibitedRule(claims, NO_CLAIM_CATEGORIES).check(
      testDocument(body, product),
      context,
    );
    expect(prohibited.map(({ ruleId, position }) => ({ ruleId, position }))).toEqual([
      { ruleId: 'claims/prohibited', position: { line: 15, column: 4 } },
    ]);
  });

  it('checks the product description, which can carry no citation', async () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      /description: .*/,
      'description: A rigid rack that eases back pain when you lie on it for twenty minutes.',
    );
    expect(await findings('Text.\n', { ...product, frontmatter })).toEqual([
      expect.objectContaining({
        line: 3,
        column: 32,
        message: expect.stringMatching(/^"eases back pain"/),
      }),
    ]);
  });

  it('ignores efficacy wording in code and URLs', async () => {
    expect(
      await findings('Use `reduces pain` as a search term: https://example.com/relieves-pain\n'),
    ).toEqual([]);
  });
});
