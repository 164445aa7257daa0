import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../src/compliance/source/content-files.ts';
import { parseFrontmatter } from '../src/compliance/core/frontmatter.ts';
import { parseMdx } from '../src/compliance/core/mdx.ts';
import { readability } from '../src/compliance/core/readability.ts';

/** The pages the site publishes, read as an editor wrote them. */
const root = join(import.meta.dirname, '..');
const pages = await Promise.all(
  (await listContentFiles(root))
    .filter((entry) => entry.collection !== 'people')
    .map(async ({ file, collection }) => {
      const source = await readFile(join(root, file), 'utf8');
      const data = parseFrontmatter(source).data as {
        kind?: string;
        sources: unknown[];
        draft?: boolean;
      };
      return { file, collection, source, data, tree: parseMdx(source) };
    }),
).then((all) => all.filter((page) => !page.data.draft));

function citedNumbers(tree: Root): number[] {
  const numbers: number[] = [];
  visit(tree, 'mdxJsxTextElement', (node) => {
    if (node.name !== 'Cite') return;
    const n = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'n');
    const value = n?.value;
    if (value && typeof value === 'object') numbers.push(Number(value.value));
  });
  return numbers;
}

function internalLinks(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, 'link', (node) => {
    if (node.url.startsWith('/')) links.push(node.url);
  });
  return links;
}

const hasComponent = (tree: Root, name: string): boolean => {
  let found = false;
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name === name) found = true;
  });
  return found;
};

describe('shipped content', () => {
  it('publishes six articles and the product page', () => {
    expect(pages.filter((page) => page.collection === 'articles')).toHaveLength(6);
    expect(pages.map((page) => page.file)).toContain('content/products/backrack.mdx');
  });

  const report: Record<string, { words: number; grade: number; sources: number }> = {};

  for (const page of pages) {
    describe(page.file, () => {
      const measured = readability(page.tree);
      report[page.file] = {
        words: measured.words,
        grade: Number(measured.grade.toFixed(1)),
        sources: page.data.sources.length,
      };

      it('reads at Flesch-Kincaid grade 8 or below', () => {
        expect(measured.grade).toBeLessThanOrEqual(8);
      });

      it('cites every one of its sources, and only sources it lists', () => {
        const cited = new Set(citedNumbers(page.tree));
        const listed = page.data.sources.map((_, index) => index + 1);
        expect([...cited].sort((a, b) => a - b)).toEqual(listed);
      });

      if (page.collection === 'articles') {
        it('has 600 to 1,200 words and at least two sources', () => {
          expect(measured.words).toBeGreaterThanOrEqual(600);
          expect(measured.words).toBeLessThanOrEqual(1200);
          expect(page.data.sources.length).toBeGreaterThanOrEqual(2);
        });

        it('links to at least two other pages of the site', () => {
          expect(new Set(internalLinks(page.tree)).size).toBeGreaterThanOrEqual(2);
        });
      }

      if (page.data.kind === 'condition') {
        it('carries the urgent-help callout', () => {
          expect(hasComponent(page.tree, 'UrgentHelp')).toBe(true);
        });
      }
    });
  }

  it('prints each page’s measures for the editors', () => {
    console.table(report);
    expect(Object.keys(report)).toHaveLength(pages.length);
  });
});
