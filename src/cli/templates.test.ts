import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../compliance/core/document.ts';
import { parseDocument } from '../compliance/source/parse-document.ts';
import { sourceRules } from '../compliance/source/rules/index.ts';
import { testContext } from '../compliance/source/testing.ts';
import {
  articleTemplate,
  contentPath,
  isArticleKind,
  isKebabCase,
  localIsoDate,
  productTemplate,
} from './templates.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const today = '2026-11-25';
const picture = 'content/products/images/heat-pad.svg';

/** Every source rule's findings on a page, as [rule, field line]. */
async function findings(file: string, source: string, collection: CollectionName) {
  const document = parseDocument(file, source, collection);
  const context = testContext({
    root,
    // The product's picture would sit next to the page once the editor adds it.
    fileExists: (path) => path === join(root, picture) || existsSync(path),
  });
  const all = [];
  for (const rule of sourceRules) all.push(...(await rule.check(document, context)));
  return all.map((finding) => `${finding.ruleId} ${finding.message}`);
}

/** The page as an editor would leave it: each placeholder, in order, replaced by a value. */
function fill(source: string, values: readonly string[]): string {
  let next = 0;
  const filled = source.replace(/'TODO(?:[^']|'')*'/g, () => values[next++] ?? 'unfilled');
  expect(next).toBe(values.length);
  return filled;
}

const filledSource = ['Back pain', 'NHS', 'https://www.nhs.uk/conditions/back-pain/'];

describe('articleTemplate', () => {
  const page = articleTemplate({ today });

  it('writes today as both dates, the editorial team, and kind guide', () => {
    expect(page).toContain('publishedAt: 2026-11-25\nreviewedAt: 2026-11-25\n');
    expect(page).toContain('reviewedBy: editorial-team\nauthor: editorial-team\n');
    expect(page).toContain('kind: guide\n');
    expect(page).toContain('## First section\n');
    expect(page).toContain('<Cite n={1} />');
    expect(page).not.toContain('UrgentHelp');
  });

  it('cannot pass the checks until every placeholder is filled in', async () => {
    const result = await findings('content/articles/new.mdx', page, 'articles');
    // Each unfilled value is one finding, not also a schema error about its form.
    expect(result.filter((line) => !line.startsWith('schema/placeholder'))).toEqual([]);
    expect(result.filter((line) => line.startsWith('schema/placeholder'))).toHaveLength(6);
    expect(result).toContainEqual(expect.stringMatching(/^schema\/placeholder "title" is still/));
  });

  it('passes every check once filled in', async () => {
    const filled = fill(page, [
      'Heat or ice for a back spasm?',
      'What the NHS says about using heat packs or ice for a back spasm, and how to use them safely.',
      'back spasm',
      ...filledSource,
    ]);
    expect(filled).not.toContain('TODO');
    expect(await findings('content/articles/new.mdx', filled, 'articles')).toEqual([]);
  });

  it('adds the urgent-help callout to condition articles only', async () => {
    const condition = articleTemplate({ today, kind: 'condition' });
    expect(condition).toContain('kind: condition\n');
    expect(condition).toContain('\n<UrgentHelp />\n');
    const result = await findings('content/articles/new.mdx', condition, 'articles');
    expect(result.filter((line) => line.startsWith('safety/'))).toEqual([]);
  });
});

describe('productTemplate', () => {
  const page = productTemplate({ today, slug: 'heat-pad' });

  it('cannot pass the checks until every placeholder is filled in', async () => {
    const result = await findings('content/products/heat-pad.mdx', page, 'products');
    const others = result.filter((line) => !line.startsWith('schema/placeholder'));
    // Each unfilled value is one finding, not also a schema error about its form.
    expect(others).toEqual([]);
    expect(result.filter((line) => line.startsWith('schema/placeholder'))).toHaveLength(11);
  });

  it('passes every check once filled in', async () => {
    const filled = fill(page, [
      'Heat pad',
      'A reusable heat pad for the lower back. What it is, how to use it safely, and what it costs.',
      '19.99',
      'HP-001',
      'InStock',
      './images/heat-pad.svg',
      'A grey heat pad with a fabric strap, lying flat',
      'heat',
      ...filledSource,
    ]);
    expect(filled).not.toContain('TODO');
    expect(await findings('content/products/heat-pad.mdx', filled, 'products')).toEqual([]);
  });
});

describe('helpers', () => {
  it('accepts kebab-case slugs only', () => {
    for (const slug of ['heat-or-ice', 'nhs-111', 'a']) expect(isKebabCase(slug)).toBe(true);
    for (const slug of ['Heat-or-ice', 'heat_or_ice', 'heat--ice', '-heat', 'heat-', '', 'a/b']) {
      expect(isKebabCase(slug)).toBe(false);
    }
  });

  it('knows the article kinds and where pages go', () => {
    expect(isArticleKind('condition')).toBe(true);
    expect(isArticleKind('news')).toBe(false);
    expect(contentPath('article', 'heat-or-ice')).toBe('content/articles/heat-or-ice.mdx');
    expect(contentPath('product', 'heat-pad')).toBe('content/products/heat-pad.mdx');
  });

  it('writes the local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
