import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleFacts } from '../../core/registry.ts';
import { parseDocument } from '../parse-document.ts';
import { testContext } from '../testing.ts';
import { sourceRules } from './index.ts';
import type { CollectionName } from '../../core/document.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const context = testContext({ root });
const claimsRules = sourceRules.filter((rule) =>
  rule.ids.some((id) => ruleFacts(id)?.category === 'claims'),
);

const check = async (file: string, collection: CollectionName) => {
  const document = parseDocument(file, readFileSync(`${root}/${file}`, 'utf8'), collection);
  const results = await Promise.all(claimsRules.map((rule) => rule.check(document, context)));
  return results.flat();
};

describe('claims rules on real files', () => {
  // Section 5.3 of the content brief: each rejected seed claim and the categories section 7.2 gives it.
  // The copy this project grew from was an article with a sales section: the same words sell in either place.
  it.each(['products', 'articles'] as const)(
    'reports each rejected claim of the seed marketing copy once, under a category it falls in (%s)',
    async (collection) => {
      const found = await check('test/fixtures/products/backrack-seed-copy.mdx', collection);
      const reported = found.map(({ ruleId, position, message }) => ({
        line: position?.line,
        ruleId,
        also:
          /, and also breaks (.+)$/
            .exec(message)?.[1]
            ?.split(', ')
            .map((id) => id.replace('claims/', '')) ?? [],
      }));
      const seedClaims = [
        { line: 34, claim: '100% natural … free of side-effects', categories: ['safety'] },
        { line: 34, claim: 'the brightest minds on Harley Street', categories: ['endorsement'] },
        {
          line: 35,
          claim: 'Thousands of people have already seen its benefits',
          categories: ['statistic', 'testimonial'],
        },
        {
          line: 38,
          claim: 'greatly improve your spinal health and significantly reduce your pain',
          categories: ['efficacy'],
        },
        {
          line: 40,
          claim: 'any nerve that might have been trapped … will be released; no more flare-ups',
          categories: ['treats-condition', 'mechanism', 'permanence'],
        },
        { line: 41, claim: 'the prevention of both issues', categories: ['treats-condition'] },
      ];
      expect(
        reported,
        JSON.stringify(found.map((f) => [f.position?.line, f.ruleId, f.message])),
      ).toHaveLength(seedClaims.length);
      for (const [index, seed] of seedClaims.entries()) {
        const finding = reported[index];
        expect(finding?.line, seed.claim).toBe(seed.line);
        const named = [finding?.ruleId.replace('claims/', ''), ...(finding?.also ?? [])];
        expect(
          named.some((category) => seed.categories.includes(category ?? '')),
          `${seed.claim}: ${named.join(', ')}`,
        ).toBe(true);
      }
    },
  );

  const shipped = (folder: string, collection: CollectionName) =>
    readdirSync(`${root}/content/${folder}`)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => [`content/${folder}/${name}`, collection] as const);
  it.each([...shipped('articles', 'articles'), ...shipped('products', 'products')])(
    'finds nothing in the shipped %s',
    async (file, collection) => {
      expect(await check(file, collection)).toEqual([]);
    },
  );
});
