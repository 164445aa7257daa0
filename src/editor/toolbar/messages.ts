/**
 * What the dev toolbar's "Content checks" app and the dev server say to each
 * other over Vite's HMR connection. Types and names only: the app in the
 * browser imports this file, so it must not import Node or the checker.
 */

/** The app's id in the toolbar, and the prefix of its events. */
export const APP_ID = 'backrack-content-checks';

/**
 * The sessionStorage key that says the app was open, so it opens again after a reload; the
 * visual editor sets it before opening a page's preview, which then opens with the app open.
 */
export const OPEN_KEY = `${APP_ID}:open`;

/** App → server: check this page. */
export const CHECK_EVENT = `${APP_ID}:check`;
/** Server → app: the findings of a page. */
export const REPORT_EVENT = `${APP_ID}:report`;
/** Server → app: a file the findings may depend on was saved. */
export const CHANGED_EVENT = `${APP_ID}:changed`;

/**
 * What to look for on the page to show a finding: a link by its href, an
 * image by its src, a heading or words by their text.
 */
export interface Target {
  kind: 'link' | 'image' | 'heading' | 'text';
  needle: string;
}

export interface CheckRequest {
  /** Chosen by the app, so it can tell its answer from an older one. */
  id: number;
  /** `location.pathname` of the page on screen. */
  pathname: string;
  /** The page as the dev server renders it now. */
  html: string;
}

/** One finding, as the app lists it. */
export interface ShownFinding {
  /** `source`: a rule on the MDX; `page`: a rule on the rendered HTML. */
  phase: 'source' | 'page';
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  /** Relative to the project root, with forward slashes. */
  file: string;
  /** Counted from 1; null when the rule could not say where. */
  line: number | null;
  column: number | null;
  /** Where it is on the page, when it can be shown there. */
  target: Target | null;
}

export interface CheckReport {
  id: number;
  pathname: string;
  /** The file the page is built from, if the checks know it. */
  source: string | null;
  findings: ShownFinding[];
  /** How long the checks took on the server, in milliseconds. */
  elapsedMs: number;
  /** Set when the checks themselves failed; the findings are then empty. */
  failure?: string;
}

export interface ChangedFile {
  /** Relative to the project root, with forward slashes. */
  file: string;
}
