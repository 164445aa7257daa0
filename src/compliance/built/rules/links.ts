import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { INSECURE_SCHEMES, insecureScheme } from '../../source/rules/links-insecure.ts';
import { hasExtension, relativeFile, resolveInternal } from '../internal-url.ts';
import { urlPathOf } from '../../core/built-url.ts';
import type { BuiltPage, PageFinding, SiteIndex, SiteRule } from '../types.ts';

/** What an internal link reaches: a built page (whose ids count), a file, or nothing. */
type Target = { kind: 'page'; pathname: string } | { kind: 'file' } | { kind: 'none' };

/**
 * The built page or file at `path`. Pages are served with a trailing slash,
 * but `/x` still reaches `/x/` (the server redirects), so it counts when
 * that page exists. A link to `.../index.html` is that page.
 */
function targetOf(path: string, site: SiteIndex): Target {
  if (site.pages.has(path)) return { kind: 'page', pathname: path };
  if (!path.endsWith('/') && !hasExtension(path) && site.pages.has(`${path}/`)) {
    return { kind: 'page', pathname: `${path}/` };
  }
  const file = relativeFile(path);
  if (path.endsWith('.html') && site.pages.has(urlPathOf(file))) {
    return { kind: 'page', pathname: urlPathOf(file) };
  }
  if (file && !path.endsWith('/') && site.fileExists(file)) return { kind: 'file' };
  return { kind: 'none' };
}

/** A link as a page carries it, to be judged once every page is known. */
export interface LinkNote {
  pathname: string;
  href: string;
}

function checkLink({ href, pathname }: LinkNote, site: SiteIndex): PageFinding[] {
  const base = { severity: 'error', pathname } as const;
  const trace = { kind: 'link', needle: href } as const;
  const scheme = insecureScheme(href);
  if (scheme) {
    const { problem, hint } = INSECURE_SCHEMES[scheme];
    return [
      { ...base, ruleId: 'links/insecure', message: `link "${href}" ${problem}`, hint, trace },
    ];
  }
  const url = resolveInternal(href, pathname, site);
  if (!url) return [];
  const target = targetOf(url.path, site);
  if (target.kind === 'none') {
    return [
      {
        ...base,
        ruleId: 'links/broken',
        message: `link "${href}" points to no page on the site`,
        hint: 'Correct the address (pages end with "/", e.g. /articles/heat-or-ice/) or remove the link',
        trace,
      },
    ];
  }
  const { fragment } = url;
  // `#top` scrolls to the top of any page, with or without such an id.
  if (target.kind !== 'page' || fragment === null || fragment.toLowerCase() === 'top') return [];
  if (site.pages.get(target.pathname)?.ids.has(fragment)) return [];
  const where = target.pathname === pathname ? 'this page' : `the page ${target.pathname}`;
  return [
    {
      ...base,
      ruleId: 'links/anchor',
      message: `link "${href}" names no id "${fragment}" on ${where}`,
      hint: 'Use an id that exists on the target page (a heading "## Heat or ice" gets #heat-or-ice), or drop the #fragment',
      trace,
    },
  ];
}

/**
 * `links/insecure`, `links/broken` and `links/anchor` on every `<a href>`
 * and `<area href>` of a built page: an internal link must reach a built page
 * or file, its `#fragment` must name an id there, and no link may use
 * `http:` or `javascript:`. Links to other sites are `links/external`'s job.
 */
export const linksSiteRule: SiteRule<LinkNote> = {
  ids: ['links/insecure', 'links/broken', 'links/anchor'],
  collect(page: BuiltPage): LinkNote[] {
    return selectAll<AnyNode, Element>('a[href], area[href]', page.document).map((link) => ({
      pathname: page.pathname,
      href: getAttributeValue(link, 'href') ?? '',
    }));
  },
  judge(notes, site): PageFinding[] {
    return notes.flatMap((note) => checkLink(note, site));
  },
};
