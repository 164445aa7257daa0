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
