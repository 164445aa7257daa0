import { isDocument, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { getAttributeValue } from 'domutils';

/** Elements whose content is never shown as text: code, styles, inert templates, no-JS fallbacks. */
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Phrasing elements: text flows through them. Any other element starts a new
 * line or box, so its text must not run into the text beside it.
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Runs of white space (including line breaks and no-break spaces) as one space, trimmed. */
export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether an inline `style` says `display: none` (with or without `!important`). */
function styleHides(style: string): boolean {
  return style.split(';').some((declaration) => {
    const colon = declaration.indexOf(':');
    if (colon < 0) return false;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    return property === 'display' && value === 'none';
  });
}

/**
 * Whether this element itself hides its content from visitors: never-shown
 * elements, `hidden`, `aria-hidden="true"` (hidden from screen readers, so
 * not something every visitor gets) and inline `display: none`.
 */
export function hidesContent(element: Element): boolean {
  if (NEVER_SHOWN.has(element.name)) return true;
  if (element.attribs['hidden'] !== undefined) return true;
  if (getAttributeValue(element, 'aria-hidden')?.trim().toLowerCase() === 'true') return true;
  return styleHides(getAttributeValue(element, 'style') ?? '');
}

/** Whether the node, or any element around it, hides it. */
export function isHidden(node: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (isTag(current) && hidesContent(current)) return true;
  }
  return false;
}

function collect(node: AnyNode, parts: string[]): void {
  if (isText(node)) {
    parts.push(node.data);
  } else if (isTag(node)) {
    if (hidesContent(node)) return;
    // A line break or a block edge separates words even with no space in the HTML.
    const separate = node.name === 'br' || !INLINE_ELEMENTS.has(node.name);
    if (separate) parts.push(' ');
    for (const child of node.children) collect(child, parts);
    if (separate) parts.push(' ');
  } else if (isDocument(node)) {
    for (const child of node.children) collect(child, parts);
  }
}

/**
 * The text a visitor sees inside a node, white space collapsed: hidden parts
 * are left out, and blocks and `<br>` are kept apart by a space. It does not
 * look at the node's ancestors; use `isHidden` for that.
 */
export function visibleText(node: AnyNode): string {
  const parts: string[] = [];
  collect(node, parts);
  return collapseWhitespace(parts.join(''));
}
