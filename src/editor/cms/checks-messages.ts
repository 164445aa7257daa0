import type { CollectionName } from '../../compliance/core/document.ts';
import type { Finding } from '../../compliance/core/finding.ts';

/**
 * What the visual editor's checks panel (in the browser) and the dev server's
 * checks endpoint say to each other. Types and names only: the panel imports
 * this file, so it must not import Node or the checker.
 */

/** Where the panel asks for the findings of the open entry. */
export const CHECKS_PATH = '/__backrack/visual-editor/checks';

/** What the panel sends: the entry, and the editor's unsaved text of its file when there is one. */
export interface ChecksRequest {
  collection: CollectionName;
  slug: string;
  /** Keystatic's unsaved text of the file; without it, the file on disk is checked. */
  text?: string;
}

export interface ChecksResponse {
  file: string;
  /** Whether the findings are of unsaved text (else of the file as saved). */
  unsaved: boolean;
  findings: Finding[];
}

/** The file of an entry, or undefined for what is not an entry. */
export function entryFile(collection: string, slug: string): string | undefined {
  if (!['articles', 'products', 'people'].includes(collection)) return undefined;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return undefined;
  return `content/${collection}/${slug}.${collection === 'people' ? 'yaml' : 'mdx'}`;
}
