/**
 * The content checks beside the visual editor: for the entry open in
 * Keystatic, a panel lists the findings of `npm run check` on the text as
 * it is in the form (Keystatic keeps unsaved text as a draft in IndexedDB),
 * and links to the page's live preview in `astro dev`.
 */

import { OPEN_KEY } from '../toolbar/messages.ts';
import { CHECKS_PATH, entryFile, type ChecksResponse } from './checks-messages.ts';

/** Keystatic's store of unsaved entries (idb-keyval: database "keystatic", store "items"). */
const DRAFTS_DB = 'keystatic';
const DRAFTS_STORE = 'items';
const POLL_MS = 800;

interface OpenEntry {
  collection: 'articles' | 'products' | 'people';
  slug: string;
}

/** The entry a Keystatic address shows, e.g. /keystatic/collection/articles/item/heat-or-ice. */
function entryAt(pathname: string): OpenEntry | undefined {
  const match = /^\/keystatic\/collection\/(articles|products|people)\/item\/([a-z0-9-]+)\/?$/.exec(
    pathname,
  );
  if (!match?.[1] || !match[2]) return undefined;
  return { collection: match[1] as OpenEntry['collection'], slug: match[2] };
}

/** The address of the page an entry becomes, or undefined for people. */
function previewPath(entry: OpenEntry): string | undefined {
  return entry.collection === 'people' ? undefined : `/${entry.collection}/${entry.slug}/`;
}

interface Draft {
  files?: Map<string, Uint8Array>;
  savedAt?: Date;
}

/** Keystatic's unsaved text of the entry's file, if the form has changes. */
function readDraft(entry: OpenEntry, file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const opening = indexedDB.open(DRAFTS_DB);
    opening.onerror = () => resolve(undefined);
    opening.onupgradeneeded = () => {
      // No drafts yet: leave creating the store to Keystatic.
      opening.transaction?.abort();
      resolve(undefined);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains(DRAFTS_STORE)) {
        db.close();
        return resolve(undefined);
      }
      const reading = db
        .transaction(DRAFTS_STORE, 'readonly')
        .objectStore(DRAFTS_STORE)
        .get(['collection', entry.collection, entry.slug]);
      reading.onerror = () => resolve(undefined);
      reading.onsuccess = () => {
        db.close();
        const draft = reading.result as Draft | undefined;
        const contents = draft?.files?.get(file);
        resolve(contents ? new TextDecoder().decode(contents) : undefined);
      };
    };
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const STYLE = `
#backrack-checks { position: fixed; right: 16px; bottom: 16px; z-index: 1000; width: 380px;
  max-height: 45vh; overflow: auto; background: #fff; color: #1a1a1a; border: 2px solid #1a1a1a;
  border-radius: 8px; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
#backrack-checks header { display: flex; gap: 8px; align-items: center; justify-content: space-between;
  padding: 8px 12px; background: #f2f2f2; border-bottom: 1px solid #ccc; position: sticky; top: 0; }
#backrack-checks h2 { margin: 0; font-size: 15px; }
#backrack-checks ul { list-style: none; margin: 0; padding: 0; }
#backrack-checks li { padding: 8px 12px; border-bottom: 1px solid #eee; }
#backrack-checks li[data-severity="error"] .severity { color: #b00020; font-weight: 700; }
#backrack-checks li[data-severity="warning"] .severity { color: #8a5a00; font-weight: 700; }
#backrack-checks .rule, #backrack-checks .place { color: #555; font-size: 12px; }
#backrack-checks .status { padding: 8px 12px; margin: 0; }
#backrack-checks a { color: #0b57d0; }
`;

/** Shows the findings of the open entry and keeps them current while the editor types. */
export function startChecksPanel(): void {
  const style = element('style', {}, STYLE);
  document.head.append(style);
  const panel = element('section', {
    id: 'backrack-checks',
    'aria-labelledby': 'backrack-checks-title',
    hidden: '',
  });
  const header = element('header');
  const title = element('h2', { id: 'backrack-checks-title' }, 'Content checks');
  const preview = element(
    'a',
    { target: '_blank', rel: 'noopener', 'data-preview': '' },
    'Open preview',
  );
  header.append(title, preview);
  // The preview opens in a new tab with the dev toolbar's Content checks app open: a tab opened
  // from this one starts with a copy of its sessionStorage, where the app keeps that it was open.
  preview.addEventListener('click', (event) => {
    event.preventDefault();
    sessionStorage.setItem(OPEN_KEY, '1');
    window.open(preview.href, '_blank');
  });
  const status = element('p', { class: 'status', role: 'status' });
  const list = element('ul', { 'data-findings': '' });
  panel.append(header, status, list);
  document.body.append(panel);

  let shown: string | undefined;
  let busy = false;

  function render(result: ChecksResponse): void {
    const errors = result.findings.filter((finding) => finding.severity === 'error').length;
    const warnings = result.findings.length - errors;
    panel.dataset['errors'] = String(errors);
    status.textContent =
      result.findings.length === 0
        ? `No problems found in ${result.file}${result.unsaved ? ' (unsaved changes)' : ''}.`
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${result.file}${result.unsaved ? ' (unsaved changes)' : ''}`;
    list.replaceChildren(
      ...result.findings.map((finding) => {
        const item = element('li', {
          'data-rule': finding.ruleId,
          'data-severity': finding.severity,
        });
        const place = finding.position ? `line ${finding.position.line}` : 'position unavailable';
        item.append(
          element('span', { class: 'severity' }, finding.severity),
          document.createTextNode(' '),
          element('span', { class: 'message' }, finding.message),
          element('br'),
          element('span', { class: 'rule' }, finding.ruleId),
          document.createTextNode(' · '),
          element('span', { class: 'place' }, place),
        );
        if (finding.hint) item.title = finding.hint;
        return item;
      }),
    );
  }

  async function refresh(): Promise<void> {
    const entry = entryAt(location.pathname);
    if (!entry) {
      panel.hidden = true;
      shown = undefined;
      return;
    }
    panel.hidden = false;
    const path = previewPath(entry);
    preview.hidden = path === undefined;
    if (path) preview.href = path;
    const file = entryFile(entry.collection, entry.slug);
    if (!file) return;
    const text = await readDraft(entry, file);
    const key = `${file}\n${text ?? ''}`;
    if (key === shown) return;
    shown = key;
    status.textContent = 'Checking…';
    const response = await fetch(CHECKS_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...entry, ...(text !== undefined ? { text } : {}) }),
    });
    if (!response.ok) {
      status.textContent = `The checks could not run: ${await response.text()}`;
      return;
    }
    render((await response.json()) as ChecksResponse);
  }

  setInterval(() => {
    if (busy) return;
    busy = true;
    refresh()
      .catch((error: unknown) => {
        status.textContent = `The checks could not run: ${String(error)}`;
        shown = undefined;
      })
      .finally(() => (busy = false));
  }, POLL_MS);
}
