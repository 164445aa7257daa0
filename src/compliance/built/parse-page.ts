import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { BuiltPage, SiteIndex } from './types.ts';

/**
 * The URL path a built HTML file is served at, with the trailing slash the
 * site uses everywhere: `index.html` → `/`, `articles/x/index.html` →
 * `/articles/x/`, `404.html` → `/404/`.
 */
export function pathnameForFile(file: string): string {
  const path = file.replaceAll('\\', '/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  if (path.endsWith('.html')) return `/${path.slice(0, -'.html'.length)}/`;
  return `/${path}`;
}

/**
 * Parses one built page once, for every page rule. Start and end indices are
 * kept so that a rule could point into the HTML if it ever needs to.
 */
export function parsePage(pathname: string, file: string, html: string): BuiltPage {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  return { pathname, file, html, document };
}

/** Every id a `#fragment` can name on a page: `id` on any element, and `name` on `<a>`. */
export function fragmentTargets(page: BuiltPage): Set<string> {
  const ids = new Set<string>();
  for (const element of selectAll<AnyNode, Element>('[id], a[name]', page.document)) {
    const id = getAttributeValue(element, 'id');
    if (id) ids.add(id);
    const name = element.name === 'a' ? getAttributeValue(element, 'name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/**
 * What page rules know about the whole site: every page with its ids, how to
 * ask whether a file was built, and the public origin (normalised, so that
 * `https://example.org/` and `https://example.org` compare equal).
 */
export function buildSiteIndex(
  pages: readonly BuiltPage[],
  fileExists: (relativePath: string) => boolean,
  origin: string,
): SiteIndex {
  return {
    pages: new Map(pages.map((page) => [page.pathname, { ids: fragmentTargets(page) }])),
    fileExists,
    origin: new URL(origin).origin,
  };
}
