import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { proseParagraphs } from './article-text.ts';
import { between, pick, seededRandom } from './random.ts';

/** Real pages that generated articles link to, as editors' pages would. */
const REAL_PAGES = [
  '/articles/what-is-a-back-muscle-spasm/',
  '/articles/home-remedies-for-back-spasms/',
  '/articles/physiotherapy-for-back-spasms/',
];
const TOPICS = ['heat', 'stretching', 'posture', 'sleep', 'lifting', 'walking', 'work', 'sport'];
const SOURCES = `sources:
  - title: Back pain
    publisher: NHS
    url: https://www.nhs.uk/conditions/back-pain/
  - title: Sciatica
    publisher: NHS
    url: https://www.nhs.uk/conditions/sciatica/
  - title: Low back pain and sciatica in over 16s (NG59)
    publisher: NICE
    url: https://www.nice.org.uk/guidance/ng59/chapter/Recommendations`;

const slugFor = (index: number): string => `generated-${String(index + 1).padStart(4, '0')}`;
const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** One article: 600 to 1,500 words, h2 and h3 sections, links, an anchor, citations, sometimes a picture. */
function article(
  index: number,
  count: number,
  paragraphs: readonly string[],
  random: () => number,
  wordsWanted?: number,
): string {
  const topic = pick(random, TOPICS);
  // Drawn even when `wordsWanted` is given, so the seed gives the same pages either way.
  const drawn = between(random, 600, 1500);
  const target = wordsWanted ?? drawn;
  const body: string[] = [];
  let words = 0;
  let section = 0;
  while (words < target) {
    section += 1;
    body.push(`## Part ${section} on ${topic}`);
    if (random() < 0.4) body.push(`### More about part ${section}`);
    for (let p = between(random, 2, 4); p > 0 && words < target; p -= 1) {
      // The shipped prose cites up to eight sources; these pages list three.
      const paragraph = pick(random, paragraphs).replace(
        /<Cite n=\{(\d+)\} \/>/g,
        (_, n: string) => `<Cite n={${((Number(n) - 1) % 3) + 1}} />`,
      );
      body.push(paragraph);
      words += countWords(paragraph);
    }
  }
  body.push(
    '## Read next',
    `- [The next generated guide](/articles/${slugFor((index + 1) % count)}/)`,
    `- [A related guide](${pick(random, REAL_PAGES)})`,
    `- [Back to part 1 of this page](#part-1-on-${topic})`,
  );
  if (index % 5 === 0) {
    body.splice(
      2,
      0,
      '![A simple drawing of the spine, seen from the side](./images/spinal-decompression-explained.svg)',
    );
  }
  const frontmatter = `---
title: Generated guide ${index + 1} about ${topic} and back spasms
description: A generated guide used to measure the build. It covers ${topic} and back spasms, with sources, sections and links.
kind: ${index % 2 === 0 ? 'guide' : 'treatment'}
publishedAt: 2026-11-25
reviewedAt: 2026-11-25
reviewedBy: editorial-team
author: editorial-team
tags: [back spasm, ${topic}]
${SOURCES}
---`;
  return `${frontmatter}\n\n${body.join('\n\n')}\n`;
}

/** The prose paragraphs of the shipped articles under `root`, that generated pages are made of. */
async function shippedParagraphs(root: string): Promise<string[]> {
  const articlesDir = join(root, 'content/articles');
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.mdx')).sort();
  const sources = await Promise.all(names.map((name) => readFile(join(articlesDir, name), 'utf8')));
  return proseParagraphs(sources);
}

/** One generated article of at least `words` words of prose, as the benchmark's pages are. */
export async function generatedArticle(root: string, words: number, seed = 1): Promise<string> {
  return article(0, 1, await shippedParagraphs(root), seededRandom(seed), words);
}

/**
 * Writes a content/ folder of `count` generated articles (deterministic for a
 * seed), plus the people, claims list and pictures they need, into `out`.
 */
export async function generateContent(
  root: string,
  out: string,
  count: number,
  seed = 1,
): Promise<void> {
  const articlesDir = join(root, 'content/articles');
  const paragraphs = await shippedParagraphs(root);
  const random = seededRandom(seed);

  await mkdir(join(out, 'content/articles'), { recursive: true });
  await cp(join(root, 'content/people'), join(out, 'content/people'), { recursive: true });
  await cp(join(root, 'content/compliance'), join(out, 'content/compliance'), { recursive: true });
  // The real articles too: generated pages link to them, as editors' pages would.
  await cp(articlesDir, join(out, 'content/articles'), { recursive: true });
  await cp(join(root, '.markdownlint-cli2.jsonc'), join(out, '.markdownlint-cli2.jsonc'));
  for (let index = 0; index < count; index += 1) {
    await writeFile(
      join(out, 'content/articles', `${slugFor(index)}.mdx`),
      article(index, count, paragraphs, random),
    );
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) {
    console.error(
      'usage: node src/bench/generate-content.ts --out <folder> [--count 1000] [--seed 1]',
    );
    process.exit(2);
  }
  await generateContent(process.cwd(), values.out, Number(values.count), Number(values.seed));
  console.log(`wrote ${values.count} articles to ${values.out}/content/articles`);
}
