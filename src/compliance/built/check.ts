import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkHeaders } from '../../security/check-headers.ts';
import { urlPathOf } from '../core/built-url.ts';
import { filesUnder, toPosix } from '../core/files.ts';
import { compareFindings, type Finding } from '../core/finding.ts';
import type { ResolvedPageChecksOptions } from './options.ts';
import type { Report } from '../core/report.ts';
import { combinePageChecks, hashPage, type PageCheck, type ShareSettings } from './check-share.ts';
import { PageCheckCache, pageCacheKey } from './page-cache.ts';
import { checkAllPages } from './parallel.ts';
import { buildSiteIndex } from './parse-page.ts';
import { siteRules } from './rules/index.ts';
import { byPathname } from './run-rules.ts';
import { projectSources, type BuiltRoute } from './sources.ts';
import { traceToSource } from './trace.ts';
import type { PageFinding } from './types.ts';

/** The name static hosts read the headers file by, at the top of the published site. */
const PUBLISHED_HEADERS_FILE = '_headers';

/** What the built phase needs to know of the build. */
export interface BuiltSite {
  /** The folder Astro built into. */
  outDir: string;
  /** The project root, which source files are relative to. */
  root: string;
  /** The site's origin (from `site`), so absolute links to it count as internal. */
  origin: string;
  routes: readonly BuiltRoute[];
}

export interface BuiltReport extends Report {
  pagesChecked: number;
  /** Pages whose HTML had not changed since the last build, so their findings were reused. */
  pagesReused: number;
}

/** The project's severity overrides (`severities` in the integration's options), `off` dropping a rule. */
export function applySeverities<Found extends { ruleId: string; severity: Finding['severity'] }>(
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
 * The built phase, the mirror of `checkContent`: every built page is read
 * and parsed once (on worker threads for a large site) and judged by the
 * page rules; the site index is built once from every page's ids and the
 * links are judged against it; each finding is traced to the file an editor
 * can fix; and the headers file is checked against the pages. With `cache`,
 * a page whose HTML is unchanged since the last build is not judged again:
 * its findings, ids and links come from `.cache/page-checks.json`.
 */
export async function checkBuiltSite(
  site: BuiltSite,
  options: ResolvedPageChecksOptions,
  { cache = false }: { cache?: boolean } = {},
): Promise<BuiltReport> {
  const builtFiles = (await filesUnder(site.outDir)).map((path) =>
    toPosix(relative(site.outDir, path)),
  );
  const pageFiles = builtFiles.filter((file) => file.endsWith('.html'));
  const settings: ShareSettings = {
    outDir: site.outDir,
    root: site.root,
    origin: site.origin,
    disclaimerAttribute: options.disclaimer.attribute,
    disclaimerText: options.disclaimer.text,
    disclaimerExempt: options.disclaimer.exempt,
    external: options.external,
  };
  const { checks, reused } = cache
    ? await checkChangedPages(pageFiles, settings)
    : { checks: await checkAllPages(pageFiles, settings), reused: 0 };
  const checked = combinePageChecks(checks);
  const index = buildSiteIndex(
    checked.pages,
    (path) => existsSync(join(site.outDir, path)),
    site.origin,
  );
  const found: PageFinding[] = [
    ...checked.findings,
    ...siteRules.links.judge(checked.links, index),
  ];
  if (options.external) found.push(...(await checkExternal(checked.external, site.root)));

  const astroFiles = (await filesUnder(join(site.root, 'src')))
    .filter((path) => path.endsWith('.astro'))
    .map((path) => toPosix(relative(site.root, path)));
  const contentFiles = (await filesUnder(join(site.root, 'content')).catch(() => []))
    .filter((path) => path.endsWith('.mdx'))
    .map((path) => toPosix(relative(site.root, path)));
  const sources = projectSources(
    site.root,
    site.routes,
    options.contentRoutes,
    astroFiles.filter((file) => !file.startsWith('src/pages/')),
    contentFiles,
  );
  // By page, then in rule order, however the pages were shared between threads.
  const findings = traceToSource(
    applySeverities(found.sort(byPathname), options.severities),
    sources,
  );
  const headerFindings = checkHeaders({
    headersFile: options.headersFile,
    text: await readFile(join(site.outDir, PUBLISHED_HEADERS_FILE), 'utf8').catch(() => null),
    pages: checked.inline,
    files: builtFiles
      .filter((file) => !file.endsWith('.html') && file !== PUBLISHED_HEADERS_FILE)
      .map(urlPathOf),
    sourceOf: (code) => whereWritten(code, astroFiles, sources.read),
  });
  findings.push(...applySeverities(headerFindings, options.severities));
  findings.sort(compareFindings);
  return { findings, suppressed: [], pagesChecked: pageFiles.length, pagesReused: reused };
}

/** Judges the pages whose HTML changed since the last build, and reuses the rest. */
async function checkChangedPages(
  pageFiles: readonly string[],
  settings: ShareSettings,
): Promise<{ checks: PageCheck[]; reused: number }> {
  const { outDir, ...rest } = settings;
  const cache = await PageCheckCache.open(settings.root, await pageCacheKey(rest));
  const found = new Map<string, PageCheck>();
  const changed: string[] = [];
  for (const file of pageFiles) {
    const previous = cache.get(file, hashPage(await readFile(join(outDir, file))), outDir);
    if (previous) found.set(file, previous);
    else changed.push(file);
  }
  const reused = found.size;
  for (const check of await checkAllPages(changed, settings)) found.set(check.file, check);
  // In the order of the files, as without the cache.
  const checks = pageFiles.map((file) => found.get(file)).filter((check) => check !== undefined);
  await cache.save(checks);
  return { checks, reused };
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

/** The same external URL found on pages of two shares becomes one entry with both sets of pages. */
function mergeExternal(
  links: readonly { url: string; pathnames: readonly string[] }[],
): { url: string; pathnames: string[] }[] {
  const merged = new Map<string, Set<string>>();
  for (const { url, pathnames } of links) {
    const pages = merged.get(url) ?? new Set<string>();
    pathnames.forEach((pathname) => pages.add(pathname));
    merged.set(url, pages);
  }
  return [...merged].map(([url, pathnames]) => ({ url, pathnames: [...pathnames].sort() }));
}

async function checkExternal(
  links: readonly { url: string; pathnames: readonly string[] }[],
  root: string,
): Promise<PageFinding[]> {
  // Loaded only with --external: it brings the network code and its cache.
  const { checkExternalLinks } = await import('./external-links.ts');
  return checkExternalLinks(mergeExternal(links), { root });
}
