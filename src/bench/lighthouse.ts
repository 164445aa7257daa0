import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';

/**
 * `npm run lighthouse`: Lighthouse (mobile settings) on the home page, an
 * article and the product page as `npm run preview` serves them (with the
 * headers of public/_headers), with the local Chromium.
 * Run `npm run build` first. Not part of `npm test`.
 */
const PORT = 4330;
const PAGES = ['/', '/articles/what-is-a-back-muscle-spasm/', '/products/backrack/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the preview server did not answer at ${url}; run \`npm run build\` first`);
}

const root = process.cwd();
const server = spawn(
  process.execPath,
  [join(root, 'src/preview/server.ts'), '--host', '127.0.0.1', '--port', String(PORT)],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverOutput = '';
server.stdout.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
server.stderr.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
const chromium = findChromium();
const chrome = await launch({
  ...(chromium.path ? { chromePath: chromium.path } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

try {
  await waitFor(`http://127.0.0.1:${PORT}/`).catch((error: unknown) => {
    console.error(serverOutput);
    throw error;
  });
  console.log(`| page | ${CATEGORIES.join(' | ')} |\n| --- | --- | --- | --- | --- |`);
  for (const page of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((id) => {
      const score = categories[id]?.score;
      return typeof score === 'number' ? String(Math.round(score * 100)) : 'n/a';
    });
    console.log(`| ${page} | ${scores.join(' | ')} |`);
  }
} finally {
  chrome.kill();
  server.kill();
}
