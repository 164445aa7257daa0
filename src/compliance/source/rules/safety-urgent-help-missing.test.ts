import { describe, expect, it } from 'vitest';
import { ARTICLE_FRONTMATTER, testDocument } from '../testing.ts';
import { checkUrgentHelp } from './safety-urgent-help-missing.ts';

const condition = ARTICLE_FRONTMATTER.replace('kind: treatment', 'kind: condition');
const fixOf = (body: string) =>
  checkUrgentHelp(testDocument(body, { frontmatter: condition }))[0]?.fix;

describe('the fix safety/urgent-help-missing offers', () => {
  it('adds the callout under the heading that speaks of help', () => {
    const body = 'Some text.\n\n## When to get help\n\nCall 111.\n';
    expect(fixOf(body)).toEqual({
      title: 'Add <UrgentHelp /> under "When to get help"',
      from: { line: 17, column: 20 },
      to: { line: 17, column: 20 },
      text: '\n\n<UrgentHelp />',
    });
  });

  it('picks the first heading that speaks of help, not an earlier heading or a paragraph that does', () => {
    const body = 'We can help.\n\n## Causes\n\nText.\n\n## When to get help\n\nCall 111.\n';
    expect(fixOf(body)).toEqual({
      title: 'Add <UrgentHelp /> under "When to get help"',
      from: { line: 21, column: 20 },
      to: { line: 21, column: 20 },
      text: '\n\n<UrgentHelp />',
    });
  });

  it('adds it at the end of a page without such a heading, with or without a last newline', () => {
    expect(fixOf('Some text.\n')).toEqual({
      title: 'Add <UrgentHelp /> at the end of the page',
      from: { line: 16, column: 1 },
      to: { line: 16, column: 1 },
      text: '\n<UrgentHelp />\n',
    });
    expect(fixOf('Some text.')?.text).toBe('\n\n<UrgentHelp />\n');
  });

  it('is not needed when the callout is there', () => {
    expect(checkUrgentHelp(testDocument('<UrgentHelp />\n', { frontmatter: condition }))).toEqual(
      [],
    );
  });
});

describe('safety/urgent-help-missing', () => {
  const missing = {
    ruleId: 'safety/urgent-help-missing',
    severity: 'error',
    file: 'content/articles/test.mdx',
    position: { line: 4, column: 1 },
    message: 'a condition article must contain the urgent-help callout',
    hint: 'Add <UrgentHelp /> on its own line, usually in a "When to get help" section.',
    fix: {
      title: 'Add <UrgentHelp /> at the end of the page',
      from: { line: 16, column: 1 },
      to: { line: 16, column: 1 },
      text: '\n<UrgentHelp />\n',
    },
  };

  it('is an error on a condition article whose only component is another one', () => {
    expect(
      checkUrgentHelp(testDocument('<Figure src="a.png" />\n', { frontmatter: condition })),
    ).toEqual([missing]);
  });

  it('accepts the callout written inside a paragraph', () => {
    expect(
      checkUrgentHelp(
        testDocument('If it gets worse, <UrgentHelp /> tells you what to do.\n', {
          frontmatter: condition,
        }),
      ),
    ).toEqual([]);
  });

  it('asks nothing of an article of another kind, nor of a product page', () => {
    expect(checkUrgentHelp(testDocument('Some text.\n'))).toEqual([]);
    expect(
      checkUrgentHelp(
        testDocument('Some text.\n', {
          frontmatter: condition,
          file: 'content/products/test.mdx',
          collection: 'products',
        }),
      ),
    ).toEqual([]);
  });
});
