import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../src/cli/templates.ts';
import { runScript, type Outcome } from './run-script.ts';

let project: string;

/** `npm run new -- …` as an editor runs it, in a scratch project folder. */
const newPage = (...args: string[]): Promise<Outcome> =>
  runScript('src/cli/new.ts', args, { cwd: project });

const read = (path: string) => readFile(join(project, path), 'utf8');

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'backrack-new-'));
  await mkdir(join(project, 'content'));
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('npm run new', () => {
  it('writes an article dated today and prints its path', async () => {
    const outcome = await newPage('article', 'heat-or-ice');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.split('\n')[0]).toBe('content/articles/heat-or-ice.mdx');
    const page = await read('content/articles/heat-or-ice.mdx');
    const today = localIsoDate(new Date());
    expect(page).toContain(`publishedAt: ${today}\nreviewedAt: ${today}\n`);
    expect(page).toContain('kind: guide\n');
    expect(page).toContain("title: 'TODO:");
    expect(page).not.toContain('<UrgentHelp />');
  });

  it('adds the urgent-help callout for --kind condition', async () => {
    expect((await newPage('article', 'sciatica', '--kind', 'condition')).code).toBe(0);
    const page = await read('content/articles/sciatica.mdx');
    expect(page).toContain('kind: condition\n');
    expect(page).toContain('\n<UrgentHelp />\n');
  });

  it('writes a product page', async () => {
    const outcome = await newPage('product', 'heat-pad');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('content/products/heat-pad.mdx');
    expect(await read('content/products/heat-pad.mdx')).toContain(
      "src: 'TODO: ./images/heat-pad.svg'",
    );
  });

  it('refuses a slug that is not kebab-case, in one line, writing nothing', async () => {
    const outcome = await newPage('article', 'Heat_Or_Ice');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trim().split('\n')).toEqual([
      'error  "Heat_Or_Ice" is not a kebab-case slug: use lower-case words and digits joined by hyphens, e.g. heat-or-ice',
    ]);
    expect(await readdir(join(project, 'content'))).toEqual([]);
  });

  it('never overwrites an existing page', async () => {
    await mkdir(join(project, 'content/articles'));
    await writeFile(join(project, 'content/articles/heat-or-ice.mdx'), 'the editor’s work\n');
    const outcome = await newPage('article', 'heat-or-ice');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trim()).toBe(
      'error  content/articles/heat-or-ice.mdx already exists; choose another slug or edit that file',
    );
    expect(await read('content/articles/heat-or-ice.mdx')).toBe('the editor’s work\n');
  });

  it('refuses wrong calls with exit 2', async () => {
    for (const args of [
      [],
      ['page', 'heat-or-ice'],
      ['article'],
      ['article', 'a', 'b'],
      ['article', 'a', '--kind', 'news'],
      ['product', 'a', '--kind', 'condition'],
      ['article', 'a', '--colour', 'red'],
    ]) {
      const outcome = await newPage(...args);
      expect(outcome.code, args.join(' ')).toBe(2);
      expect(outcome.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(await readdir(join(project, 'content'))).toEqual([]);
  });

  it('refuses to run outside a project folder', async () => {
    await rm(join(project, 'content'), { recursive: true });
    const outcome = await newPage('article', 'heat-or-ice');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('no content/ folder here');
  });
});
