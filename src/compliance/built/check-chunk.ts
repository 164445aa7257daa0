/**
 * The page checks' work on a share of the built pages, the same whether it
 * runs in the main thread or in a worker: first the ids each page's elements
 * carry (the site index needs every page's), then the page rules, with what
 * the header check and the external-link check need, in plain data that can
 * cross threads.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedPath } from '../../security/check-headers.ts';
import { findInlineCode, type InlineCode } from '../../security/inline-code.ts';
import { checkPages } from './run-rules.ts';
import { collectExternalLinks } from './external-links-collect.ts';
import { fragmentTargets, parsePage, pathnameForFile } from './parse-page.ts';
import { pageRules } from './rules/index.ts';
import type { BuiltPage, PageFinding } from './types.ts';

/** What a share of the pages needs to know; plain data, so a worker can receive it. */
export interface ChunkSettings {
  outDir: string;
  root: string;
  origin: string;
  disclaimerAttribute: string;
  disclaimerText: string;
  disclaimerExempt: string[];
  /** Collect links to other sites for `--external`. */
  external: boolean;
}

/** Pathname → the ids a `#fragment` can name on that page. */
export type PageIds = [pathname: string, ids: string[]][];

export interface ChunkResult {
  findings: PageFinding[];
  /** Inline code per page, by the URL a visitor asks for (for the header check). */
  inline: { pathname: string; code: InlineCode[] }[];
  external: { url: string; pathnames: string[] }[];
}

async function readPage(outDir: string, file: string): Promise<BuiltPage> {
  return parsePage(pathnameForFile(file), file, await readFile(join(outDir, file), 'utf8'));
}

/**
 * The ids of each page. Pages are parsed one at a time and let go: holding a
 * thousand parsed pages costs hundreds of megabytes, parsing again costs
 * less than a millisecond a page.
 */
export async function idsOfFiles(outDir: string, files: readonly string[]): Promise<PageIds> {
  const ids: PageIds = [];
  for (const file of files) {
    const page = await readPage(outDir, file);
    ids.push([page.pathname, [...fragmentTargets(page)]]);
  }
  return ids;
}

/** Runs the page rules on each file, one page at a time, given every page's ids. */
export async function checkFiles(
  files: readonly string[],
  allIds: PageIds,
  settings: ChunkSettings,
): Promise<ChunkResult> {
  const site = {
    pages: new Map(allIds.map(([pathname, ids]) => [pathname, { ids: new Set(ids) }])),
    fileExists: (path: string) => existsSync(join(settings.outDir, path)),
    origin: new URL(settings.origin).origin,
  };
  const options = {
    disclaimerAttribute: settings.disclaimerAttribute,
    disclaimerText: settings.disclaimerText,
    disclaimerExempt: new Set(settings.disclaimerExempt),
  };
  const rules = pageRules(settings.root);
  const result: ChunkResult = { findings: [], inline: [], external: [] };
  for (const file of files) {
    const page = await readPage(settings.outDir, file);
    result.findings.push(...checkPages([page], site, options, rules));
    result.inline.push({ pathname: servedPath(page.file), code: findInlineCode(page.document) });
    if (settings.external) result.external.push(...collectExternalLinks([page], site.origin));
  }
  return result;
}
