/**
 * The page checks' work on a share of the built pages, the same whether it
 * runs in the main thread or in a worker: each page is read and parsed once,
 * the page rules judge it, and what the site-wide checks need later (its ids,
 * its links, its inline code, its links to other sites) is kept as plain data
 * that can cross threads. Parsed pages are let go one by one: a thousand held
 * at once would cost hundreds of megabytes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findInlineCode, type InlineCode } from '../../security/inline-code.ts';
import { urlPathOf } from '../core/built-url.ts';
import { collectExternalLinks } from './external-links-collect.ts';
import { indexPage, parsePage, type IndexedPage } from './parse-page.ts';
import type { LinkNote } from './rules/links.ts';
import { pageRules, siteRules } from './rules/index.ts';
import { checkPage } from './run-rules.ts';
import type { PageFinding } from './types.ts';

/** What a share of the pages needs to know; plain data, so a worker can receive it. */
export interface ShareSettings {
  outDir: string;
  root: string;
  origin: string;
  disclaimerAttribute: string;
  disclaimerText: string;
  disclaimerExempt: string[];
  /** Collect links to other sites for `--external`. */
  external: boolean;
}

export interface ShareResult {
  pages: IndexedPage[];
  findings: PageFinding[];
  links: LinkNote[];
  /** Inline code per page, by the URL a visitor asks for (for the header check). */
  inline: { pathname: string; code: InlineCode[] }[];
  external: { url: string; pathnames: string[] }[];
}

/** Reads, parses and checks each file once, in order. */
export async function checkShare(
  files: readonly string[],
  settings: ShareSettings,
): Promise<ShareResult> {
  const site = {
    fileExists: (path: string) => existsSync(join(settings.outDir, path)),
    origin: new URL(settings.origin).origin,
  };
  const options = {
    disclaimerAttribute: settings.disclaimerAttribute,
    disclaimerText: settings.disclaimerText,
    disclaimerExempt: new Set(settings.disclaimerExempt),
  };
  const rules = pageRules(settings.root);
  const result: ShareResult = { pages: [], findings: [], links: [], inline: [], external: [] };
  for (const file of files) {
    const html = await readFile(join(settings.outDir, file), 'utf8');
    const page = parsePage(urlPathOf(file), file, html);
    result.pages.push(indexPage(page));
    result.findings.push(...checkPage(page, site, options, rules));
    result.links.push(...siteRules.links.collect(page));
    result.inline.push({ pathname: page.pathname, code: findInlineCode(page.document) });
    if (settings.external) result.external.push(...collectExternalLinks([page], site.origin));
  }
  return result;
}
