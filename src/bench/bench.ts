import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate-content.ts';
import { measure, repeat } from './measure.ts';

/**
 * `npm run bench [-- --pages 250,1000,2000] [--runs 3] [--quick] [--json]`:
 * builds copies of the site with N generated articles and times plain Astro,
 * the full build, and the checks, taking the median of several runs. Speed
 * targets are judged here, never in unit tests.
 */
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '250,1000,2000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.quick ? [50] : values.pages.split(',').map(Number);
const runs = values.quick ? 1 : Number(values.runs);
const root = process.cwd();
const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

async function makeSite(count: number): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), `backrack-bench-${count}-`));
  for (const entry of PROJECT_FILES)
    await cp(join(root, entry), join(site, entry), { recursive: true });
  await symlink(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');
  await generateContent(root, site, count, Number(values.seed));
  await cp(join(root, 'content/products'), join(site, 'content/products'), { recursive: true });
  return site;
}

const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const report = {
  pages: [] as number[],
  plainBuildS: [] as number[],
  fullBuildS: [] as number[],
  checkS: [] as number[],
  checkOneFileS: Number.NaN,
  fullOverPlain: [] as number[],
  checkOverPlain: [] as number[],
  plainPeakRssMb: [] as (number | null)[],
  fullPeakRssMb: [] as (number | null)[],
  runs,
  machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version },
};
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

for (const count of sizes) {
  log(`bench: ${count} articles, ${runs} run(s) each…`);
  const site = await makeSite(count);
  try {
    const plain = await repeat(runs, 'plain astro build', () =>
      measure(astroBin, ['build'], site, { BACKRACK_PAGE_CHECKS: 'off' }),
    );
    const full = await repeat(runs, 'npm run build', () =>
      measure(join(root, 'src/build/build.ts'), [], site),
    );
    const check = await repeat(runs, 'npm run check', () =>
      measure(join(root, 'src/compliance/bin.ts'), [], site),
    );
    if (Number.isNaN(report.checkOneFileS)) {
      const one = await repeat(Math.max(runs, 3), 'check one file', () =>
        measure(join(root, 'src/compliance/bin.ts'), ['content/articles/generated-0001.mdx'], site),
      );
      report.checkOneFileS = round(one.seconds, 3);
    }
    report.pages.push(count);
    report.plainBuildS.push(round(plain.seconds));
    report.fullBuildS.push(round(full.seconds));
    report.checkS.push(round(check.seconds));
    report.fullOverPlain.push(round(full.seconds / plain.seconds));
    report.checkOverPlain.push(round(check.seconds / plain.seconds));
    report.plainPeakRssMb.push(plain.peakRssMb);
    report.fullPeakRssMb.push(full.peakRssMb);
  } finally {
    if (!values.keep) await rm(site, { recursive: true, force: true });
  }
}

if (values.json) {
  console.log(JSON.stringify(report));
} else {
  const rows = report.pages.map((pages, i) =>
    [
      pages,
      report.plainBuildS[i],
      report.fullBuildS[i],
      report.fullOverPlain[i],
      report.checkS[i],
      report.checkOverPlain[i],
      report.plainPeakRssMb[i],
      report.fullPeakRssMb[i],
    ].join(' | '),
  );
  log(
    '\n| articles | plain build s | full build s | full/plain | check s | check/plain | plain RSS MB | full RSS MB |',
  );
  log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  rows.forEach((row) => log(`| ${row} |`));
  log(
    `\ncheck on one article: ${(report.checkOneFileS * 1000).toFixed(0)} ms (median of ${Math.max(runs, 3)})`,
  );
}
