import { visit } from 'unist-util-visit';
import type { SourceDocument } from '../../core/document.ts';
import { positionOf, type Finding, type Position } from '../../core/finding.ts';
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
    if (typeof url !== 'string' || !insecureScheme(url)) return [];
    return [
      {
        ruleId: RULE_ID,
        severity: 'error',
        file: document.file,
        position: document.frontmatter.locate(['sources', index, 'url']),
        message: `"sources.${index}.url": a source url must be an https:// address`,
        hint: SOURCE_HINT,
      },
    ];
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
    const check = (url: string, at: Position | null): void => {
      const scheme = insecureScheme(url);
      if (!scheme) return;
      findings.push({
        ruleId: RULE_ID,
        severity: 'error',
        file: document.file,
        position: at,
        message: `link ${INSECURE_SCHEMES[scheme].problem}`,
        hint: INSECURE_SCHEMES[scheme].hint,
      });
    };
    visit(document.tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        check(node.url, positionOf(node));
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          // Only literal strings can be judged; {expressions} are computed at build time.
          if (attribute.type !== 'mdxJsxAttribute' || !URL_ATTRIBUTES.has(attribute.name)) continue;
          if (typeof attribute.value !== 'string') continue;
          check(attribute.value, positionOf(attribute) ?? positionOf(node));
        }
      }
    });
    return findings;
  },
};
