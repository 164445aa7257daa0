/**
 * The "Content checks" app in Astro's dev toolbar (browser code, loaded by
 * `astro dev` only). It sends the page on screen, as the dev server renders
 * it, to the integration's hook, lists what both phases of the checks find,
 * outlines a finding on the page when it is clicked, and asks again when
 * the server says a file was saved.
 */
import { defineToolbarApp } from 'astro/toolbar';
import {
  APP_ID,
  OPEN_KEY,
  CHANGED_EVENT,
  CHECK_EVENT,
  REPORT_EVENT,
  type ChangedFile,
  type CheckReport,
  type CheckRequest,
  type ShownFinding,
} from './messages.ts';
import { locate } from './page-targets.ts';

/** A burst of saves (an editor writing a file twice) is checked once. */
const CHANGE_DELAY_MS = 60;
/**
 * How long after a content file is saved the page reloads Astro asks for
 * are taken over: Astro asks once the content layer has the new text (on a
 * slow machine, seconds later), and once more for the MDX module.
 */
const SWAP_WINDOW_MS = 8000;
/** A path no page has: Vite reloads only the page a `.html` path names. */
const NO_PAGE = '/__backrack-content-checks__/no-page.html';
/** What the page gets from `astro dev` itself, which a swap keeps. */
const DEV_ELEMENTS = /^(?:astro-dev-|vite-)/i;

