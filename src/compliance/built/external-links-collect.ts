import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { selectAll } from 'css-select';
import type { BuiltPage } from './types.ts';

/** Every http(s) link to another site, with the pages that carry it. */
export function collectExternalLinks(
  pages: readonly BuiltPage[],
  origin: string,
): { url: string; pathnames: string[] }[] {
  const links = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const anchor of selectAll<AnyNode, Element>('a[href], area[href]', page.document)) {
      const href = getAttributeValue(anchor, 'href')?.trim();
      if (!href || !/^https?:\/\//i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        continue;
      }
      if (url.origin === origin) continue;
      links.set(href, (links.get(href) ?? new Set()).add(page.pathname));
    }
  }
  return [...links].map(([url, pathnames]) => ({ url, pathnames: [...pathnames].sort() }));
}
