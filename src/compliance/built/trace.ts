import type { Finding } from '../core/finding.ts';
import { onPages } from '../core/built-url.ts';
import { ruleFacts } from '../core/registry.ts';
import { locateInMdx, locateInText } from './locate.ts';
import type { PageFinding } from './types.ts';
import type { Root } from 'mdast';

/** What tracing needs to read the project's sources. */
export interface SourceReader {
  /** The project file a page is built from (an .mdx entry or an .astro page), or null. */
  sourceFor(pathname: string): string | null;
  /** The layouts and components (project-relative .astro files) a fault may come from. */
  componentFiles: readonly string[];
  /**
   * The MDX content entries: a list page or a card shows their titles and
   * descriptions on pages they do not build.
   */
  contentFiles: readonly string[];
  /** A project file's text, or null when it cannot be read. */
  read(file: string): string | null;
  /** An MDX file's tree, or null when it does not parse. */
  parseMdx(file: string): Root | null;
  /** The layout (src/layouts/…) the page's route renders with, if it imports one. */
  layoutFor(pathname: string): string | null;
}

interface Traced {
  finding: Finding;
  pathname: string;
  /** The fault is in MDX content, where the source rules already report wording. */
  inContent: boolean;
}

type Trace = NonNullable<PageFinding['trace']>;

function locateMdx(file: string, trace: Trace, sources: SourceReader): Finding['position'] {
  const tree = sources.parseMdx(file);
  return tree ? locateInMdx(tree, trace) : null;
}

function locateText(file: string, trace: Trace, sources: SourceReader): Finding['position'] {
  const text = sources.read(file);
  return text ? locateInText(text, trace) : null;
}

function traceOne(finding: PageFinding, sources: SourceReader): Traced {
  const pageSource = sources.sourceFor(finding.pathname);
  const base = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
  };
  const at = (file: string, position: Finding['position'], inContent = false): Traced => ({
    finding: { ...base, file, position },
    pathname: finding.pathname,
    inContent,
  });
  const { trace } = finding;
  if (trace && pageSource) {
    const position = pageSource.endsWith('.mdx')
      ? locateMdx(pageSource, trace, sources)
      : locateText(pageSource, trace, sources);
    if (position) return at(pageSource, position, pageSource.endsWith('.mdx'));
  }
  if (trace) {
    // Not in the page's own source: a layout or component put it there.
    const holders = sources.componentFiles.flatMap((file) => {
      const position = locateText(file, trace, sources);
      return position ? [{ file, position }] : [];
    });
    if (holders.length === 1 && holders[0]) return at(holders[0].file, holders[0].position);
    // Another entry's words, shown in a card or a list: that entry is where they are written.
    if (trace.kind === 'text') {
      for (const file of sources.contentFiles) {
        const position = locateMdx(file, trace, sources);
        if (position) return at(file, position, true);
      }
    }
  }
  // Something the page lacks (no needle): the layout it is built with is where it belongs.
  if (!trace) {
    const layout = sources.layoutFor(finding.pathname);
    if (layout) return at(layout, null);
  }
  return at(pageSource ?? `dist${finding.pathname}`, null);
}

/** What the source phase checks in MDX is its to report (and to suppress); never twice. */
const ownedBySourcePhase = (traced: Traced): boolean =>
  traced.inContent && ruleFacts(traced.finding.ruleId)?.contentCheckedAtSource === true;

/**
 * One page's finding traced to its source, as `traceToSource` does but
 * without grouping pages: the dev toolbar shows one page at a time. Null
 * when the source phase reports it instead.
 */
export function traceFinding(finding: PageFinding, sources: SourceReader): Finding | null {
  const traced = traceOne(finding, sources);
  return ownedBySourcePhase(traced) ? null : traced.finding;
}

/** The same fault at the same place, whichever page showed it. */
const groupKey = ({ finding }: Traced): string =>
  [
    finding.ruleId,
    finding.file,
    finding.position?.line,
    finding.position?.column,
    finding.message,
  ].join('\u0000');

/**
 * Turns page findings into source findings: the file an editor can fix and,
 * where it can be known, the line. A fault repeated on many pages is
 * reported once, at its source, with the count and a few of the pages.
 */
export function traceToSource(findings: readonly PageFinding[], sources: SourceReader): Finding[] {
  const groups = new Map<string, Traced[]>();
  for (const finding of findings) {
    const traced = traceOne(finding, sources);
    if (ownedBySourcePhase(traced)) continue;
    const key = groupKey(traced);
    groups.set(key, [...(groups.get(key) ?? []), traced]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Traced;
    const pages = [...new Set(group.map((entry) => entry.pathname))];
    return { ...first.finding, message: `${first.finding.message}${onPages(pages)}` };
  });
}
