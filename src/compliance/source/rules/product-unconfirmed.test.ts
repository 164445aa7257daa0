import { describe, expect, it } from 'vitest';
import { testDocument } from '../testing.ts';
import { checkUnconfirmed } from './product-unconfirmed.ts';

const PRODUCT = `---
name: Test rack
price:
  amount: 10
  currency: GBP
sku: TEST-1
unconfirmed:
  price:
    confirmWith: the maker
    note: 10 GBP is a placeholder
  retailers:
    confirmWith: the shop's buyer
  colour:
    confirmWith: the maker
---
`;

const brief = (frontmatter: string, collection: 'products' | 'articles' = 'products') =>
  checkUnconfirmed(
    testDocument('Text.\n', { frontmatter, collection, file: 'content/products/test.mdx' }),
  ).map(({ ruleId, severity, position, message }) => ({ ruleId, severity, position, message }));

describe('product/unconfirmed', () => {
  it('warns once for each unconfirmed fact, saying what is missing and who must confirm it', () => {
    expect(brief(PRODUCT)).toEqual([
      {
        ruleId: 'product/unconfirmed',
        severity: 'warning',
        position: { line: 3, column: 1 },
        message: '"price" is not confirmed (10 GBP is a placeholder); the maker must confirm it',
      },
      {
        ruleId: 'product/unconfirmed',
        severity: 'warning',
        position: { line: 11, column: 3 },
        message: `"retailers" is not known yet; the shop's buyer must confirm it`,
      },
    ]);
  });

  it('tells the editor how to confirm it, and that a release build fails meanwhile', () => {
    const [first] = checkUnconfirmed(
      testDocument('Text.\n', { frontmatter: PRODUCT, collection: 'products' }),
    );
    expect(first?.hint).toContain('npm run build -- --release');
    expect(first?.hint).toContain('delete "unconfirmed.price"');
  });

  it('asks someone who knows when the entry names nobody, with the whole finding', () => {
    const frontmatter = '---\nname: Test rack\nunconfirmed:\n  sku:\n---\n';
    expect(
      checkUnconfirmed(
        testDocument('Text.\n', {
          frontmatter,
          collection: 'products',
          file: 'content/products/test.mdx',
        }),
      ),
    ).toEqual([
      {
        ruleId: 'product/unconfirmed',
        severity: 'warning',
        file: 'content/products/test.mdx',
        position: { line: 4, column: 3 },
        message: '"sku" is not known yet; someone who knows must confirm it',
        hint: 'Until it is confirmed, the page says it is to be confirmed, search engines are not given it, and a release build (npm run build -- --release) fails. Once someone who knows has confirmed it, write the confirmed value and delete "unconfirmed.sku".',
      },
    ]);
  });

  it('says nothing when every fact is confirmed, and nothing about articles', () => {
    const confirmed = PRODUCT.slice(0, PRODUCT.indexOf('unconfirmed:')) + '---\n';
    expect(brief(confirmed)).toEqual([]);
    expect(brief(PRODUCT, 'articles')).toEqual([]);
  });
});
