import { describe, expect, it } from 'vitest';
import { ARTICLE_FRONTMATTER, testDocument } from '../testing.ts';
import { checkSources } from './sources-missing.ts';

const CITE_HINT = 'n is the position of the source in the `sources` list, counting from 1.';

describe('sources/missing', () => {
  it('passes a page whose citations each point at a listed source', () => {
    expect(checkSources(testDocument('Rest helps.<Cite n={1} />\n'))).toEqual([]);
  });

  it('reports a page with no sources at its sources key, with how to list them', () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(/sources:[\s\S]*(?=---)/, 'sources: []\n');
    expect(checkSources(testDocument('Rest helps.\n', { frontmatter }))).toEqual([
      {
        ruleId: 'sources/missing',
        severity: 'error',
        file: 'content/articles/test.mdx',
        position: { line: 10, column: 1 },
        message: 'the page lists no sources',
        hint: 'List the evidence under `sources:` as { title, publisher, url }, and cite each one with <Cite n={…} /> beside the statement it supports.',
      },
    ]);
  });

  it('reports a citation without a number, and one past the end of the list', () => {
    const body = 'Rest helps.<Cite />\n\nHeat helps.<Cite n={2} />\n';
    const citation = (line: number, message: string) => ({
      ruleId: 'sources/missing',
      severity: 'error',
      file: 'content/articles/test.mdx',
      position: { line, column: 12 },
      message,
      hint: CITE_HINT,
    });
    expect(checkSources(testDocument(body))).toEqual([
      citation(15, '<Cite> needs a number: n={1} for the first source'),
      citation(17, '<Cite n={2} /> points to no source: the page lists 1'),
    ]);
  });
});
