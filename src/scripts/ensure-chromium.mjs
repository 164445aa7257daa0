// Runs before the end-to-end tests: makes sure a Chromium is there, installing
// Debian's when we are root on Debian, and otherwise saying what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DEFAULT_CHROMIUM_PATH, findChromium } from './chromium-path.mjs';

const browser = findChromium();

if (browser.found) {
  process.exit(0);
}

if (browser.source === 'CHROMIUM_PATH') {
  console.error(`error  CHROMIUM_PATH is set to ${browser.path}, but no browser can be run there.`);
  console.error('       Point it at a Chromium executable, or unset it to use /usr/bin/chromium.');
  process.exit(1);
}

if (existsSync(chromium.executablePath())) {
  // The user installed Playwright's own browser; nothing to do.
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version');

if (isRoot && isDebian) {
  console.log("Chromium is missing: installing Debian's package (apt-get install -y chromium)…");
  const run = (args) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  const ok =
    run(['update', '-qq']).status === 0 && run(['install', '-y', '-qq', 'chromium']).status === 0;
  if (ok && findChromium().found) {
    process.exit(0);
  }
  console.error('error  apt-get could not install chromium; see the output above.');
  process.exit(1);
}

console.error(
  [
    `error  The end-to-end tests need Chromium, and none was found at ${DEFAULT_CHROMIUM_PATH}.`,
    '       Install one of these, then run the tests again:',
    '         sudo apt-get install -y chromium          (Debian or Ubuntu)',
    '         npx playwright install chromium           (anywhere else)',
    '       or set CHROMIUM_PATH to a Chromium you already have.',
  ].join('\n'),
);
process.exit(1);
