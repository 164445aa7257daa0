// Where the end-to-end tests find a browser. Playwright cannot download its
// own here, so Debian's Chromium is the default; elsewhere a browser from
// `npx playwright install chromium` is used when no system one exists.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to launch: CHROMIUM_PATH if set, else Debian's Chromium, else
 * undefined (meaning Playwright's own download, if the user installed one).
 * @returns {{ path: string | undefined, source: string, found: boolean }}
 */
export function findChromium(env = process.env) {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    return { path: configured, source: 'CHROMIUM_PATH', found: isExecutable(configured) };
  }
  if (isExecutable(DEFAULT_CHROMIUM_PATH)) {
    return { path: DEFAULT_CHROMIUM_PATH, source: 'default', found: true };
  }
  return { path: undefined, source: 'playwright', found: false };
}
