import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleKinds, type ArticleKind } from '../schemas/article.ts';
import {
  articleTemplate,
  contentPath,
  isArticleKind,
  isKebabCase,
  localIsoDate,
  pageTypes,
  productTemplate,
  type PageType,
} from './templates.ts';

const USAGE = `usage: npm run new -- article|product <slug> [--kind ${articleKinds.join('|')}]`;

/** A mistake in how the command was called: exit 2 with one line. */
class UsageError extends Error {}

const isPageType = (value: string | undefined): value is PageType =>
  (pageTypes as readonly (string | undefined)[]).includes(value);

/** The `--kind` of a new article, if given. */
function parseKind(kind: string | undefined, type: PageType): ArticleKind | undefined {
  if (kind === undefined) return undefined;
  if (type === 'product') throw new UsageError('--kind is for articles only');
  if (!isArticleKind(kind)) {
    throw new UsageError(`--kind must be one of ${articleKinds.join(', ')}; got "${kind}"`);
  }
  return kind;
}

/** `npm run new -- article <slug>`: writes a page to fill in, relative to the current folder. */
async function main(argv: readonly string[]): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: { kind: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    const [type, slug, ...extra] = positionals;
    if (!isPageType(type) || slug === undefined || extra.length > 0) throw new UsageError(USAGE);
    if (!isKebabCase(slug)) {
      throw new UsageError(
        `"${slug}" is not a kebab-case slug: use lower-case words and digits joined by hyphens, e.g. heat-or-ice`,
      );
    }
    const kind = parseKind(values.kind, type);
    if (!existsSync('content')) {
      throw new UsageError('no content/ folder here: run this from the project folder');
    }

    const path = contentPath(type, slug);
    const today = localIsoDate(new Date());
    const page =
      type === 'article'
        ? articleTemplate({ today, ...(kind ? { kind } : {}) })
        : productTemplate({ today, slug });
    await mkdir(dirname(path), { recursive: true });
    try {
      // "wx": never overwrite, even if the file appeared since we looked.
      await writeFile(join(process.cwd(), path), page, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UsageError(`${path} already exists; choose another slug or edit that file`);
      }
      throw error;
    }
    console.log(path);
    console.log(`Replace every TODO, then run: npm run check -- ${path}`);
    return 0;
  } catch (error) {
    // A refusal (UsageError) or a failure to write: either way one line, exit 2.
    console.error(`error  ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
