/**
 * The URL path a static host serves a built file at, the one answer for the
 * page checks, the headers check and the reports: `index.html` → `/`,
 * `articles/x/index.html` → `/articles/x/`, `404.html` → `/404.html` (hosts
 * serve it under its own name, and for every unknown URL), `_astro/a.css` →
 * `/_astro/a.css`.
 */
export function urlPathOf(file: string): string {
  const path = file.replaceAll('\\', '/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** How many example pages a finding about many pages names. */
const EXAMPLES = 3;

/** ` (on /a/)`, or ` (on 3 pages, e.g. /a/, /b/, /c/)`: which built pages a finding is about. */
export const onPages = (pages: readonly string[]): string =>
  pages.length === 1
    ? ` (on ${pages[0]})`
    : ` (on ${pages.length} pages, e.g. ${pages.slice(0, EXAMPLES).join(', ')})`;
