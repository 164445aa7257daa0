import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitFrontmatter } from '../compliance/frontmatter.ts';

/**
 * Writes a content/ folder of N articles for benchmarks: the shipped
 * articles' bodies, reshuffled and renamed, with valid frontmatter, so every
 * rule has realistic work and nothing fails. About 700 words each.
 */
export async function generateContent(root: string, out: string, count: number): Promise<void> {
  const articlesDir = join(root, 'content/articles');
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.mdx')).sort();
  const sources = await Promise.all(names.map((name) => readFile(join(articlesDir, name), 'utf8')));
  await mkdir(join(out, 'content/articles'), { recursive: true });
  await cp(join(root, 'content/people'), join(out, 'content/people'), { recursive: true });
  await cp(join(root, 'content/compliance'), join(out, 'content/compliance'), { recursive: true });
  await cp(join(articlesDir, 'images'), join(out, 'content/articles/images'), { recursive: true });
  await cp(join(root, '.markdownlint-cli2.jsonc'), join(out, '.markdownlint-cli2.jsonc'));

  const writes: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    const source = sources[index % sources.length] ?? '';
    const { yaml, body } = splitFrontmatter(source);
    const frontmatter = (yaml ?? '')
      .replace(/^title: .*$/m, `title: Generated article number ${index + 1} on back spasms`)
      .replace(/^tags: .*$/m, `tags: [back spasm, generated ${index % 50}]`);
    writes.push(
      writeFile(
        join(out, 'content/articles', `generated-${String(index + 1).padStart(4, '0')}.mdx`),
        `---\n${frontmatter}\n---\n${body}`,
      ),
    );
  }
  await Promise.all(writes);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: node src/bench/generate-content.ts --out <folder> [--count 1000]');
    process.exit(2);
  }
  await generateContent(process.cwd(), values.out, Number(values.count));
  console.log(`wrote ${values.count} articles to ${values.out}/content/articles`);
}
