import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import type { Root } from 'mdast';
import { filesUnder, toPosix } from './files.ts';
import { compareFindings, type Finding } from './finding.ts';
import type { ResolvedPageChecksOptions } from './integration-options.ts';
import { parseMdx } from './mdx.ts';
import { checkPages } from './pages/check-pages.ts';
import { collectExternalLinks } from './pages/external-links-collect.ts';
import { buildSiteIndex, parsePage, pathnameForFile } from './pages/parse-page.ts';
import { pageRules } from './pages/rules/index.ts';
import { traceToSource, type SourceReader } from './pages/trace.ts';
import type { PageFinding } from './pages/types.ts';
import { formatFinding, plural, summary } from './reporters/pretty.ts';

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
      // `import X from '../layouts/X.astro'` in a page, or `layout: ../layouts/X.astro` in MDX.
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

function applySeverities(
  findings: PageFinding[],
  severities: ResolvedPageChecksOptions['severities'],
): PageFinding[] {
  return findings.flatMap((finding) => {
    const override = severities[finding.ruleId];
    if (override === 'off') return [];
    return [override ? { ...finding, severity: override } : finding];
  });
}

/**
 * The work of `astro:build:done`, taking only what it needs so tests can run
 * it on any folder of HTML: parse each page once, run every page rule, trace
 * the findings to their sources.
 */
export async function runPageChecks(
  { dir }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>,
  state: PageChecksState,
  options: ResolvedPageChecksOptions,
): Promise<PageChecksResult> {
  const outDir = fileURLToPath(dir);
  const htmlFiles = (await filesUnder(outDir)).filter((path) => path.endsWith('.html'));
  const pages = await Promise.all(
    htmlFiles.map(async (path) => {
      const file = toPosix(relative(outDir, path));
      return parsePage(pathnameForFile(file), file, await readFile(path, 'utf8'));
    }),
  );
  const site = buildSiteIndex(pages, (path) => existsSync(join(outDir, path)), state.origin);
  let found = checkPages(
    pages,
    site,
    {
      disclaimerAttribute: options.disclaimer.attribute,
      disclaimerText: options.disclaimer.text,
      disclaimerExempt: new Set(options.disclaimer.exempt),
    },
    pageRules(state.root),
  );
  if (options.external) found = [...found, ...(await checkExternal(pages, state))];

  const componentFiles = (await filesUnder(join(state.root, 'src')))
    .filter((path) => path.endsWith('.astro'))
    .map((path) => toPosix(relative(state.root, path)))
    .filter((file) => !file.startsWith('src/pages/'));
  const findings = traceToSource(
    applySeverities(found, options.severities),
    sourceReader(state, options, componentFiles),
  ).sort(compareFindings);
  return {
    findings,
    pagesChecked: pages.length,
    failed: findings.some((finding) => finding.severity === 'error'),
  };
}

async function checkExternal(
  pages: Parameters<typeof collectExternalLinks>[0],
  state: PageChecksState,
): Promise<PageFinding[]> {
  const { checkExternalLinks } = await import('./pages/external-links.ts');
  return checkExternalLinks(collectExternalLinks(pages, state.origin), { root: state.root });
}

export function formatPageChecks(result: PageChecksResult): string {
  const pages = plural(result.pagesChecked, 'page');
  const total =
    result.findings.length === 0
      ? `page checks: no problems in ${pages}`
      : `page checks: ${summary(result.findings, result.pagesChecked)} (${pages} checked)`;
  return [...result.findings.map(formatFinding), total].join('\n');
}
