import { dirname, extname, join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { RuleContext, SourceDocument } from '../../core/document.ts';
import { positionOf, type Finding, type Position } from '../../core/finding.ts';
import { IMAGE_ELEMENTS, jsxAttribute } from '../../core/jsx.ts';
import type { SourceRule } from '../rule.ts';

const RULE_ID = 'links/asset';
const HINT =
  "Check the spelling; relative paths start from this file's folder, /paths from public/.";

/** `https:`, `mailto:`, `data:`…: anything with a scheme is not a file in this project. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** An image is checked whatever it is called; a link only when it names a file, not a page. */
type Kind = 'image' | 'link';

/** True for `/downloads/leaflet.pdf`, false for site pages such as `/articles/foo/` or `x.html`. */
function namesFile(path: string): boolean {
  const extension = extname(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
  return extension !== '' && extension !== '.html';
}

/** Percent-escapes as the server would decode them; a malformed escape is kept as written. */
function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The absolute path a body reference points to, or null when it is not a
 * file in this project (external URLs, `#fragments`, links to site pages,
 * which `links/broken` checks after the build). Relative paths start from
 * the content file's folder; `/paths` from `public/`, as Astro serves them.
 */
export function assetPath(url: string, kind: Kind, file: string, root: string): string | null {
  const trimmed = url.trim();
  if (trimmed.startsWith('//') || SCHEME.test(trimmed)) return null;
  const path = trimmed.replace(/[?#][\s\S]*$/, '');
  if (path === '' || (kind === 'link' && !namesFile(path))) return null;
  const decoded = decode(path);
  return decoded.startsWith('/')
    ? join(root, 'public', decoded)
    : join(root, dirname(file), decoded);
}

/**
 * `links/asset`: images in the MDX body (Markdown images, including those
 * through a `[ref]: url` definition, and `src` of JSX img/Image/Picture) and
 * links to files (`/downloads/leaflet.pdf`, also JSX `<a href>`) must point to
 * a file that exists, or the page ships a broken picture or download.
 */
export const linksAssetRule: SourceRule = {
  ids: [RULE_ID],
  check(document: SourceDocument, context: RuleContext): Finding[] {
    const tree = document.tree;
    if (!tree) return [];
    // A definition is an image source when an image reference uses it: ![alt][ref].
    const imageLabels = new Set<string>();
    visit(tree, 'imageReference', (node) => {
      imageLabels.add(node.identifier);
    });

    const findings: Finding[] = [];
    const check = (url: string, kind: Kind, at: Position | null): void => {
      const path = assetPath(url, kind, document.file, context.root);
      if (path === null || context.fileExists(path)) return;
      findings.push({
        ruleId: RULE_ID,
        severity: 'error',
        file: document.file,
        position: at,
        message: `"${url.trim()}" points to no file`,
        hint: HINT,
      });
    };
    visit(tree, (node) => {
      if (node.type === 'image') check(node.url, 'image', positionOf(node));
      else if (node.type === 'link') check(node.url, 'link', positionOf(node));
      else if (node.type === 'definition') {
        check(node.url, imageLabels.has(node.identifier) ? 'image' : 'link', positionOf(node));
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const isImage = node.name !== null && IMAGE_ELEMENTS.has(node.name);
        if (!isImage && node.name !== 'a') return;
        const name = isImage ? 'src' : 'href';
        const attribute = jsxAttribute(node, name);
        // Only literal strings can be resolved; {imports} and {expressions} are the build's job.
        if (typeof attribute?.value !== 'string') return;
        check(
          attribute.value,
          isImage ? 'image' : 'link',
          positionOf(attribute) ?? positionOf(node),
        );
      }
    });
    return findings;
  },
};
