import { extname } from 'node:path';
import type { CollectionName } from '../../compliance/core/document.ts';
import { inferCollection } from '../../compliance/source/content-files.ts';

/** Where the claims rules' data lives: the wording list and the categories. */
const CLAIMS_DATA = /^content\/compliance\/[^/]+\.yaml$/;
const PEOPLE = /^content\/people\/[^/]+\.yaml$/;
const PRODUCTS = /^content\/products\/.+\.mdx$/;
const MARKDOWN_CONFIG = '.markdownlint-cli2.jsonc';

/** What the server does with a file an editor opens (paths relative to the root, with forward slashes). */
export type OpenedFile =
  { kind: 'content'; collection: CollectionName } | { kind: 'claims-data' } | { kind: 'other' };

/** Pages in content/ are checked; YAML only where the site reads it: people, and the claims data. */
export function classifyOpened(file: string): OpenedFile {
  if (CLAIMS_DATA.test(file)) return { kind: 'claims-data' };
  if (!file.startsWith('content/')) return { kind: 'other' };
  const extension = extname(file);
  if (extension === '.mdx' || extension === '.md') {
    return { kind: 'content', collection: inferCollection(file) };
  }
  return PEOPLE.test(file) ? { kind: 'content', collection: 'people' } : { kind: 'other' };
}

/**
 * What the findings of every file depend on besides the file itself: the
 * claims data (and the product names the claims model reads from the
 * product pages), the people (authors and reviewers must name one), and
 * markdownlint's settings.
 */
export type SharedInput = 'claims-data' | 'products' | 'people' | 'markdown-config';

export function sharedInputOf(file: string): SharedInput | null {
  if (CLAIMS_DATA.test(file)) return 'claims-data';
  if (PEOPLE.test(file)) return 'people';
  if (PRODUCTS.test(file)) return 'products';
  return file === MARKDOWN_CONFIG ? 'markdown-config' : null;
}

/** The globs, relative to the root, that the server asks the editor to watch for those inputs. */
export const SHARED_INPUT_GLOBS = [
  'content/compliance/*.yaml',
  'content/people/*.yaml',
  'content/products/**/*.mdx',
  MARKDOWN_CONFIG,
] as const;
