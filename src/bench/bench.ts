import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate-content.ts';
import { benchLanguageServer, type LspTimes } from './lsp.ts';
import { measure, repeat } from './measure.ts';
import { copyProjectFiles } from './project-copy.ts';

/**
 * `npm run bench [-- --pages 250,1000,2000] [--runs 3] [--quick] [--json] [--lsp-only]`:
 * builds copies of the site with N generated articles and times plain Astro,
 * the full build, and the checks, taking the median of several runs; then
 * times the language server's answer to a change in a 1,500-word article
 * (`--lsp-only` times only that). Speed targets are judged here, never in
 * unit tests.
 */
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '250,1000,2000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'lsp-only': { type: 'boolean', default: false },
  },
});
const sizes = values['lsp-only'] ? [] : values.quick ? [50] : values.pages.split(',').map(Number);
const runs = values.quick ? 1 : Number(values.runs);
const root = process.cwd();
const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

async function makeSite(count: number): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), `backrack-bench-${count}-`));
  await copyProjectFiles(root, site);
  await generateContent(root, site, count, Number(values.seed));
  await cp(join(root, 'content/products'), join(site, 'content/products'), { recursive: true });
  return site;
}

const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const buildScript = join(root, 'src/build/build.ts');
const checkScript = join(root, 'src/compliance/bin.ts');
const EDITED = 'content/articles/generated-0001.mdx';
const NO_CACHE = { BACKRACK_CHECK_CACHE: 'off' };

/**
 * An editor's change to one article (a new sentence), so that the next check
 * or build finds one file changed since the last run and the rest unchanged.
 */
let edits = 0;
const editOneArticle = (site: string) =>
  appendFile(join(site, EDITED), `\nA sentence added by the benchmark, edit ${++edits}.\n`);

/*
 * Every timed run follows an edit to one article, the editor's usual case,
 * so plain Astro and the full build redo the same work. Two cases of the
 * checks are timed: "cold", with their result cache off, so every file is
 * checked (a first run, or a change to the claims list), and "after an
 * edit", where only the edited file is checked again. The targets' ratios
 * use the second; the first is reported beside it.
 */
const report = {
  pages: [] as number[],
  /** `astro build` with the page checks off, after one article was edited. */
  plainBuildS: [] as number[],
  /** `npm run build` after one article was edited. */
  fullBuildS: [] as number[],
  /** `npm run build` with the result cache off. */
  fullBuildColdS: [] as number[],
  /** `npm run check` with the result cache off: every file checked. */
  checkS: [] as number[],
  /** `npm run check` after one article was edited. */
  checkAfterEditS: [] as number[],
  /** `npm run check` on the article just edited. */
  checkOneFileS: Number.NaN,
  /** `npm run check` on one unchanged article. */
  checkOneUnchangedFileS: Number.NaN,
  fullOverPlain: [] as number[],
  fullColdOverPlain: [] as number[],
  checkOverPlain: [] as number[],
  checkAfterEditOverPlain: [] as number[],
  plainPeakRssMb: [] as (number | null)[],
  fullPeakRssMb: [] as (number | null)[],
  fullColdPeakRssMb: [] as (number | null)[],
  /** `npm run lsp`: a change to a 1,500-word article, to its diagnostics (medians). */
  lsp: null as LspTimes | null,
  runs,
  machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version },
};
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

for (const count of sizes) {
  log(`bench: ${count} articles, ${runs} run(s) each…`);
  const site = await makeSite(count);
  try {
    /** `times` runs of a script, each after a fresh edit to one article. */
    const afterEdit = (
      label: string,
      script: string,
      args: string[],
      env: NodeJS.ProcessEnv = {},
      times = runs,
    ) =>
      repeat(times, label, async () => {
        await editOneArticle(site);
        return measure(script, args, site, env);
      });
    const plain = await afterEdit('plain astro build', astroBin, ['build'], {
      BACKRACK_PAGE_CHECKS: 'off',
    });
    const fullCold = await afterEdit('npm run build (no cache)', buildScript, [], NO_CACHE);
    const full = await afterEdit('npm run build (after an edit)', buildScript, []);
    const check = await afterEdit('npm run check (no cache)', checkScript, [], NO_CACHE);
    const checkAfterEdit = await afterEdit('npm run check (after an edit)', checkScript, []);
    if (Number.isNaN(report.checkOneFileS)) {
      const one = await afterEdit(
        'check one edited file',
        checkScript,
        [EDITED],
        {},
        Math.max(runs, 3),
      );
      const unchanged = await repeat(Math.max(runs, 3), 'check one unchanged file', () =>
        measure(checkScript, ['content/articles/generated-0002.mdx'], site),
      );
      report.checkOneFileS = round(one.seconds, 3);
      report.checkOneUnchangedFileS = round(unchanged.seconds, 3);
    }
    report.pages.push(count);
    report.plainBuildS.push(round(plain.seconds));
    report.fullBuildS.push(round(full.seconds));
    report.fullBuildColdS.push(round(fullCold.seconds));
    report.checkS.push(round(check.seconds));
    report.checkAfterEditS.push(round(checkAfterEdit.seconds));
    report.fullOverPlain.push(round(full.seconds / plain.seconds));
    report.fullColdOverPlain.push(round(fullCold.seconds / plain.seconds));
    report.checkOverPlain.push(round(check.seconds / plain.seconds));
    report.checkAfterEditOverPlain.push(round(checkAfterEdit.seconds / plain.seconds));
    report.plainPeakRssMb.push(plain.peakRssMb);
    report.fullPeakRssMb.push(full.peakRssMb);
    report.fullColdPeakRssMb.push(fullCold.peakRssMb);
  } finally {
    if (!values.keep) await rm(site, { recursive: true, force: true });
  }
}

log('bench: the language server, a 1,500-word article…');
const lsp = await benchLanguageServer(root, values.quick ? 10 : 30);
report.lsp = lsp;

if (values.json) {
  console.log(JSON.stringify(report));
} else {
  const rows = report.pages.map((pages, i) =>
    [
      pages,
      report.plainBuildS[i],
      report.fullBuildS[i],
      report.fullOverPlain[i],
      report.fullBuildColdS[i],
      report.fullColdOverPlain[i],
      report.checkAfterEditS[i],
      report.checkAfterEditOverPlain[i],
      report.checkS[i],
      report.checkOverPlain[i],
      report.plainPeakRssMb[i],
      report.fullPeakRssMb[i],
    ].join(' | '),
  );
  if (report.pages.length > 0) {
    log(
      '\n| articles | plain build s | full build s (after an edit) | full/plain | full build s (cold) | cold/plain | check s (after an edit) | check/plain | check s (cold) | cold/plain | plain RSS MB | full RSS MB |',
    );
    log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    rows.forEach((row) => log(`| ${row} |`));
    log(
      `\ncheck on the article just edited: ${(report.checkOneFileS * 1000).toFixed(0)} ms; on an unchanged one: ${(report.checkOneUnchangedFileS * 1000).toFixed(0)} ms (medians of ${Math.max(runs, 3)})`,
    );
  }
  log(
    `\nlanguage server, ${lsp.words}-word article: a change answered in ${lsp.changeMs} ms (median of ${lsp.edits}, no debounce), ${lsp.changeWithDebounceMs} ms with the 150 ms debounce; first check ${lsp.firstCheckMs} ms`,
  );
}
