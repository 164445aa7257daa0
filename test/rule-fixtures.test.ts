import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/compliance/check.ts';
import { sourceRules } from '../src/compliance/rules/index.ts';

const root = join(import.meta.dirname, '..');
const today = new Date('2026-11-25T00:00:00Z');

/** Each fixture breaks one rule; the whole checker must report exactly this. */
const expected: Record<string, [rule: string, line: number, column: number][]> = {
  'rules/syntax-mdx.mdx': [['syntax/mdx', 18, 1]],
  'rules/schema.mdx': [['schema/unknown-field', 7, 1]],
  'rules/placeholder.mdx': [['schema/placeholder', 12, 5]],
  'rules/review-overdue.mdx': [['review/overdue', 6, 1]],
  'rules/review-due-soon.mdx': [['review/overdue', 6, 1]],
  'rules/sources-missing.mdx': [
    ['sources/missing', 1, 1],
    ['sources/missing', 12, 77],
  ],
  'rules/urgent-help-missing.mdx': [['safety/urgent-help-missing', 4, 1]],
  'rules/claims-prohibited.mdx': [['claims/prohibited', 16, 46]],
  'products/needs-citation.mdx': [['claims/needs-citation', 23, 47]],
  'rules/a11y-img-alt.mdx': [['a11y/img-alt', 18, 1]],
  'rules/links-insecure.mdx': [['links/insecure', 18, 10]],
  'rules/links-asset.mdx': [['links/asset', 18, 1]],
  'rules/markdown.mdx': [['markdown/MD004', 23, 1]],
  'products/unconfirmed.mdx': [
    ['product/unconfirmed', 4, 1],
    ['product/unconfirmed', 24, 3],
  ],
  'products/confirmed.mdx': [],
  'rules/readability-grade.mdx': [['readability/grade', 18, 1]],
  'rules/suppression.mdx': [
    ['compliance/suppression', 18, 1],
    ['claims/prohibited', 19, 13],
  ],
  'rules/clean.mdx': [],
};

const brief = async (path: string) => {
  const { findings } = await checkContent(root, { paths: [path], today });
  return findings.map((finding): [string, number, number] => [
    finding.ruleId,
    finding.position?.line ?? 0,
    finding.position?.column ?? 0,
  ]);
};

describe('rule fixtures', () => {
  it.each(Object.entries(expected))('%s gives exactly its findings', async (fixture, findings) => {
    expect(await brief(`test/fixtures/${fixture}`)).toEqual(findings);
  });

  it('cover every rule the checker has', () => {
    const covered = new Set(Object.values(expected).flatMap((list) => list.map(([rule]) => rule)));
    for (const rule of sourceRules) {
      const hasFixture = rule.ids.some((id) =>
        id.endsWith('/*')
          ? [...covered].some((c) => c.startsWith(id.slice(0, -1)))
          : covered.has(id),
      );
      expect(hasFixture, `${rule.ids.join(', ')} has a fixture`).toBe(true);
    }
  });

  it.each([
    ['a review due within a month', 'rules/review-due-soon.mdx', 1],
    ['unconfirmed product facts', 'products/unconfirmed.mdx', 2],
    ['hard prose', 'rules/readability-grade.mdx', 1],
  ])('warns but does not fail for %s', async (_, fixture, count) => {
    const { findings } = await checkContent(root, { paths: [`test/fixtures/${fixture}`], today });
    expect(findings.map((finding) => finding.severity)).toEqual(Array(count).fill('warning'));
  });

  it('lists each honoured suppression with its reason', async () => {
    const { suppressed } = await checkContent(root, {
      paths: ['test/fixtures/rules/suppression.mdx'],
      today,
    });
    expect(suppressed).toEqual([
      {
        file: 'test/fixtures/rules/suppression.mdx',
        line: 22,
        ruleId: 'claims/prohibited',
        reason: 'quoting the seed copy we rejected',
      },
    ]);
  });
});

describe('shipped content', () => {
  it('passes every source rule, warning only of the product facts the maker must confirm', async () => {
    const result = await checkContent(root);
    expect(
      result.findings.map((finding) => [finding.file, finding.severity, finding.ruleId]),
    ).toEqual(
      ['price', 'sku', 'availability', 'retailers'].map(() => [
        'content/products/backrack.mdx',
        'warning',
        'product/unconfirmed',
      ]),
    );
    expect(result.findings.map((finding) => finding.message.split(' ')[0])).toEqual([
      '"price"',
      '"sku"',
      '"availability"',
      '"retailers"',
    ]);
    expect(result.filesChecked).toBeGreaterThanOrEqual(8);
  });
});