const STYLE = `
  :host { all: initial; }
  #panel {
    position: fixed; right: 16px; bottom: 72px; z-index: 2000000011;
    width: min(460px, calc(100vw - 32px)); max-height: min(60vh, 560px); overflow: auto;
    background: #13151a; color: #e6e8ec; border: 1px solid #343841; border-radius: 12px;
    font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 10px 30px rgba(0, 0, 0, 0.35);
  }
  header { position: sticky; top: 0; background: #13151a; padding: 10px 14px; border-bottom: 1px solid #343841; }
  h2 { margin: 0; font-size: 14px; }
  #summary { margin: 2px 0 0; color: #a1a6b3; font-size: 12px; }
  ol { list-style: none; margin: 0; padding: 6px; }
  li { border-radius: 8px; }
  li + li { margin-top: 4px; }
  li[data-active] { background: #232731; }
  .finding { all: unset; display: block; box-sizing: border-box; width: 100%; padding: 8px 10px; cursor: pointer; border-radius: 8px; }
  .finding:hover, .finding:focus-visible { background: #2a2f3a; }
  .finding:focus-visible { outline: 2px solid #8ab4ff; }
  .head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
  .severity { font-weight: 700; text-transform: uppercase; font-size: 11px; padding: 1px 6px; border-radius: 4px; }
  .severity.error { background: #b3261e; color: #fff; }
  .severity.warning { background: #f2c94c; color: #13151a; }
  .rule { font-family: ui-monospace, monospace; color: #c9d1ff; }
  .phase { color: #a1a6b3; font-size: 11px; }
  .message, .hint, .place { display: block; }
  .message { margin: 4px 0 0; }
  .hint { margin: 2px 0 0; color: #a1a6b3; }
  .place { margin: 4px 0 0; font-family: ui-monospace, monospace; font-size: 12px; color: #a1a6b3; }
  .actions { display: flex; gap: 8px; padding: 0 10px 8px; align-items: center; }
  .actions button { font: inherit; font-size: 12px; color: #e6e8ec; background: #343841; border: 0; border-radius: 6px; padding: 3px 8px; cursor: pointer; }
  .note { color: #a1a6b3; font-size: 12px; }
  .outline {
    position: absolute; pointer-events: none; z-index: 2000000009;
    outline: 3px solid #ff5c5c; outline-offset: 2px; border-radius: 2px;
    background: rgba(255, 92, 92, 0.12);
  }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  name: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value);
  if (text !== undefined) created.textContent = text;
  return created;
}

const place = (finding: ShownFinding): string =>
  finding.line === null
    ? `${finding.file} (position unavailable)`
    : `${finding.file}:${finding.line}:${finding.column ?? 1}`;

/** The project root as the toolbar knows it, with a trailing slash. */
function projectRoot(): string {
  const metadata: unknown = Reflect.get(window, '__astro_dev_toolbar__');
  const root = typeof metadata === 'object' && metadata ? Reflect.get(metadata, 'root') : '';
  const text = typeof root === 'string' ? root : '';
  return text.endsWith('/') ? text : `${text}/`;
}

/** The app's button in the toolbar, where the count of errors is shown (null if Astro changed it). */
const toolbarButton = (): HTMLElement | null =>
  document
    .querySelector('astro-dev-toolbar')
    ?.shadowRoot?.querySelector<HTMLElement>(`button[data-app-id="${APP_ID}"]`) ?? null;

/** The count of errors on the app's icon; false when the button cannot be found. */
function showCount(errors: number, warnings: number): boolean {
  const button = toolbarButton();
  const icon = button?.querySelector('.icon');
  if (!button || !icon) return false;
  let badge = icon.querySelector<HTMLElement>('[data-content-checks-count]');
  if (!badge) {
    badge = element('span', { 'data-content-checks-count': '' });
    badge.style.cssText =
      'position:absolute;top:-7px;left:-9px;min-width:14px;height:14px;padding:0 3px;box-sizing:border-box;border-radius:7px;background:#b3261e;color:#fff;font:700 10px/14px system-ui,sans-serif;text-align:center;';
    icon.append(badge);
  }
  badge.textContent = errors > 99 ? '99+' : String(errors);
  badge.style.display = errors > 0 ? 'block' : 'none';
  const tooltip = button.querySelector('.item-tooltip');
  if (tooltip) {
    tooltip.textContent = `Content checks: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  }
  return true;
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const style = element('style', {}, STYLE);
    const panel = element('section', { id: 'panel', 'aria-label': 'Content checks' });
    const header = element('header');
    const summary = element('p', { id: 'summary' }, 'Checking…');
    const list = element('ol', { id: 'findings' });
    header.append(element('h2', {}, 'Content checks'), summary);
    panel.append(header, list);
    const outlines = element('div', { id: 'outlines' });
    canvas.append(style, panel, outlines);

    // Another tab asks too, and every tab hears every answer: start where it will not.
    let asked = Math.floor(Math.random() * 1e9);
    let changeTimer: ReturnType<typeof setTimeout> | undefined;

    const clearOutline = (): void => {
      outlines.replaceChildren();
      list
        .querySelectorAll('li[data-active]')
        .forEach((item) => item.removeAttribute('data-active'));
    };

    function outline(finding: ShownFinding, item: HTMLLIElement, note: HTMLElement): void {
      clearOutline();
      item.setAttribute('data-active', '');
      const found = finding.target ? locate(finding.target) : null;
      if (!found) {
        note.textContent = finding.target
          ? 'Not shown on this page as written (it may be in the metadata).'
          : 'Nothing on the page to show: open the file.';
        return;
      }
      note.textContent = '';
      // A quarter of the way down: the panel covers the lower right of the window.
      const top = found.rects()[0]?.top ?? found.element.getBoundingClientRect().top;
      window.scrollTo({ top: top + window.scrollY - window.innerHeight / 4, behavior: 'instant' });
      for (const rect of found.rects()) {
        if (rect.width === 0 && rect.height === 0) continue;
        const box = element('div', { class: 'outline', 'data-outlined': found.text });
        box.style.top = `${rect.top + window.scrollY}px`;
        box.style.left = `${rect.left + window.scrollX}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        outlines.append(box);
      }
    }

    function openInEditor(finding: ShownFinding): void {
      const where = `${projectRoot()}${finding.file}:${finding.line ?? 1}:${finding.column ?? 1}`;
      void fetch(`/__open-in-editor?file=${encodeURIComponent(where)}`);
    }

    function item(finding: ShownFinding): HTMLLIElement {
      const entry = element('li', {
        'data-rule': finding.ruleId,
        'data-severity': finding.severity,
      });
      const button = element('button', { class: 'finding', type: 'button' });
      const head = element('span', { class: 'head' });
      head.append(
        element('span', { class: `severity ${finding.severity}` }, finding.severity),
        element('span', { class: 'rule' }, finding.ruleId),
        element(
          'span',
          { class: 'phase' },
          finding.phase === 'source' ? 'in the MDX' : 'on the page',
        ),
      );
      button.append(head, element('span', { class: 'message' }, finding.message));
      if (finding.hint) button.append(element('span', { class: 'hint' }, finding.hint));
      button.append(element('span', { class: 'place' }, place(finding)));
      const actions = element('div', { class: 'actions' });
      const open = element('button', { type: 'button', class: 'open' }, 'Open in editor');
      const note = element('span', { class: 'note' });
      actions.append(open, note);
      button.addEventListener('click', () => outline(finding, entry, note));
      open.addEventListener('click', () => openInEditor(finding));
      entry.append(button, actions);
      return entry;
    }

    function render(current: CheckReport): void {
      clearOutline();
      const errors = current.findings.filter((finding) => finding.severity === 'error').length;
      const warnings = current.findings.length - errors;
      summary.textContent = current.failure
        ? `The checks failed: ${current.failure}`
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} on ${current.pathname}${current.source ? ` (${current.source})` : ''} · checked in ${current.elapsedMs} ms`;
      summary.dataset['errors'] = String(errors);
      list.replaceChildren(...current.findings.map(item));
      const counted = showCount(errors, warnings);
      // The dot is Astro's own signal; the count replaces it for errors where it can be shown.
      const dot = counted ? errors === 0 && warnings > 0 : errors + warnings > 0;
      app.toggleNotification(
        dot ? { state: true, level: errors > 0 ? 'error' : 'warning' } : { state: false },
      );
    }

    /** Sends the page, as the dev server renders it, to be checked. */
    function send(pathname: string, html: string): void {
      asked += 1;
      server.send<CheckRequest>(CHECK_EVENT, { id: asked, pathname, html });
    }

    /** The page as the dev server renders it now: what is on screen may predate the save. */
    async function rendered(): Promise<{ pathname: string; html: string; ok: boolean }> {
      const pathname = location.pathname;
      const response = await fetch(pathname + location.search, {
        headers: { accept: 'text/html' },
      });
      return { pathname, html: await response.text(), ok: response.ok };
    }

    let fetching = 0;
    const recheck = (): void => {
      fetching += 1;
      const mine = fetching;
      rendered()
        .then(({ pathname, html }) => {
          // A later save asked again; its text is newer.
          if (mine === fetching) send(pathname, html);
        })
        .catch((error: unknown) => {
          summary.textContent = `Could not fetch the page: ${String(error)}`;
        });
    };

    /**
     * The new text swapped into the page in place of Astro's reload: the
     * body's content (less the toolbar) and the title, from the page as the
     * server now renders it. Scripts in it do not run again, so this is
     * done on content pages only, which have none of their own.
     */
    async function swapInPlace(): Promise<void> {
      fetching += 1;
      const { pathname, html, ok } = await rendered();
      // An error page (the MDX no longer parses) is Astro's to show.
      if (!ok) return location.reload();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      const isDev = (node: Node): boolean =>
        node instanceof Element && DEV_ELEMENTS.test(node.localName);
      // The toolbar stays where it is: moved, it would start its apps again.
      for (const node of [...document.body.childNodes]) if (!isDev(node)) node.remove();
      const incoming = [...fresh.body.childNodes].filter((node) => !isDev(node));
      document.body.prepend(...incoming);
      document.title = fresh.title;
      document.dispatchEvent(new CustomEvent(`${APP_ID}:swapped`));
      send(pathname, html);
    }

    let report: CheckReport | undefined;
    server.on<CheckReport>(REPORT_EVENT, (received) => {
      // Answers to other tabs, or to an older question, are not this page's.
      if (received.id !== asked || received.pathname !== location.pathname) return;
      report = received;
      render(received);
    });

    let contentSavedAt = Number.NEGATIVE_INFINITY;
    let swapTimer: ReturnType<typeof setTimeout> | undefined;
    server.on<ChangedFile>(CHANGED_EVENT, ({ file }) => {
      if (file.startsWith('content/')) contentSavedAt = performance.now();
      clearTimeout(changeTimer);
      changeTimer = setTimeout(recheck, CHANGE_DELAY_MS);
    });
    server.on<{ path?: string }>('vite:beforeFullReload', (payload) => {
      const onContentPage = report?.source?.startsWith('content/') === true;
      // Layouts, components and config changes reload as Astro means them to.
      if (!onContentPage || performance.now() - contentSavedAt > SWAP_WINDOW_MS) return;
      // Vite reads the payload after its listeners: naming no page keeps this one.
      payload.path = NO_PAGE;
      clearTimeout(swapTimer);
      swapTimer = setTimeout(() => {
        swapInPlace().catch(() => location.reload());
      }, CHANGE_DELAY_MS);
    });
    app.onToggled(({ state }) => {
      sessionStorage.setItem(OPEN_KEY, state ? '1' : '0');
      if (!state) clearOutline();
    });
    // Outlines are drawn where the text was: a new layout (a narrower window) moves the text.
    window.addEventListener('resize', clearOutline);

    recheck();
    if (sessionStorage.getItem(OPEN_KEY) === '1') app.toggleState({ state: true });
  },
  beforeTogglingOff(canvas) {
    canvas.querySelector('#outlines')?.replaceChildren();
    return true;
  },
});
