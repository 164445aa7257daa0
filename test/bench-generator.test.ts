import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, generatedArticle } from '../src/bench/generate-content.ts';
import { checkContent } from '../src/compliance/source/check.ts';

const root = join(import.meta.dirname, '..');
const made: string[] = [];

async function generate(count: number, seed: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'backrack-generated-'));
  made.push(folder);
  await generateContent(root, folder, count, seed);
  return folder;
}

const articleText = async (folder: string): Promise<string[]> => {
  const dir = join(folder, 'content/articles');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
};

afterAll(async () => {
  await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('the benchmark content generator', () => {
  it('writes articles that pass every content check, so the benchmark measures a good build', async () => {
    const folder = await generate(20, 7);
    const result = await checkContent(folder);
    expect(result.findings).toEqual([]);
    expect(result.filesChecked).toBe(27);
  });

  it('gives the same articles for the same seed, and others for another', async () => {
    const [first, again, other] = await Promise.all([
      generate(5, 3),
      generate(5, 3),
      generate(5, 4),
    ]);
    expect(await articleText(again)).toEqual(await articleText(first));
    expect(await articleText(other)).not.toEqual(await articleText(first));
  });

  it('varies length from 600 to 1,500 words, with pictures on one page in five', async () => {
    const texts = await articleText(await generate(10, 11));
    const words = texts.map((text) => text.split('\n---\n')[1]?.split(/\s+/).length ?? 0);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(600);
    expect(Math.max(...words)).toBeLessThanOrEqual(1800);
    expect(texts.filter((text) => text.includes('![')).length).toBe(2);
  });

  it("writes the language server's article: at least 1,500 words that pass every check", async () => {
    const folder = await generate(0, 1);
    const text = await generatedArticle(root, 1500);
    await writeFile(join(folder, 'content/articles/typed.mdx'), text);
    const words = text.split('\n---\n')[1]?.split(/\s+/).filter(Boolean).length ?? 0;
    expect(words).toBeGreaterThanOrEqual(1500);
    expect((await checkContent(folder, { cache: false })).findings).toEqual([]);
  });
});
