import type { Document } from 'domhandler';
import type { Severity } from '../finding.ts';
import type { RuleId } from '../registry.ts';

/** One built HTML page, parsed once for every page rule. */
export interface BuiltPage {
  /** Its URL path as visitors see it, e.g. `/articles/heat-or-ice/` or `/404/`. */
  pathname: string;
  /** Path of the HTML file relative to the build folder, e.g. `articles/heat-or-ice/index.html`. */
  file: string;
  html: string;
  /** The parse5-compatible tree from htmlparser2, with `startIndex` on every node. */
  document: Document;
}

/** What page rules know about the whole built site. */
export interface SiteIndex {
  /** Every built page by pathname, with the ids its elements carry (for #fragments). */
  pages: ReadonlyMap<string, { ids: ReadonlySet<string> }>;
  /** Whether a file exists in the build folder, given its path relative to it (no leading slash). */
  fileExists(relativePath: string): boolean;
  /** The site's public origin, e.g. `https://www.backrack.example`: links to it are internal. */
  origin: string;
}

/** Options the integration passes to page rules. */
export interface PageCheckOptions {
  /** Attribute that marks the disclaimer element, e.g. `data-medical-disclaimer`. */
  disclaimerAttribute: string;
  /** The disclaimer's exact text (compared with white space collapsed). */
  disclaimerText: string;
  /** Pathnames spared the disclaimer, e.g. `/404/`, `/privacy/`. */
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

export interface PageRule {
  /** The ids it reports, each declared in the registry. */
  readonly ids: readonly RuleId[];
  check(page: BuiltPage, site: SiteIndex, options: PageCheckOptions): PageFinding[];
}
