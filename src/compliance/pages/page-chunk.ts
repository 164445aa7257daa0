/**
 * The page checks' work on a share of the built pages, the same whether it
 * runs in the main thread or in a worker: read and parse each page once,
 * report the ids its elements carry (the site index needs every page's),
 * then run the page rules and collect what the header check and the
 * external-link check need, in plain data that can cross threads.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedPath } from '../../security/check-headers.ts';
import { findInlineCode, type InlineCode } from '../../security/inline-code.ts';
import { checkPages } from './check-pages.ts';
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

export async function parseChunk(outDir: string, files: readonly string[]): Promise<BuiltPage[]> {
  return Promise.all(
    files.map(async (file) =>
      parsePage(pathnameForFile(file), file, await readFile(join(outDir, file), 'utf8')),
    ),
  );
}

export const idsOfChunk = (pages: readonly BuiltPage[]): PageIds =>
  pages.map((page) => [page.pathname, [...fragmentTargets(page)]]);

export function checkChunk(
  pages: readonly BuiltPage[],
  allIds: PageIds,
  settings: ChunkSettings,
): ChunkResult {
  const site = {
    pages: new Map(allIds.map(([pathname, ids]) => [pathname, { ids: new Set(ids) }])),
    fileExists: (path: string) => existsSync(join(settings.outDir, path)),
    origin: new URL(settings.origin).origin,
  };
  const findings = checkPages(
    pages,
    site,
    {
      disclaimerAttribute: settings.disclaimerAttribute,
      disclaimerText: settings.disclaimerText,
      disclaimerExempt: new Set(settings.disclaimerExempt),
    },
    pageRules(settings.root),
  );
  return {
    findings,
    inline: pages.map((page) => ({
      pathname: servedPath(page.file),
      code: findInlineCode(page.document),
    })),
    external: settings.external ? collectExternalLinks(pages, site.origin) : [],
  };
}
