import { selectAll, selectOne } from 'css-select';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { SpanBuilder, type ProseSpan } from '../claims/span.ts';
import type { BuiltPage } from './types.ts';
import { hidesContent, INLINE_ELEMENTS, isHidden } from './visible-text.ts';

/** Meta tags whose content search engines and social networks show as the page's summary. */
const SUMMARY_META =
  'meta[name="description"], meta[property="og:description"], meta[name="twitter:description"], meta[property="twitter:description"]';

/**
 * A citation marker as the Cite component renders it: a link to one of the
 * page's numbered sources. It lets `unlessCited` wording pass, as `<Cite />`
 * does in the MDX.
 */
const isCitation = (element: Element): boolean =>
  element.name === 'a' && (getAttributeValue(element, 'href') ?? '').startsWith('#source-');

/** An entry of the page's list of sources, which citation markers link to (`#source-1`). */
const isCitedSource = (element: Element): boolean =>
  element.name === 'li' && (getAttributeValue(element, 'id') ?? '').startsWith('source-');

/** A span of text that does not come from a source file, so it has no file offsets. */
function spanOf(text: string): ProseSpan {
  const builder = new SpanBuilder();
  builder.addUnmapped(text);
  return builder.build();
}

/** One span per block of visible text, so that sentences in different blocks never run together. */
function blockSpans(body: AnyNode): ProseSpan[] {
  const spans: ProseSpan[] = [];
  let builder = new SpanBuilder();
  let text = '';
  const flush = (): void => {
    if (text.trim()) spans.push(builder.build());
    builder = new SpanBuilder();
    text = '';
  };
  const add = (value: string): void => {
    builder.addUnmapped(value);
    text += value;
  };
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      add(node.data);
      return;
    }
    if (!isTag(node) || hidesContent(node)) return;
    // A source the page cites is the title of someone else's work, not the page's own claim.
    if (isCitedSource(node)) return;
    if (isCitation(node)) {
      builder.cite();
      return;
    }
    if (node.name === 'br') {
      add(' ');
      return;
    }
    const block = !INLINE_ELEMENTS.has(node.name);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  walk(body);
  flush();
  return spans;
}

/** Every string value in a JSON-LD block, at any depth. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

function structuredData(root: AnyNode): string[] {
  return selectAll<AnyNode, Element>('script[type="application/ld+json"]', root).flatMap(
    (script) => {
      try {
        return jsonStrings(JSON.parse(textContent(script)));
      } catch {
        // Malformed JSON-LD is the structured-data test's concern, not a claim.
        return [];
      }
    },
  );
}

/**
 * All the prose a built page puts in front of people and search engines:
 * visible body text block by block, image alt text, `<title>`, the meta
 * and social descriptions, and the text values of JSON-LD.
 */
export function pageProse(page: BuiltPage): readonly ProseSpan[] {
  // The claims rules each read the same page: its spans are built once, and shared.
  let spans = proseOf.get(page);
  if (!spans) {
    spans = readPageProse(page);
    proseOf.set(page, spans);
  }
  return spans;
}

const proseOf = new WeakMap<BuiltPage, readonly ProseSpan[]>();

function readPageProse(page: BuiltPage): ProseSpan[] {
  const root = page.document;
  const body = selectOne<AnyNode, Element>('body', root);
  const alts = selectAll<AnyNode, Element>('img[alt]', root)
    .filter((image) => !isHidden(image))
    .map((image) => getAttributeValue(image, 'alt') ?? '');
  const title = selectOne<AnyNode, Element>('title', root);
  const summaries = selectAll<AnyNode, Element>(SUMMARY_META, root).map(
    (meta) => getAttributeValue(meta, 'content') ?? '',
  );
  const others = [title ? textContent(title) : '', ...summaries, ...alts, ...structuredData(root)];
  return [...(body ? blockSpans(body) : []), ...others.filter((text) => text.trim()).map(spanOf)];
}
