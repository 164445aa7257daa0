import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import type { Root } from 'mdast';
import { filesUnder, toPosix } from '../files.ts';
import { compareFindings, type Finding } from '../finding.ts';
import type { ResolvedPageChecksOptions } from '../integration-options.ts';
import { parseMdx } from '../mdx.ts';
import { checkBuiltPages } from './parallel.ts';
import { traceToSource, type SourceReader } from './trace.ts';
import type { PageFinding } from './types.ts';
import { formatFinding, plural, summary } from '../reporters/pretty.ts';
import { checkHeaders, servedPath } from '../../security/check-headers.ts';

/** The name static hosts read the headers file by, at the top of the published site. */
const PUBLISHED_HEADERS_FILE = '_headers';

/** What the integration learns from earlier hooks. */
export interface PageChecksState {
  root: string;
  /** The site's origin (from `site`), so absolute links to it count as internal. */
  origin: string;
  routes: { pattern: RegExp; entrypoint: string }[];
}

export interface PageChecksResult {
  findings: Finding[];
  pagesChecked: number;
  failed: boolean;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page file (src/pages/…) of the route that built a pathname, if any. */
function routeFor(state: PageChecksState, pathname: string): string | null {
  const bare = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const route = state.routes.find(
    (candidate) => candidate.pattern.test(pathname) || candidate.pattern.test(bare),
  );
  return route?.entrypoint ?? null;
}

/** The project file a built page comes from: a content entry, else its route's page file. */
function sourceLocator(state: PageChecksState, options: ResolvedPageChecksOptions) {
  const contentRoutes = options.contentRoutes.map(({ pattern, source }) => ({
    regex: new RegExp(`^${pattern.split('[slug]').map(escapeRegExp).join('([^/]+)')}$`),
    source,
  }));
  return (pathname: string): string | null => {
    for (const route of contentRoutes) {
      const slug = route.regex.exec(pathname)?.[1];
      const file = slug ? route.source.replace('[slug]', slug) : null;
      if (file && existsSync(join(state.root, file))) return file;
    }
    return routeFor(state, pathname);
  };
}

function sourceReader(
  state: PageChecksState,
  options: ResolvedPageChecksOptions,
  componentFiles: string[],
): SourceReader {
  const texts = new Map<string, string | null>();
  const trees = new Map<string, Root | null>();
  const read = (file: string): string | null => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(join(state.root, file), 'utf8'));
      } catch {
        texts.set(file, null);
      }
    }
    return texts.get(file) ?? null;
  };
  return {
    sourceFor: sourceLocator(state, options),
    componentFiles,
    read,
    layoutFor(pathname) {
      const entry = routeFor(state, pathname);
      const text = entry ? read(entry) : null;
      // `import X from '../../layouts/X.astro'` in a page, or `layout: ../layouts/X.astro` in MDX.
      const written = text
        ? /(?:from\s+|layout:\s*)['"]?([^'"\s]*\/layouts\/[^'"\s]+\.astro)/.exec(text)?.[1]
        : undefined;
      return entry && written ? toPosix(join(dirname(entry), written)) : null;
    },
    parseMdx(file) {
      if (!trees.has(file)) {
        const text = read(file);
        try {
          trees.set(file, text === null ? null : parseMdx(text));
        } catch {
          trees.set(file, null);
        }
      }
      return trees.get(file) ?? null;
    },
  };
}

function applySeverities<Found extends { ruleId: string; severity: Finding['severity'] }>(
  findings: readonly Found[],
  severities: ResolvedPageChecksOptions['severities'],
): Found[] {
  return findings.flatMap((finding) => {
    const override = severities[finding.ruleId];
    if (override === 'off') return [];
    return [override ? { ...finding, severity: override } : finding];
  });
}

/**
 * The work of `astro:build:done`, taking only what it needs so tests can run
 * it on any folder of HTML: parse each page once and run every page rule
 * (on worker threads for a large site), trace the findings to their sources,
 * and check the headers file against the pages.
 */
export async function runPageChecks(
  { dir }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>,
  state: PageChecksState,
  options: ResolvedPageChecksOptions,
): Promise<PageChecksResult> {
  const outDir = fileURLToPath(dir);
  const builtFiles = (await filesUnder(outDir)).map((path) => toPosix(relative(outDir, path)));
  const checked = await checkBuiltPages(
    builtFiles.filter((file) => file.endsWith('.html')),
    {
      outDir,
      root: state.root,
      origin: state.origin,
      disclaimerAttribute: options.disclaimer.attribute,
      disclaimerText: options.disclaimer.text,
      disclaimerExempt: options.disclaimer.exempt,
      external: options.external,
    },
  );
  const found = options.external
    ? [...checked.findings, ...(await checkExternal(checked.external, state))]
    : checked.findings;

  const astroFiles = (await filesUnder(join(state.root, 'src')))
    .filter((path) => path.endsWith('.astro'))
    .map((path) => toPosix(relative(state.root, path)));
  const componentFiles = astroFiles.filter((file) => !file.startsWith('src/pages/'));
  const sources = sourceReader(state, options, componentFiles);
  const findings: Finding[] = traceToSource(applySeverities(found, options.severities), sources);
  const headerFindings = checkHeaders({
    headersFile: options.headersFile,
    text: await readFile(join(outDir, PUBLISHED_HEADERS_FILE), 'utf8').catch(() => null),
    pages: checked.inline,
    files: builtFiles
      .filter((file) => !file.endsWith('.html') && file !== PUBLISHED_HEADERS_FILE)
      .map(servedPath),
    sourceOf: (code) => whereWritten(code, astroFiles, sources.read),
  });
  findings.push(...applySeverities(headerFindings, options.severities));
  findings.sort(compareFindings);
  return {
    findings,
    pagesChecked: checked.pagesChecked,
    failed: findings.some((finding) => finding.severity === 'error'),
  };
}

/** `file:line` of the first .astro file that contains a piece of inline code's first line. */
function whereWritten(
  code: string,
  files: readonly string[],
  read: (file: string) => string | null,
): string | null {
  const needle = code
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  if (!needle) return null;
  for (const file of files) {
    const text = read(file);
    const index = text?.indexOf(needle) ?? -1;
    if (text && index >= 0) return `${file}:${text.slice(0, index).split('\n').length}`;
  }
  return null;
}

async function checkExternal(
  links: readonly { url: string; pathnames: readonly string[] }[],
  state: PageChecksState,
): Promise<PageFinding[]> {
  const { checkExternalLinks } = await import('./external-links.ts');
  return checkExternalLinks(links, { root: state.root });
}

export function formatPageChecks(result: PageChecksResult): string {
  const pages = plural(result.pagesChecked, 'page');
  const total =
    result.findings.length === 0
      ? `page checks: no problems in ${pages}`
      : `page checks: ${summary(result.findings, result.pagesChecked)} (${pages} checked)`;
  return [...result.findings.map(formatFinding), total].join('\n');
}
