import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsList } from '../../claims/claims-list.ts';
import { NO_CLAIM_CATEGORIES } from '../../claims/testing.ts';
import { ARTICLE_FRONTMATTER, testContext, testDocument } from '../testing.ts';
import { createClaimsProhibitedRule } from './claims-prohibited.ts';
import type { CollectionName } from '../../core/document.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const claims = loadClaimsList(root);
const rule = createClaimsProhibitedRule(claims, NO_CLAIM_CATEGORIES);
const context = testContext();
const product = { collection: 'products' as CollectionName, file: 'content/products/test.mdx' };

type Options = Parameters<typeof testDocument>[1];
const findings = async (body: string, options?: Options) =>
  (await rule.check(testDocument(body, options), context)).map(({ ruleId, position, message }) => ({
    ruleId,
    ...position,
    message,
  }));
/** Just the words each finding quotes. */
const flagged = async (body: string, options?: Options) =>
  (await findings(body, options)).map(({ message }) => /^"([^"]+)"/.exec(message)?.[1]);

describe('claims/prohibited', () => {
  it('reports the word at its line and column, in the compiler-style format', async () => {
    const document = testDocument('Rest first.\n\nThe Backrack cures back spasms.\n');
    expect(await rule.check(document, context)).toEqual([
      {
        ruleId: 'claims/prohibited',
        severity: 'error',
        file: 'content/articles/test.mdx',
        position: { line: 17, column: 14 },
        end: { line: 17, column: 19 },
        message:
          '"cures" is an absolute health claim; say what the evidence shows, e.g. "may ease"',
        hint: 'Guidance: CAP Code section 12 and rule 12.1; ASA substantiation guidance.',
      },
    ]);
  });

  const allEntries = claims.prohibited.flatMap((entry) =>
    entry.examples.map((example) => [entry.id, example, entry.scope] as const),
  );
  it.each(allEntries)('entry %s fires on "%s"', async (id, example, scope) => {
    const options = scope === 'product' ? product : undefined;
    const document = testDocument(`${example}\n`, options);
    const found = await createClaimsProhibitedRule(
      {
        ...claims,
        prohibited: claims.prohibited.filter((e) => e.id === id),
      },
      NO_CLAIM_CATEGORIES,
    ).check(document, context);
    expect(found.length, example).toBeGreaterThan(0);
  });

  it.each([
    'There is no cure for back pain.',
    'Nothing can cure a slipped disc.',
    'No device is guaranteed to help.',
    'Lying on a rack cannot cure sciatica.',
    'It does not cure back pain.',
    'The Backrack is not a miracle.',
    'We found no evidence that it cures anything.',
    'We will not guarantee results.',
    'It won’t give you instant relief.',
    'No study shows that lying on a rack realigns the spine.',
  ])('passes the honest negation "%s"', async (sentence) => {
    expect(await flagged(sentence, product)).toEqual([]);
  });

  it('flags wording that contains its own negator, and negators in another clause', async () => {
    expect(await flagged('It has no side effects.')).toEqual(['no side effects']);
    expect(await flagged('There is no more pain.')).toEqual(['no more pain']);
    expect(await flagged('It is not costly, and it cures pain.')).toEqual(['cures']);
    expect(await flagged('Nobody likes pain but this cures it.')).toEqual(['cures']);
    expect(await flagged('Not only does it cure pain, it is cheap.')).toEqual(['cure']);
  });

  it('treats a negator before wording that has its own as an honest negation (our choice)', async () => {
    expect(await flagged('We cannot say it has no side effects.')).toEqual([]);
  });

  it('ignores code, inline code, URLs, imports and expressions', async () => {
    const body = [
      "import Cure from '../../rules/cure.ts';",
      '',
      'Run `cure --all` or read [the page](https://example.com/miracle-cure) and www.cure.example/x.',
      '',
      '```sh',
      'echo "instant relief"',
      '```',
      '',
      "{'miracle'}",
      '',
      'See https://example.com/guaranteed-results for more.',
      '',
    ].join('\n');
    expect(await findings(body)).toEqual([]);
  });

  it('checks headings, list items, quotes, link text and image alt at their exact place', async () => {
    const body = [
      '## A miracle',
      '',
      '- first item',
      '- a long item that goes on and',
      '  cures pain',
      '',
      '> Feel instant relief',
      '',
      'Read [the *miraculous* story](/x/) ![It \\*cures\\* everything](./a.png)',
      '',
    ].join('\n');
    expect((await findings(body)).map(({ line, column }) => [line, column])).toEqual([
      [15, 6],
      [19, 3],
      [21, 8],
      [23, 12],
      [23, 43],
    ]);
  });

  it('matches wording across a line break and in any case', async () => {
    expect(await findings('It is CLINICALLY\nproven to help.\n')).toEqual([
      expect.objectContaining({
        line: 15,
        column: 7,
        message: expect.stringMatching(/^"CLINICALLY proven" needs/),
      }),
    ]);
  });

  it('reports a title at its exact column and a folded description at its key', async () => {
    const frontmatter = ARTICLE_FRONTMATTER.replace(
      'title: A test article about back spasms',
      'title: The miracle rack for back spasms',
    ).replace(
      /description: .*/,
      'description: >-\n  A description long enough for the schema,\n  with guaranteed results for everyone.',
    );
    expect(
      (await findings('Plain text.\n', { frontmatter })).map(({ line, column }) => [line, column]),
    ).toEqual([
      [2, 12],
      [3, 1],
    ]);
  });

  it('checks a product name and FAQ answers', async () => {
    const frontmatter = `---\nname: Miracle Rack\nfaq:\n  - question: Does it work?\n    answer: Yes, it cures sciatica.\n---\n`;
    expect(await findings('Text.\n', { ...product, frontmatter })).toEqual([
      expect.objectContaining({ line: 2, column: 7, message: expect.stringMatching(/^"Miracle"/) }),
      expect.objectContaining({ line: 5, column: 21, message: expect.stringMatching(/^"cures"/) }),
    ]);
  });

  // Every frontmatter field a reader sees, each holding one claim; its line and
  // column are where an editor finds the word.
  it.each([
    ['the title', 'articles', 'title: The miracle rack for back spasms', [2, 12]],
    [
      'the description',
      'articles',
      'description: A heat pack cures back spasms for good.',
      [2, 26],
    ],
    [
      'an FAQ question',
      'articles',
      'faq:\n  - question: Does it cure sciatica?\n    answer: We found no study of it.',
      [3, 23],
    ],
    [
      'an FAQ answer',
      'articles',
      'faq:\n  - question: Does it help?\n    answer: Yes, it cures sciatica.',
      [4, 21],
    ],
    [
      'the hero picture’s alt text',
      'articles',
      'hero:\n  src: ./images/rack.svg\n  alt: A rack that cures back pain',
      [4, 20],
    ],
    ['the product name', 'products', 'name: Miracle Rack', [2, 7]],
    [
      'a product picture’s alt text',
      'products',
      'images:\n  - src: ./images/a.svg\n    alt: A plain rack\n  - src: ./images/b.svg\n    alt: A rack that cures back pain',
      [6, 22],
    ],
    ['the materials', 'products', 'materials: Beech wood that cures back pain', [2, 28]],
    [
      'an item in the box',
      'products',
      'inTheBox:\n  - One rack\n  - A guide that cures back pain',
      [4, 18],
    ],
    ['the care', 'products', 'care: Wipe clean; it cures back pain', [2, 22]],
    ['the warranty', 'products', 'warranty: Two years, and it cures back pain', [2, 29]],
    ['the returns', 'products', 'returns: 30 days, and it cures back pain', [2, 26]],
  ] as const)('checks %s at source', async (_, collection, yaml, [line, column]) => {
    const options = {
      collection,
      file: `content/${collection}/test.mdx`,
      frontmatter: `---\n${yaml}\n---\n`,
    };
    expect(
      (await findings('Text.\n', options)).map((found) => [found.ruleId, found.line, found.column]),
    ).toEqual([['claims/prohibited', line, column]]);
  });

  it('applies product-only entries to product pages only', async () => {
    const body = 'The Backrack relieves sciatica.\n';
    expect(await flagged(body)).toEqual([]);
    expect(await flagged(body, product)).toEqual(['relieves sciatica']);
  });

  it('allows "unlessCited" wording with a citation in the same sentence only', async () => {
    expect(await flagged('Studies show heat helps <Cite n={1} />. Doctor recommended.\n')).toEqual([
      'Doctor recommended',
    ]);
    expect(await flagged('Clinically proven. <Cite n={1} />\n')).toEqual([]);
    expect(await flagged('Clinically proven.\n\nSee the trial <Cite n={1} />.\n')).toEqual([
      'Clinically proven',
    ]);
    expect(await flagged('It is miraculous <Cite n={1} />.\n')).toEqual(['miraculous']);
  });
});

describe('claims/prohibited cannot be dodged', () => {
  it.each([
    ['a soft hyphen', 'The Backrack cu\u00ADres back spasms.'],
    ['a zero-width space', 'The Backrack cu\u200Bres back spasms.'],
    ['a Cyrillic letter', 'The Backrack \u0441ures back spasms.'],
    ['full-width letters', 'The Backrack \uFF43\uFF55\uFF52\uFF45\uFF53 back spasms.'],
    ['spaced-out letters', 'The Backrack c u r e s back spasms.'],
    ['an HTML entity', 'The Backrack cur&#101;s back spasms.'],
    ['a line break inside the sentence', 'The Backrack\ncures back spasms.'],
  ])('finds the claim written with %s, at its first letter', async (_, sentence) => {
    const [finding] = await findings(`${sentence}\n`);
    expect(finding).toMatchObject({ ruleId: 'claims/prohibited' });
    const column = sentence.includes('\n') ? 1 : 14;
    expect(finding).toMatchObject({ line: sentence.includes('\n') ? 16 : 15, column });
  });
});
