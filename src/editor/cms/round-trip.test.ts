import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyField } from './keystatic-config.ts';
import { mergeBody, sameMeaning } from './body-merge.ts';
import { mergeFile } from './save-hook.ts';

/**
 * Every shipped page through the editor's real body field, as a save does:
 * Keystatic parses the MDX into its editor and writes it back. What it writes
 * must render the same (our components included), and the saved file, after
 * the save hook, must be the file as it was.
 */

const root = join(import.meta.dirname, '../../..');
const pages = ['articles', 'products'].flatMap((collection) =>
  readdirSync(join(root, 'content', collection))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ collection, file: `content/${collection}/${name}` })),
);

function bodyOf(text: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** The body as Keystatic's mdx field reads it into the editor and writes it back. */
async function throughEditor(body: string, slug: string): Promise<string> {
  // Keystatic's Node build has no editor (it stubs parsing out); the browser build, which the
  // admin runs, has the real one. Our component definitions are plain objects both can use.
  const browserBuild = '../../../node_modules/@keystatic/core/dist/keystatic-core.js';
  const { fields } = (await import(browserBuild)) as typeof import('@keystatic/core');
  const field = fields.mdx(bodyField);
  const empty = new Map<string, Uint8Array>();
  const state = field.parse(undefined, {
    content: new TextEncoder().encode(body),
    other: empty,
    external: new Map(),
    slug,
  });
  const written = field.serialize(state, { slug }).content;
  return new TextDecoder().decode(written);
}

describe('opening and saving a page in the visual editor', () => {
  it.each(pages)(
    '$file: the editor keeps what the body means, and the save keeps its text',
    async ({ file }) => {
      const original = readFileSync(join(root, file), 'utf8');
      const body = bodyOf(original);
      const slug =
        file
          .split('/')
          .at(-1)
          ?.replace(/\.mdx$/, '') ?? '';
      const written = await throughEditor(body, slug);
      expect(sameMeaning(written, body)).toBe(true);
      expect(mergeBody(body, written)).toBe(body);
    },
  );

  it.each(pages)('$file: our components survive the editor', async ({ file }) => {
    const body = bodyOf(readFileSync(join(root, file), 'utf8'));
    const written = await throughEditor(body, 'x');
    const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
    expect(count(written, /<Cite n=\{\d+\} \/>/g)).toBe(count(body, /<Cite n=\{\d+\} \/>/g));
    expect(count(written, /<UrgentHelp \/>/g)).toBe(count(body, /<UrgentHelp \/>/g));
  });
});

describe('mergeBody', () => {
  const original =
    '\nFirst paragraph, wrapped\nover two lines <Cite n={1} />.\n\n## A heading\n\nLast one.\n';

  it('keeps the text of unchanged blocks and writes the changed one as saved', () => {
    const saved =
      'First paragraph, wrapped over two lines <Cite n={1} />.\n\n## A new heading\n\nLast one.\n';
    expect(mergeBody(original, saved)).toBe(
      '\nFirst paragraph, wrapped\nover two lines <Cite n={1} />.\n\n## A new heading\n\nLast one.\n',
    );
  });

  it('sees a changed citation number as a change', () => {
    const saved =
      'First paragraph, wrapped over two lines <Cite n={2} />.\n\n## A heading\n\nLast one.\n';
    expect(mergeBody(original, saved)).toContain('<Cite n={2} />');
  });

  it('adds and removes blocks', () => {
    const saved =
      'First paragraph, wrapped over two lines <Cite n={1} />.\n\nNew.\n\n<UrgentHelp />\n';
    expect(mergeBody(original, saved)).toBe(
      '\nFirst paragraph, wrapped\nover two lines <Cite n={1} />.\n\nNew.\n\n<UrgentHelp />\n',
    );
  });
});

describe('mergeFile', () => {
  const page = [
    '---',
    'title: What is a back muscle spasm?',
    'description: >-',
    '  A plain guide to back muscle spasms: what they are, where in the back they happen,',
    '  and how long they usually last.',
    'publishedAt: 2026-11-25',
    'tags: [back spasm, lower back]',
    '---',
    '',
    'Body text.',
    '',
  ].join('\n');

  it('rewrites only the field that changed', () => {
    const saved = [
      '---',
      'title: What is a back spasm?',
      "description: 'A plain guide to back muscle spasms: what they are, where in the back they happen, and how long they usually last.'",
      "publishedAt: '2026-11-25'",
      'tags:',
      '  - back spasm',
      '  - lower back',
      'draft: false',
      "updatedAt: ''",
      '---',
      'Body text.',
      '',
    ].join('\n');
    expect(mergeFile('content/articles/x.mdx', page, saved)).toBe(
      page.replace('title: What is a back muscle spasm?', 'title: What is a back spasm?'),
    );
  });

  it('removes a field the editor emptied and adds a new one at the end', () => {
    const saved =
      '---\ntitle: What is a back muscle spasm?\ndescription: x\nupdatedAt: 2026-12-01\n---\nBody text.\n';
    const merged = mergeFile('content/articles/x.mdx', page, saved);
    expect(merged).not.toContain('tags:');
    expect(merged).not.toContain('publishedAt');
    expect(merged).toContain('description: x\nupdatedAt: 2026-12-01\n---\n');
  });

  it('rewrites only the nested field that changed, in an object and in a list of objects', () => {
    const product = [
      '---',
      'hero:',
      '  src: ./images/a.svg',
      '  alt: >-',
      '    A heat pack wrapped in a striped towel,',
      '    next to a person out for a walk',
      'images:',
      '  - src: ./images/a.svg',
      '    alt: One',
      '  - src: ./images/b.svg',
      '    alt: >-',
      '      Two',
      '---',
      '',
    ].join('\n');
    const saved = [
      '---',
      'hero:',
      '  src: ./images/a.png',
      '  alt: A heat pack wrapped in a striped towel, next to a person out for a walk',
      'images:',
      '  - src: ./images/a.svg',
      '    alt: One',
      '  - src: ./images/b.png',
      '    alt: Two',
      '---',
      '',
    ].join('\n');
    expect(mergeFile('content/products/x.mdx', product, saved)).toBe(
      product
        .replace('  src: ./images/a.svg\n  alt', '  src: ./images/a.png\n  alt')
        .replace('b.svg', 'b.png'),
    );
    const longer = saved.replace('    alt: One', '    alt: |-\n      One\n      more');
    expect(mergeFile('content/products/x.mdx', product, longer)).toContain(
      '  - src: ./images/a.svg\n    alt: |-\n      One\n      more\n  - src',
    );
  });

  it('keeps a byte-order mark', () => {
    const saved = page;
    expect(mergeFile('content/articles/x.mdx', `\uFEFF${page}`, saved)).toBe(`\uFEFF${page}`);
  });

  it('writes a new entry without its empty optional fields', () => {
    const saved = "---\ntitle: New page title\nhero:\n  src: ''\n  alt: ''\nfaq: []\n---\nBody.\n";
    expect(mergeFile('content/articles/new.mdx', undefined, saved)).toBe(
      '---\ntitle: New page title\n---\n\nBody.\n',
    );
  });
});
