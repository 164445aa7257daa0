import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsList } from '../../claims/claims-list.ts';
import { parseDocument } from '../parse-document.ts';
import { testContext } from '../testing.ts';
import { createClaimsNeedsCitationRule } from './claims-needs-citation.ts';
import { createClaimsProhibitedRule } from './claims-prohibited.ts';
import type { CollectionName } from '../../core/document.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const claims = loadClaimsList(root);
const context = testContext();

describe('claims rules on real files', () => {
  const both = [createClaimsProhibitedRule(claims), createClaimsNeedsCitationRule(claims)];
  const check = async (file: string, collection: CollectionName) => {
    const document = parseDocument(file, readFileSync(`${root}/${file}`, 'utf8'), collection);
    const results = await Promise.all(both.map((each) => each.check(document, context)));
    return results.flat();
  };

  it('flags each rejected claim in the seed marketing copy', async () => {
    const found = await check('test/fixtures/products/backrack-seed-copy.mdx', 'products');
    const quoted = found.map(({ ruleId, message }) => `${ruleId} ${message.split('"')[1] ?? ''}`);
    expect(quoted).toEqual(
      expect.arrayContaining([
        'claims/prohibited 100% natural',
        'claims/prohibited free of side-effects',
        'claims/prohibited Thousands of people',
        'claims/needs-citation improve your spinal health',
        'claims/needs-citation reduce your pain',
        'claims/prohibited no more pain flare-ups',
        'claims/prohibited Harley Street',
        'claims/prohibited decompresses the spine',
        'claims/prohibited will be released',
      ]),
    );
  });

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
