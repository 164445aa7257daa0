/**
 * Finds on the page on screen what a finding points at, for the toolbar app
 * to outline: a link by its href, an image by its src, a heading or words
 * by their text. Browser code; the text search itself is in text-match.ts.
 */
import type { Target } from './messages.ts';
import { findAcross, normalise } from './text-match.ts';

/** What holds no text a reader sees, or is the toolbar itself. */
const UNSEEN = 'script, style, noscript, template, astro-dev-toolbar, astro-dev-overlay';

/** What to outline, and what it holds. */
export interface Located {
  /** Its boxes now, in viewport coordinates (as `getClientRects` gives them). */
  rects(): DOMRect[];
  text: string;
  /** What to scroll into view. */
  element: Element;
}

const ofElement = (element: Element): Located => ({
  rects: () => [element.getBoundingClientRect()],
  text: element instanceof HTMLImageElement ? element.alt : (element.textContent ?? '').trim(),
  element,
});

/** The file name at the end of a path, without a query: `./images/x.svg` → `x.svg`. */
const fileName = (path: string): string => path.split(/[?#]/)[0]?.split('/').pop() ?? '';

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function findImage(needle: string): Element | undefined {
  const images = [...document.querySelectorAll('img, source, video')];
  const exact = images.find((image) => image.getAttribute('src') === needle);
  if (exact) return exact;
  // The dev server serves a source's `./images/x.svg` through /_image?href=…/x.svg.
  const name = fileName(needle);
  return name
    ? images.find((image) => decoded(image.getAttribute('src') ?? '').includes(`/${name}`))
    : undefined;
}

function findLink(needle: string): Element | undefined {
  const links = [...document.querySelectorAll('a[href], area[href]')];
  const resolved = new URL(needle, location.href).href;
  return (
    links.find((link) => link.getAttribute('href') === needle) ??
    links.find((link) => link instanceof HTMLAnchorElement && link.href === resolved)
  );
}

function findHeading(needle: string): Element | undefined {
  const wanted = normalise(needle);
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  return headings.find((heading) => normalise(heading.textContent ?? '') === wanted);
}

function textNodes(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(UNSEEN) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) nodes.push(node);
  }
  return nodes;
}

function findText(needle: string): Located | null {
  const nodes = textNodes();
  const found = findAcross(
    nodes.map((node) => node.data),
    needle,
  );
  const start = found && nodes[found.start.index];
  const end = found && nodes[found.end.index];
  if (!found || !start || !end) return null;
  const range = document.createRange();
  range.setStart(start, found.start.offset);
  range.setEnd(end, found.end.offset);
  const element = start.parentElement ?? document.body;
  return { rects: () => [...range.getClientRects()], text: range.toString(), element };
}

/** Where the target is on the page, or null when the page does not show it. */
export function locate(target: Target): Located | null {
  switch (target.kind) {
    case 'image': {
      const image = findImage(target.needle);
      return image ? ofElement(image) : null;
    }
    case 'link': {
      const link = findLink(target.needle);
      return link ? ofElement(link) : null;
    }
    case 'heading': {
      const heading = findHeading(target.needle);
      return heading ? ofElement(heading) : findText(target.needle);
    }
    case 'text':
      return findText(target.needle);
  }
}
