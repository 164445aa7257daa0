import type { Nodes, Root } from 'mdast';
import type { SourceDocument } from '../core/document.ts';
import type { JsxElement } from '../core/jsx.ts';
import { frontmatterSpans } from './frontmatter-prose.ts';
import { alignOffsets, SpanBuilder, type ProseSpan } from './span.ts';

/** Blocks whose inline content is one span of prose. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Flow nodes that hold no prose: data, code, raw HTML, import/export and `{…}` expressions. */
const NOT_PROSE = new Set([
  'yaml',
  'toml',
  'code',
  'html',
  'definition',
  'mdxjsEsm',
  'mdxFlowExpression',
]);

/**
 * Every span of prose a reader sees on the page: the frontmatter's title,
 * description, name, FAQ, picture alt text and product facts in words, then
 * the MDX body's paragraphs, headings, list items, table cells, quotes, link
 * text and image alt text. Code, inline code, import/export lines,
 * expressions and URLs are left out.
 */
export function proseSpans(document: SourceDocument): readonly ProseSpan[] {
  // Three claims rules read the same document: its spans are built once.
  let spans = spansOf.get(document);
  if (!spans) {
    const built = frontmatterSpans(document);
    if (document.tree) built.push(...bodySpans(document.tree, document.source));
    spans = built;
    spansOf.set(document, spans);
  }
  return spans;
}

const spansOf = new WeakMap<SourceDocument, readonly ProseSpan[]>();

function bodySpans(tree: Root, source: string): ProseSpan[] {
  const spans: ProseSpan[] = [];
  const visit = (node: Nodes): void => {
    if (NOT_PROSE.has(node.type)) return;
    if (PROSE_BLOCKS.has(node.type)) {
      const builder = new SpanBuilder();
      addInline(node, builder, spans, source);
      spans.push(builder.build());
      return;
    }
    if (node.type === 'mdxJsxFlowElement') spans.push(...propSpans(node, source));
    // Lists, quotes and components such as <Callout> hold paragraphs of their own.
    if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
  };
  visit(tree);
  return spans;
}

function addInline(node: Nodes, builder: SpanBuilder, spans: ProseSpan[], source: string): void {
  switch (node.type) {
    case 'text': {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const offsets =
        start === undefined || end === undefined
          ? node.value.split('').map(() => -1)
          : alignOffsets(node.value, source, start, end);
      builder.add(node.value, offsets);
      return;
    }
    case 'image':
    case 'imageReference':
      // Alt text is prose of its own, not part of the sentence around the picture.
      builder.gap();
      if (node.alt) spans.push(altSpan(node.alt, node.position, source));
      return;
    case 'mdxJsxTextElement':
      if (node.name === 'Cite') {
        builder.cite();
        return;
      }
      spans.push(...propSpans(node, source));
      break;
    case 'break':
      builder.add('\n', [-1]);
      return;
    case 'inlineCode':
    case 'mdxTextExpression':
    case 'html':
    case 'footnoteReference':
      builder.gap();
      return;
    default:
      break;
  }
  if ('children' in node) {
    node.children.forEach((child) => addInline(child as Nodes, builder, spans, source));
  }
}

/** Component props whose text a reader sees: `<Figure alt="…" caption="…" />`, `<Callout title="…">`. */
const READER_FACING_PROPS: ReadonlySet<string> = new Set([
  'alt',
  'title',
  'caption',
  'label',
  'heading',
  'description',
  'summary',
]);

/** One span per reader-facing prop written as a plain string, at its place in the source. */
function propSpans(node: JsxElement, source: string): ProseSpan[] {
  return node.attributes.flatMap((attribute) => {
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      !READER_FACING_PROPS.has(attribute.name) ||
      typeof attribute.value !== 'string'
    ) {
      return [];
    }
    const value = attribute.value;
    const start = attribute.position?.start.offset;
    const end = attribute.position?.end.offset;
    const builder = new SpanBuilder();
    builder.add(
      value,
      start === undefined || end === undefined
        ? value.split('').map(() => -1)
        : alignOffsets(value, source, start + attribute.name.length + 2, end),
    );
    return [builder.build()];
  });
}

/** `![alt](url)`: the alt text starts two characters after the image's start. */
function altSpan(alt: string, position: Nodes['position'], source: string): ProseSpan {
  const builder = new SpanBuilder();
  const start = position?.start.offset;
  const end = position?.end.offset;
  const offsets =
    start === undefined || end === undefined
      ? alt.split('').map(() => -1)
      : alignOffsets(alt, source, start + 2, end);
  builder.add(alt, offsets);
  return builder.build();
}
