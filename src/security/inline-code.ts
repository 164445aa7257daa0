/**
 * The inline code in a built page that a Content-Security-Policy governs:
 * `<script>` and `<style>` elements with their code in the page, style
 * attributes and event-handler attributes. Each comes with the hash a policy
 * would have to list for the browser to run it.
 */
import { createHash } from 'node:crypto';
import type { Document, Element } from 'domhandler';
import { getElementsByTagName, textContent } from 'domutils';
import type { InlineKind } from './csp.ts';

export interface InlineCode {
  kind: InlineKind;
  /** How to name it in a message, e.g. `<script>` or `style attribute of <div>`, after "the inline". */
  label: string;
  /** `sha256-…`, as a CSP source without its quotes. */
  hash: string;
  /** The first characters of the code, to recognise it by. */
  excerpt: string;
  /** The code itself. */
  code: string;
}

/**
 * Script types a browser runs. Anything else (`application/ld+json`,
 * `importmap` aside) is a data block, which no CSP governs.
 */
const EXECUTABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
  'importmap',
]);

export const cspHash = (code: string): string =>
  `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;

const excerptOf = (code: string): string => {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

function elementsOf(document: Document): Element[] {
  return getElementsByTagName(() => true, document.children, true);
}

export function findInlineCode(document: Document): InlineCode[] {
  const found: InlineCode[] = [];
  const add = (kind: InlineKind, label: string, code: string) =>
    found.push({
      kind,
      label,
      hash: cspHash(code),
      excerpt: excerptOf(code),
      code,
    });

  for (const element of elementsOf(document)) {
    const { name, attribs } = element;
    if (name === 'script' && attribs['src'] === undefined) {
      const type = (attribs['type'] ?? '').trim().toLowerCase();
      if (EXECUTABLE_SCRIPT_TYPES.has(type)) add('script', '<script>', textContent(element));
    } else if (name === 'style') {
      add('style', '<style>', textContent(element));
    }
    for (const [attribute, value] of Object.entries(attribs)) {
      if (attribute === 'style') {
        add('style-attribute', `style attribute of <${name}>`, value);
      } else if (/^on[a-z]+$/.test(attribute)) {
        add('script-attribute', `${attribute} attribute of <${name}>`, value);
      }
    }
  }
  return found;
}
