import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { testDocument } from '../testing.ts';
import { checkMdxSyntax } from './syntax-mdx.ts';

describe('syntax/mdx', () => {
  it('reports a body that does not parse, at the place the parser stopped', () => {
    expect(checkMdxSyntax(testDocument('Text with {an open brace.\n'))).toEqual([
      {
        ruleId: 'syntax/mdx',
        severity: 'error',
        file: 'content/articles/test.mdx',
        position: { line: 15, column: 26 },
        message:
          'MDX does not parse: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
        hint: 'Close every tag you open (<div> … </div>, or <UrgentHelp />), write { and < in text as \\{ and &lt;, and use {/* */} for comments.',
      },
    ]);
  });

  it('reads nothing of a person file as MDX: it is YAML, where < and { are plain text', () => {
    const person = parseDocument(
      'content/people/a.yaml',
      'name: A Person\nbio: Likes x < y and {braces\n',
      'people',
    );
    expect(checkMdxSyntax(person)).toEqual([]);
  });
});
