import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProjectFiles } from '../src/bench/project-copy.ts';
import { filesUnder, toPosix } from '../src/compliance/core/files.ts';
import { projectRoot, runScript, type Outcome } from './run-script.ts';

/**
 * `npm run build` reuses the pages of the last build whose cacheKey and code
 * are unchanged (Astro's incremental build). Two copies of the project go
 * through the same edits, one after the other: one is built incrementally
 * after each edit, the other with `--cold`. After every edit both dist/
 * folders must be the same byte for byte, and the incremental one must really
 * have reused pages. Each state is built once; the tests below read them.
 */

const EDITED = 'content/articles/back-spasm-causes.mdx';
const RETITLED = 'content/articles/home-remedies-for-back-spasms.mdx';
const RETITLED_SLUG = 'home-remedies-for-back-spasms';
const OLD_TITLE = 'Home remedies for back spasms';
const NEW_TITLE = 'Easy things to try at home for a back spasm';
const RETAGGED = 'content/articles/physiotherapy-for-back-spasms.mdx';
const ADDED_SLUG = 'heat-packs-at-home';
const ADDED = `content/articles/${ADDED_SLUG}.mdx`;
const ADDED_TITLE = 'Heat packs at home for a sore back';
const ADDED_TAG = 'heat packs';
const CARD = 'src/components/ArticleCard.astro';

type Edit = (project: string) => Promise<void>;

async function replaceIn(project: string, file: string, from: string, to: string): Promise<void> {
  const path = join(project, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(path, text.replace(from, to));
}

/** The states the site goes through, in order; each is one editor's change to the one before. */
const EDITS: [name: string, edit: Edit][] = [
  [
    'body',
    async (project) => {
      const path = join(project, EDITED);
      await writeFile(
        path,
        `${await readFile(path, 'utf8')}\nThis page was updated to make a few points clearer.\n`,
      );
    },
  ],
  [
    'title',
    (project) => replaceIn(project, RETITLED, `title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`),
  ],
  [
    'tags',
    (project) =>
      replaceIn(
        project,
        RETAGGED,
        'tags: [back spasm, physiotherapy, exercise]',
        'tags: [back spasm, physiotherapy, stretching]',
      ),
  ],
  [
    'add',
    async (project) => {
      const source = await readFile(join(project, RETITLED), 'utf8');
      const added = source
        .replace(`title: ${NEW_TITLE}`, `title: ${ADDED_TITLE}`)
        .replace(/^description: >-\n(?: {2}.*\n)+/m, (description) =>
          description.replace('What you can try at home', 'How to use a heat pack at home'),
        )
        .replace(
          'tags: [back spasm, self-care, heat and cold, painkillers]',
          `tags: [self-care, ${ADDED_TAG}]`,
        );
      await writeFile(join(project, ADDED), added);
    },
  ],
  ['delete', (project) => unlink(join(project, ADDED))],
  [
    'component',
    (project) =>
      replaceIn(
        project,
        CARD,
        '<li class="rounded-lg border border-border p-4">',
        '<li class="rounded-lg border border-border p-4" data-article-card>',
      ),
  ],
];

interface State {
  /** The incremental build's dist/, kept for reading. */
  dist: string;
  /** Every file of the incremental build's dist/ with the SHA-256 of its bytes. */
  incremental: Record<string, string>;
  /** The same for the cold build. */
  cold: Record<string, string>;
  /** What the incremental build printed. */
  log: string;
}

async function hashes(folder: string): Promise<Record<string, string>> {
  const files = await filesUnder(folder);
  const entries = await Promise.all(
    files.map(async (path) => [
      toPosix(relative(folder, path)),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    ]),
  );
  return Object.fromEntries(entries.sort(([a = ''], [b = '']) => a.localeCompare(b)));
}

async function makeProject(): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), 'backrack-incremental-'));
  await copyProjectFiles(projectRoot, project);
  await cp(join(projectRoot, 'content'), join(project, 'content'), { recursive: true });
  await cp(
    join(projectRoot, '.markdownlint-cli2.jsonc'),
    join(project, '.markdownlint-cli2.jsonc'),
  );
  return project;
}

