import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { relativeFile, resolveInternal } from '../internal-url.ts';
import type { PageFinding, PageRule } from '../types.ts';

const RULE_ID = 'links/asset';

/** `rel` values whose `href` the browser fetches from this build; canonical and alternate are pages. */
const FETCHED_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'sitemap',
]);

/** Each element and attribute holding a file address, and which way the tracer should look for it. */
const SOURCES: readonly { selector: string; attribute: string; kind: 'image' | 'link' }[] = [
  {
    selector: 'img[src], source[src], video[src], audio[src], track[src]',
    attribute: 'src',
    kind: 'image',
  },
  { selector: 'img[srcset], source[srcset]', attribute: 'srcset', kind: 'image' },
  { selector: 'video[poster]', attribute: 'poster', kind: 'image' },
  { selector: 'script[src]', attribute: 'src', kind: 'image' },
  { selector: 'link[href]', attribute: 'href', kind: 'link' },
];

/**
 * The URLs of a `srcset`: candidates are separated by commas, each a URL and
 * an optional descriptor (`480w`, `2x`). A URL may itself contain commas, so
 * it runs to the next white space, as in the HTML standard's parser.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let index = 0;
  const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);
  while (index < srcset.length) {
    while (index < srcset.length && (isSpace(srcset[index]) || srcset[index] === ',')) index += 1;
    const start = index;
    while (index < srcset.length && !isSpace(srcset[index])) index += 1;
    let url = srcset.slice(start, index);
    const bare = url.replace(/,+$/, '');
    if (bare !== url) {
      // "a.png," has no descriptor: the comma ends the candidate.
      url = bare;
    } else {
      while (index < srcset.length && srcset[index] !== ',') index += 1;
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** The addresses an element makes the browser fetch, as written in the HTML. */
function addresses(element: Element, attribute: string): string[] {
  const value = getAttributeValue(element, attribute) ?? '';
  if (attribute === 'srcset') return srcsetUrls(value);
  if (element.name === 'link') {
    const rels = (getAttributeValue(element, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.some((rel) => FETCHED_RELS.has(rel))) return [];
  }
  return value.trim() ? [value] : [];
}

/**
 * `links/asset`: images, scripts, styles, icons and media that a built page
 * loads from this site must exist in the build. Addresses on other sites
 * are not fetched here.
 */
export const linksAssetPageRule: PageRule = {
  ids: [RULE_ID],
  check(page, site): PageFinding[] {
    const findings: PageFinding[] = [];
    const seen = new Set<string>();
    for (const { selector, attribute, kind } of SOURCES) {
      for (const element of selectAll<AnyNode, Element>(selector, page.document)) {
        for (const address of addresses(element, attribute)) {
          const url = resolveInternal(address, page.pathname, site);
          if (!url || seen.has(address)) continue;
          const file = relativeFile(url.path);
          if (file && !file.endsWith('/') && site.fileExists(file)) continue;
          // One finding per address: an image in both src and srcset is one fault.
          seen.add(address);
          findings.push({
            ruleId: RULE_ID,
            severity: 'error',
            pathname: page.pathname,
            message: `"${address}" (in <${element.name} ${attribute}>) is not in the build`,
            hint: 'Add the file (under public/, or import it with astro:assets), or correct the path',
            trace: { kind, needle: address },
          });
        }
      }
    }
    return findings;
  },
};
