import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../src/compliance/core/finding.ts';
import { checkContent } from '../src/compliance/source/check.ts';
import { rulesOfPhase, ruleIdMatches } from '../src/compliance/core/registry.ts';

const root = join(import.meta.dirname, '..');
const today = new Date('2026-11-25T00:00:00Z');

/** Each fixture breaks one rule; the whole checker must report exactly this. */
const expected: Record<string, [rule: string, severity: Severity, line: number, column: number][]> =
  {
    'rules/syntax-mdx.mdx': [['syntax/mdx', 'error', 18, 1]],
    'rules/schema.mdx': [['schema/unknown-field', 'error', 7, 1]],
    'rules/schema-yaml.mdx': [['schema/yaml', 'error', 9, 1]],
    'rules/schema-missing-frontmatter.mdx': [['schema/missing-frontmatter', 'error', 1, 1]],
    'rules/schema-missing-field.mdx': [['schema/missing-field', 'error', 1, 1]],
    'rules/schema-invalid-value.mdx': [['schema/invalid-value', 'error', 5, 1]],
    'rules/schema-unknown-reference.mdx': [['schema/unknown-reference', 'error', 8, 1]],
    'rules/schema-missing-image.mdx': [['schema/missing-image', 'error', 11, 3]],
    'rules/placeholder.mdx': [['schema/placeholder', 'error', 12, 5]],
    'rules/review-overdue.mdx': [['review/overdue', 'error', 6, 1]],
    'rules/review-due-soon.mdx': [['review/overdue', 'warning', 6, 1]],
    'rules/sources-missing.mdx': [
      ['sources/missing', 'error', 1, 1],
      ['sources/missing', 'error', 12, 77],
    ],
    'rules/urgent-help-missing.mdx': [['safety/urgent-help-missing', 'error', 4, 1]],
    'rules/claims-prohibited.mdx': [['claims/prohibited', 'error', 16, 50]],
    'products/needs-citation.mdx': [['claims/needs-citation', 'error', 24, 24]],
    'products/unconfirmed.mdx': [
      ['product/unconfirmed', 'warning', 4, 1],
      ['product/unconfirmed', 'warning', 24, 3],
    ],
    'products/confirmed.mdx': [],
    'products/claim-categories.mdx': [
      ['claims/efficacy', 'error', 25, 10],
      ['claims/treats-condition', 'error', 27, 25],
      ['claims/cure-absolute', 'error', 29, 1],
      ['claims/speed', 'error', 31, 30],
      ['claims/permanence', 'error', 33, 18],
      ['claims/universality', 'error', 35, 1],
      ['claims/safety', 'error', 37, 13],
      ['claims/testimonial', 'error', 39, 35],
      ['claims/endorsement', 'error', 41, 1],
      ['claims/comparison', 'error', 43, 10],
      ['claims/discourages-treatment', 'error', 45, 1],
      ['claims/fear', 'error', 47, 1],
      ['claims/statistic', 'error', 49, 1],
      ['claims/mechanism', 'error', 51, 13],
    ],
    'rules/readability-grade.mdx': [['readability/grade', 'warning', 18, 1]],
    'rules/a11y-img-alt.mdx': [['a11y/img-alt', 'error', 18, 1]],
    'rules/links-insecure.mdx': [['links/insecure', 'error', 18, 10]],
    'rules/links-asset.mdx': [['links/asset', 'error', 18, 1]],
    'rules/markdown.mdx': [['markdown/MD004', 'error', 23, 1]],
    'rules/links-anchor.mdx': [['links/anchor', 'error', 24, 6]],
    'rules/heading-order.mdx': [['a11y/heading-order', 'error', 22, 1]],
    'rules/suppression.mdx': [
      ['compliance/suppression', 'error', 18, 1],
      ['claims/prohibited', 'error', 19, 13],
    ],
    'rules/clean.mdx': [],
  };

const brief = async (path: string) => {
  const { findings } = await checkContent(root, { paths: [path], today });
  return findings.map((finding): [string, Severity, number, number] => [
    finding.ruleId,
    finding.severity,
    finding.position?.line ?? 0,
    finding.position?.column ?? 0,
  ]);
};

describe('rule fixtures', () => {
  it.each(Object.entries(expected))('%s gives exactly its findings', async (fixture, findings) => {
    expect(await brief(`test/fixtures/${fixture}`)).toEqual(findings);
  });

  it('cover every rule the registry runs at source', () => {
    const covered = Object.values(expected).flatMap((list) => list.map(([rule]) => rule));
    // The checker's own failure has no fixture: no well-formed file can cause it.
    const needed = rulesOfPhase('source').filter((rule) => rule.id !== 'compliance/internal');
    for (const rule of needed) {
      expect(
        covered.some((id) => ruleIdMatches(rule.id, id)),
        `${rule.id} has a fixture`,
      ).toBe(true);
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
        ruleId: 'claims/cure-absolute',
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
