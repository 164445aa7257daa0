import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate-content.ts';

/**
 * `npm run bench [-- --count 1000]`: builds a copy of the site with N
 * generated articles and reports the wall time of each stage. Speed targets
 * are judged here, never in unit tests (the machines are shared and noisy).
 */
interface Timed {
  seconds: number;
  output: string;
  code: number;
}

function timed(script: string, cwd: string): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) =>
      resolve({ seconds: (performance.now() - started) / 1000, output, code: code ?? 1 }),
    );
  });
}

async function makeSite(root: string, count: number): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), 'backrack-bench-'));
  for (const entry of [
    'src',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    '.markdownlint-cli2.jsonc',
  ]) {
    await cp(join(root, entry), join(site, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');
  await generateContent(root, site, count);
  await cp(join(root, 'content/products'), join(site, 'content/products'), { recursive: true });
  return site;
}

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const root = process.cwd();
const site = await makeSite(root, count);
console.log(`bench: ${count} generated articles in ${site}`);

const check = await timed(join(root, 'src/compliance/cli.ts'), site);
const build = await timed(join(root, 'src/build/build.ts'), site);
const pageChecksMs = Number(/checked \d+ pages in (\d+) ms/.exec(build.output)?.[1] ?? Number.NaN);
const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? Number.NaN);
const astroSeconds = Number(/page\(s\) built in ([\d.]+)s/.exec(build.output)?.[1] ?? Number.NaN);

console.log(`npm run check       ${check.seconds.toFixed(1)} s  (exit ${check.code})`);
console.log(
  `npm run build       ${build.seconds.toFixed(1)} s  (exit ${build.code}), ${pages} pages`,
);
console.log(`  astro build       ${astroSeconds.toFixed(1)} s  (Astro's own figure)`);
console.log(
  `  page checks       ${(pageChecksMs / 1000).toFixed(1)} s  = ${((pageChecksMs / 1000 / astroSeconds) * 100).toFixed(0)}% of Astro's build`,
);
if (build.code !== 0) console.log(build.output.split('\n').slice(-30).join('\n'));
if (!values.keep) await rm(site, { recursive: true, force: true });
