import { describe, expect, it } from 'vitest';
import { ARTICLE_FRONTMATTER, testDocument } from '../testing.ts';
import { checkPlaceholders } from './schema-placeholder.ts';

const brief = (frontmatter: string) =>
  checkPlaceholders(testDocument('Text.\n', { frontmatter })).map(
    ({ ruleId, severity, position, message }) => ({ ruleId, severity, position, message }),
  );

describe('schema/placeholder', () => {
  it('passes frontmatter with no placeholders', () => {
    expect(brief(ARTICLE_FRONTMATTER)).toEqual([]);
  });

  it('names each field, at any depth, whose value starts with TODO', () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      'title: A test article about back spasms',
      "title: 'TODO: the page title, 10 to 70 characters'",
    )
      .replace('tags: [back spasm]', "tags: [back spasm, 'TODO: a topic']")
      .replace('publisher: NHS', 'publisher: TODO');
    expect(brief(frontmatter)).toEqual([
      {
        ruleId: 'schema/placeholder',
        severity: 'error',
        position: { line: 2, column: 1 },
        message: '"title" is still a placeholder: "TODO: the page title, 10 to 70 characters"',
      },
      {
        ruleId: 'schema/placeholder',
        severity: 'error',
        position: { line: 9, column: 20 },
        message: '"tags.1" is still a placeholder: "TODO: a topic"',
      },
      {
        ruleId: 'schema/placeholder',
        severity: 'error',
        position: { line: 12, column: 5 },
        message: '"sources.0.publisher" is still a placeholder: "TODO"',
      },
    ]);
  });

  it('gives the whole finding, quoting a placeholder without the spaces round it', () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace('publisher: NHS', "publisher: '  TODO  '");
    expect(checkPlaceholders(testDocument('Text.\n', { frontmatter }))).toEqual([
      {
        ruleId: 'schema/placeholder',
        severity: 'error',
        file: 'content/articles/test.mdx',
        position: { line: 12, column: 5 },
        message: '"sources.0.publisher" is still a placeholder: "TODO"',
        hint: 'Replace the whole value, TODO included, with what it asks for.',
      },
    ]);
  });

  it('leaves TODO inside a value, other words and non-strings alone', () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      'title: A test article about back spasms',
      'title: What to do about a TODO list',
    ).replace('tags: [back spasm]', 'tags: [Todoist, TODOS]');
    expect(brief(frontmatter)).toEqual([]);
  });

  it('is quiet when there is no frontmatter', () => {
    expect(checkPlaceholders(testDocument('Text.\n', { frontmatter: '' }))).toEqual([]);
  });
});
