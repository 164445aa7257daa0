import type { Document } from 'domhandler';
import type { Severity } from '../core/finding.ts';
import type { RuleId } from '../core/registry.ts';

/** One built HTML page, parsed once for every page rule. */
export interface BuiltPage {
  /** Its URL path as a host serves it, e.g. `/articles/heat-or-ice/` or `/404.html`. */
  pathname: string;
  /** Path of the HTML file relative to the build folder, e.g. `articles/heat-or-ice/index.html`. */
  file: string;
  html: string;
  /** The parse5-compatible tree from htmlparser2, with `startIndex` on every node. */
  document: Document;
}

/** What a page rule knows of the site while it reads one page. */
export interface SiteFacts {
  /** Whether a file exists in the build folder, given its path relative to it (no leading slash). */
  fileExists(relativePath: string): boolean;
  /** The site's public origin, e.g. `https://www.backrack.example`: links to it are internal. */
  origin: string;
}

/** What the site-wide rules know once every page has been read. */
export interface SiteIndex extends SiteFacts {
  /** Every built page by pathname, with the ids its elements carry (for #fragments). */
  pages: ReadonlyMap<string, { ids: ReadonlySet<string> }>;
}

/** Options the integration passes to page rules. */
export interface PageCheckOptions {
  /** Attribute that marks the disclaimer element, e.g. `data-medical-disclaimer`. */
  disclaimerAttribute: string;
  /** The disclaimer's exact text (compared with white space collapsed). */
  disclaimerText: string;
  /** Pathnames spared the disclaimer, e.g. `/404.html`, `/privacy/`. */
  disclaimerExempt: ReadonlySet<string>;
}

/**
 * What a page rule found, before it is traced to a source file. `needle` is
 * what to look for in the sources to find the line: the link's href, the
 * image's src, the heading's text, the matched words.
 */
export interface PageFinding {
  ruleId: string;
  severity: Severity;
  pathname: string;
  message: string;
  hint?: string;
  trace?: { kind: 'link' | 'image' | 'heading' | 'text'; needle: string };
}

/** A rule that judges one built page on its own. */
export interface PageRule {
  /** The ids it reports, each declared in the registry. */
  readonly ids: readonly RuleId[];
  check(page: BuiltPage, site: SiteFacts, options: PageCheckOptions): PageFinding[];
}

/**
 * A rule that needs every page before it can judge (a link is broken only if
 * no page has its address): it notes what it needs while each page is read,
 * in plain data that can cross threads, and judges the notes against the
 * site index at the end.
 */
export interface SiteRule<Note> {
  readonly ids: readonly RuleId[];
  collect(page: BuiltPage): Note[];
  judge(notes: readonly Note[], site: SiteIndex): PageFinding[];
}