async function build(project: string, args: string[] = []): Promise<Outcome> {
  const outcome = await runScript('src/build/build.ts', ['--format', 'pretty', ...args], {
    cwd: project,
    env: { FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (outcome.code !== 0) {
    throw new Error(`build failed:\n${(outcome.stdout + outcome.stderr).slice(-4000)}`);
  }
  return outcome;
}

const states = new Map<string, State>();
let incrementalProject = '';
let coldProject = '';
let keep = '';

beforeAll(async () => {
  [incrementalProject, coldProject, keep] = await Promise.all([
    makeProject(),
    makeProject(),
    mkdtemp(join(tmpdir(), 'backrack-incremental-states-')),
  ]);
  await build(incrementalProject);
  for (const [name, edit] of EDITS) {
    await Promise.all([edit(incrementalProject), edit(coldProject)]);
    // The two builds are independent; running them side by side halves the wait.
    const [incremental] = await Promise.all([
      build(incrementalProject),
      build(coldProject, ['--cold']),
    ]);
    const dist = join(keep, name);
    await cp(join(incrementalProject, 'dist'), dist, { recursive: true });
    states.set(name, {
      dist,
      incremental: await hashes(dist),
      cold: await hashes(join(coldProject, 'dist')),
      log: incremental.stdout + incremental.stderr,
    });
  }
  // About two minutes on a quiet machine; the margin is for a CI machine shared with other work.
}, 600_000);

afterAll(async () => {
  await Promise.all(
    [incrementalProject, coldProject, keep]
      .filter(Boolean)
      .map((folder) => rm(folder, { recursive: true, force: true })),
  );
});

function state(name: string): State {
  const found = states.get(name);
  if (!found) throw new Error(`no build of the state "${name}"`);
  return found;
}

const read = (name: string, file: string) => readFile(join(state(name).dist, file), 'utf8');

/** Every text file of a state's dist/, with the search index's fragments unpacked. */
async function allText(name: string): Promise<Map<string, string>> {
  const { dist, incremental } = state(name);
  const texts = new Map<string, string>();
  for (const file of Object.keys(incremental)) {
    const bytes = await readFile(join(dist, file));
    if (file.endsWith('.pf_fragment')) texts.set(file, gunzipSync(bytes).toString('utf8'));
    else if (/\.(html|xml|txt|json)$/.test(file)) texts.set(file, bytes.toString('utf8'));
  }
  return texts;
}

/** The pages of the search index: each fragment's URL and title. */
async function searchIndexPages(name: string): Promise<{ url: string; title: string }[]> {
  const pages: { url: string; title: string }[] = [];
  for (const [file, text] of await allText(name)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as {
      url: string;
      meta: { title: string };
    };
    pages.push({ url: fragment.url, title: fragment.meta.title });
  }
  return pages;
}

/** The text of each link to `slug` inside a page's related-articles list. */
function relatedLinkTexts(html: string, slug: string): string[] {
  const related = /<nav[^>]*data-related-articles[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...related.matchAll(new RegExp(`<a href="/articles/${slug}/">([^<]*)</a>`, 'g'))].map(
    (match) => match[1] ?? '',
  );
}

/** Pages Astro reused from the last build instead of rendering them. */
const reused = (log: string): string[] =>
  [...log.matchAll(/(\S+\.html) \((?:restored|cached)\)/g)].map((match) => match[1] ?? '');

describe('an incremental build after an edit', () => {
  it.each(EDITS.map(([name]) => name))(
    'gives the same dist/, byte for byte, as a cold build after the "%s" edit',
    (name) => {
      const { incremental, cold } = state(name);
      const differing = Object.keys({ ...incremental, ...cold }).filter(
        (file) => incremental[file] !== cold[file],
      );
      expect(differing).toEqual([]);
      expect(Object.keys(incremental).length).toBeGreaterThan(50);
    },
  );

  it('reuses the pages the edit did not touch, and renders the edited one again', () => {
    for (const name of ['body', 'title', 'tags', 'add', 'delete']) {
      expect(reused(state(name).log).length, name).toBeGreaterThan(0);
    }
    // Pages that are not dynamic routes give Astro no cacheKey, so it always renders them.
    for (const [name] of EDITS) {
      const pages = reused(state(name).log);
      for (const listing of ['/index.html', '/articles/index.html', '/tags/index.html']) {
        expect(pages, name).not.toContain(listing);
      }
    }
    const afterBody = reused(state('body').log);
    expect(afterBody).not.toContain('/articles/back-spasm-causes/index.html');
    // An article that neither shows the edited one among its related articles nor is it.
    expect(afterBody).toContain('/tags/physiotherapy/index.html');
    expect(reused(state('title').log)).not.toContain('/tags/painkillers/index.html');
  });

  it('shows a changed title on every page that lists the article, and the old title nowhere', async () => {
    const texts = await allText('title');
    const stale = [...texts].filter(([, text]) => text.includes(OLD_TITLE)).map(([file]) => file);
    expect(stale).toEqual([]);

    const listings = [
      'index.html',
      'articles/index.html',
      'tags/back-spasm/index.html',
      'tags/self-care/index.html',
      'tags/heat-and-cold/index.html',
      'tags/painkillers/index.html',
      'rss.xml',
    ];
    for (const file of listings) expect(await read('title', file), file).toContain(NEW_TITLE);
    expect(await read('title', `articles/${RETITLED_SLUG}/index.html`)).toContain(
      `<h1 class="text-4xl leading-tight font-bold">${NEW_TITLE}</h1>`,
    );

    // Every related-articles list that links to it shows the new title, and at least one does.
    const relatedTexts: string[] = [];
    for (const file of Object.keys(state('title').incremental)) {
      if (!file.startsWith('articles/') || !file.endsWith('index.html')) continue;
      relatedTexts.push(...relatedLinkTexts(await read('title', file), RETITLED_SLUG));
    }
    expect(relatedTexts.length).toBeGreaterThan(0);
    expect(new Set(relatedTexts)).toEqual(new Set([NEW_TITLE]));

    expect(await read('title', 'sitemap-0.xml')).toContain(`/articles/${RETITLED_SLUG}/</loc>`);
    expect(await searchIndexPages('title')).toContainEqual({
      url: `/articles/${RETITLED_SLUG}/`,
      title: NEW_TITLE,
    });
  });

  it('lists an added article everywhere, with its new tag page', async () => {
    const path = `/articles/${ADDED_SLUG}/`;
    for (const file of ['index.html', 'articles/index.html', 'tags/self-care/index.html']) {
      expect(await read('add', file), file).toContain(`<a href="${path}">${ADDED_TITLE}</a>`);
    }
    expect(await read('add', 'tags/heat-packs/index.html')).toContain(ADDED_TITLE);
    expect(await read('add', 'rss.xml')).toContain(`<title>${ADDED_TITLE}</title>`);
    expect(await read('add', 'sitemap-0.xml')).toContain(`${path}</loc>`);
    expect(await searchIndexPages('add')).toContainEqual({ url: path, title: ADDED_TITLE });
    const relatedTexts: string[] = [];
    for (const file of Object.keys(state('add').incremental)) {
      if (!file.startsWith('articles/') || !file.endsWith('index.html')) continue;
      relatedTexts.push(...relatedLinkTexts(await read('add', file), ADDED_SLUG));
    }
    expect(relatedTexts).toContain(ADDED_TITLE);
  });

  it('removes a deleted article from every page, the feed, the sitemap and the search index', async () => {
    const { incremental } = state('delete');
    expect(Object.keys(incremental).filter((file) => file.includes(ADDED_SLUG))).toEqual([]);
    expect(Object.keys(incremental).filter((file) => file.startsWith('tags/heat-packs/'))).toEqual(
      [],
    );
    const mentions = [...(await allText('delete'))]
      .filter(([, text]) => text.includes(ADDED_SLUG) || text.includes(ADDED_TITLE))
      .map(([file]) => file);
    expect(mentions).toEqual([]);
    expect((await searchIndexPages('delete')).map(({ url }) => url)).not.toContain(
      `/articles/${ADDED_SLUG}/`,
    );
  });

  it('moves an article to its new tags and drops a tag page no article uses', () => {
    const files = Object.keys(state('tags').incremental);
    expect(files).toContain('tags/stretching/index.html');
    expect(files).not.toContain('tags/exercise/index.html');
  });

  it('renders every page that shows a changed component, even those it would reuse', async () => {
    expect(reused(state('component').log).filter((file) => file.startsWith('/tags/'))).toEqual([]);
    for (const file of ['index.html', 'tags/back-spasm/index.html', 'tags/self-care/index.html']) {
      expect(await read('component', file), file).toContain('data-article-card');
    }
  });
});

it('keeps the staging folder out of dist/ and leaves no unfinished-build mark', () => {
  expect(existsSync(join(incrementalProject, '.build-staging'))).toBe(false);
  expect(existsSync(join(incrementalProject, '.cache/astro-build-unfinished'))).toBe(false);
});
