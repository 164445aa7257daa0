/**
 * The page checks' work on a share of the built pages, the same whether it
 * runs in the main thread or in a worker: each page is read and parsed once,
 * the page rules judge it, and what the site-wide checks need later (its ids,
 * its links, its inline code, its links to other sites) is kept as plain data
 * that can cross threads, and that the next build can reuse for a page whose
 * HTML has not changed (see page-cache.ts). Parsed pages are let go one by
 * one: a thousand held at once would cost hundreds of megabytes.
 */
import { createHash } from 'node:crypto';
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

/** Everything the checks learnt from one page, in plain data. */
export interface PageCheck {
  /** The HTML file, relative to the build folder. */
  file: string;
  /** SHA-256 of the file's bytes: the same HTML gives the same findings. */
  hash: string;
  page: IndexedPage;
  findings: PageFinding[];
  links: LinkNote[];
  /** Its inline scripts and styles (for the header check). */
  inline: InlineCode[];
  external: { url: string; pathnames: string[] }[];
  /**
   * Every build file the rules asked about, and whether it existed: besides
   * its HTML, this is all of the site a page's findings depend on.
   */
  asked: [file: string, exists: boolean][];
}

export interface ShareResult {
  pages: IndexedPage[];
  findings: PageFinding[];
  links: LinkNote[];
  /** Inline code per page, by the URL a visitor asks for (for the header check). */
  inline: { pathname: string; code: InlineCode[] }[];
  external: { url: string; pathnames: string[] }[];
}

export const hashPage = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Reads, parses and checks each file once, in order. */
export async function checkShare(
  files: readonly string[],
  settings: ShareSettings,
): Promise<PageCheck[]> {
  const origin = new URL(settings.origin).origin;
  const options = {
    disclaimerAttribute: settings.disclaimerAttribute,
    disclaimerText: settings.disclaimerText,
    disclaimerExempt: new Set(settings.disclaimerExempt),
  };
  const rules = pageRules(settings.root);
  const checks: PageCheck[] = [];
  for (const file of files) {
    const bytes = await readFile(join(settings.outDir, file));
    const page = parsePage(urlPathOf(file), file, bytes.toString('utf8'));
    const asked = new Map<string, boolean>();
    const site = {
      fileExists: (path: string) => {
        const exists = asked.get(path) ?? existsSync(join(settings.outDir, path));
        asked.set(path, exists);
        return exists;
      },
      origin,
    };
    checks.push({
      file,
      hash: hashPage(bytes),
      page: indexPage(page),
      findings: checkPage(page, site, options, rules),
      links: siteRules.links.collect(page),
      inline: findInlineCode(page.document),
      external: settings.external ? collectExternalLinks([page], origin) : [],
      asked: [...asked],
    });
  }
  return checks;
}

/** The checks of many pages, as the site-wide checks read them. */
export function combinePageChecks(checks: readonly PageCheck[]): ShareResult {
  return {
    pages: checks.map((check) => check.page),
    findings: checks.flatMap((check) => check.findings),
    links: checks.flatMap((check) => check.links),
    inline: checks.map((check) => ({ pathname: check.page.pathname, code: check.inline })),
    external: checks.flatMap((check) => check.external),
  };
}
