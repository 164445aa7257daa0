import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { BuiltPage, SiteIndex } from './types.ts';

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

/** A page as the site index knows it: its URL path and the ids a `#fragment` can name there. */
export interface IndexedPage {
  pathname: string;
  ids: string[];
}

/** What the site index needs of a page, in plain data that can cross threads. */
export const indexPage = (page: BuiltPage): IndexedPage => ({
  pathname: page.pathname,
  ids: [...fragmentTargets(page)],
});

/**
 * What the site-wide rules know: every page with its ids, how to ask whether
 * a file was built, and the public origin (normalised, so that
 * `https://example.org/` and `https://example.org` compare equal).
 */
export function buildSiteIndex(
  pages: readonly IndexedPage[],
  fileExists: (relativePath: string) => boolean,
  origin: string,
): SiteIndex {
  return {
    pages: new Map(pages.map((page) => [page.pathname, { ids: new Set(page.ids) }])),
    fileExists,
    origin: new URL(origin).origin,
  };
}
