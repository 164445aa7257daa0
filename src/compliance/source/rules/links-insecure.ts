import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SourceDocument } from '../../core/document.ts';
import { positionOf, type Finding, type Fix, type Position } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';

const RULE_ID = 'links/insecure';

/** JSX attributes that hold an address the browser will follow or fetch. */
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** What is wrong with each insecure scheme, and the fix; the page rule says the same. */
export const INSECURE_SCHEMES = {
  http: {
    problem: 'uses insecure "http:"',
    hint: 'Use the https:// address of the page (most sites, including nhs.uk and nice.org.uk, serve https)',
  },
  javascript: {
    problem: 'uses "javascript:", which runs code',
    hint: 'Link to a page or a #section instead',
  },
} as const;

type Scheme = keyof typeof INSECURE_SCHEMES;

/**
 * The insecure scheme a URL uses, if any. Browsers ignore leading spaces and
 * drop tabs and newlines anywhere in a URL, so `" java\nscript:"` still runs:
 * strip them the same way before looking at the scheme.
 */
export function insecureScheme(url: string): Scheme | null {
  const cleaned = url.replace(/[\t\n\r]/g, '').trimStart();
  const match = /^(http|javascript):/i.exec(cleaned);
  return match?.[1] ? (match[1].toLowerCase() as Scheme) : null;
}

/** The offset of the first character of a line (1-based) in `source`. */
function lineStart(source: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line && offset !== -1; current += 1) {
    offset = source.indexOf('\n', offset) + 1 || -1;
  }
  return Math.max(offset, 0);
}

/** The line and column of an offset in `source`. */
function positionAt(source: string, offset: number): Position {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The edit that turns the `http:` of `url` into `https:`, which is the whole
 * fix the hint asks for, where `url` is written as it is between two offsets
 * of `source` (its last occurrence: a link's text comes before its address).
 * None when it is written otherwise (escaped, say), and none for
 * `javascript:`, whose fix is a different link.
 */
function httpsFix(source: string, from: number, to: number, url: string): Fix | undefined {
  const written = source.slice(from, to).lastIndexOf(url);
  const scheme = url.search(/http:/i);
  if (written === -1 || scheme === -1) return undefined;
  const start = positionAt(source, from + written + scheme);
  return {
    title: 'Use https: instead of http:',
    from: start,
    to: { line: start.line, column: start.column + 'http:'.length },
    text: 'https:',
  };
}

/** A node of the MDX tree, or a JSX attribute, with its place in the file. */
type Located = Pick<Node, 'position'>;

const withFix = (finding: Finding, fix: Fix | undefined): Finding =>
  fix ? { ...finding, end: fix.to, fix } : finding;

const SOURCE_HINT =
  'Use the https:// address of the source; nhs.uk, nice.org.uk and doi.org all serve https.';

/** The `sources` a page cites in its frontmatter, each shown to readers as a link. */
function frontmatterSources(document: SourceDocument): Finding[] {
  const { data } = document.frontmatter;
  const sources =
    typeof data === 'object' && data !== null ? (data as { sources?: unknown }).sources : undefined;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown, index): Finding[] => {
    const url =
      typeof source === 'object' && source !== null ? (source as { url?: unknown }).url : undefined;
    const scheme = typeof url === 'string' ? insecureScheme(url) : null;
    if (typeof url !== 'string' || !scheme) return [];
    const position = document.frontmatter.locate(['sources', index, 'url']);
    const start = lineStart(document.source, position.line) + position.column - 1;
    const end = lineStart(document.source, position.line + 1);
    const fix = scheme === 'http' ? httpsFix(document.source, start, end, url) : undefined;
    const finding: Finding = {
      ruleId: RULE_ID,
      severity: 'error',
      file: document.file,
      position,
      message: `"sources.${index}.url": a source url must be an https:// address`,
      hint: SOURCE_HINT,
    };
    return [withFix(finding, fix)];
  });
}

/**
 * `links/insecure`: the sources in the frontmatter, and links, link
 * definitions, Markdown image URLs and JSX `href`/`src` string attributes in
 * the MDX body must not use `http:` (readers on a health site should not be
 * sent over an unencrypted connection) or `javascript:` (a link that runs
 * code instead of going somewhere).
 */
export const linksInsecureRule: SourceRule = {
  ids: [RULE_ID],
  check(document: SourceDocument): Finding[] {
    const findings = frontmatterSources(document);
    if (!document.tree) return findings;
    const check = (url: string, node: Located, fallback?: Located): void => {
      const scheme = insecureScheme(url);
      if (!scheme) return;
      // The fix is searched for in the node's own text only, never in a neighbouring attribute.
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      const fix =
        scheme === 'http' && from !== undefined && to !== undefined
          ? httpsFix(document.source, from, to, url)
          : undefined;
      const finding: Finding = {
        ruleId: RULE_ID,
        severity: 'error',
        file: document.file,
        position: positionOf(node) ?? (fallback ? positionOf(fallback) : null),
        message: `link ${INSECURE_SCHEMES[scheme].problem}`,
        hint: INSECURE_SCHEMES[scheme].hint,
      };
      findings.push(withFix(finding, fix));
    };
    visit(document.tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        check(node.url, node);
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          // Only literal strings can be judged; {expressions} are computed at build time.
          if (attribute.type !== 'mdxJsxAttribute' || !URL_ATTRIBUTES.has(attribute.name)) continue;
          if (typeof attribute.value !== 'string') continue;
          check(attribute.value, attribute, node);
        }
      }
    });
    return findings;
  },
};
