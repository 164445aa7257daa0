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

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/*
 * Each size is timed in this order, on one copy of the site, so that every
 * "after an edit" run finds the caches its own kind of build left:
 *   1. plain Astro cold (`astro build --force`, page checks off);
 *   2. plain Astro after a one-article edit, with `incrementalBuild` reusing
 *      the unchanged pages: the fair peer of our incremental build;
 *   3. our full build cold (`npm run build -- --cold`, every cache off);
 *   4. our full build after a one-article edit (Astro's incremental build,
 *      the checks' caches), after one ordinary build that is not timed;
 *   5. `npm run check` cold (its result cache off), then after an edit.
 * Ratios compare with plain Astro cold, except `fullAfterEditOverPlainIncremental`.
 */
const report = {
  pages: [] as number[],
  /** `astro build --force` with the page checks off: every page rendered. */
  plainColdS: [] as number[],
  /** `astro build` after one article was edited: unchanged pages reused. */
  plainIncrementalS: [] as number[],
  /** `npm run build -- --cold` with the checks' caches off. */
  fullColdS: [] as number[],
  /** `npm run build` after one article was edited. */
  fullAfterEditS: [] as number[],
  /** `npm run check` with the result cache off: every file checked. */
  checkColdS: [] as number[],
  /** `npm run check` after one article was edited. */
  checkAfterEditS: [] as number[],
  /** `npm run check` on the article just edited (at the first size). */
  checkOneFileS: Number.NaN,
  /** `npm run check` on one unchanged article. */
  checkOneUnchangedFileS: Number.NaN,
  fullColdOverPlain: [] as number[],
  fullAfterEditOverPlain: [] as number[],
  fullAfterEditOverPlainIncremental: [] as number[],
  checkColdOverPlain: [] as number[],
  checkAfterEditOverPlain: [] as number[],
  /** Peak memory of plain Astro cold. */
  plainPeakRssMb: [] as (number | null)[],
  /** Peak memory of our full build cold. */
  fullPeakRssMb: [] as (number | null)[],
  plainIncrementalPeakRssMb: [] as (number | null)[],
  fullAfterEditPeakRssMb: [] as (number | null)[],
  /** `npm run lsp`: a change to a 1,500-word article, to its diagnostics (medians). */
  lsp: null as LspTimes | null,
  runs,
  machine: {
    cpus: (await import('node:os')).availableParallelism(),
    node: process.version,
    /** The 1-, 5- and 15-minute load averages when the bench started. */
    loadAverage: (await import('node:os')).loadavg().map((load) => round(load)),
  },
};

for (const count of sizes) {
  log(`bench: ${count} articles, ${runs} run(s) each…`);
  const site = await makeSite(count);
  try {
    const timed = (
      label: string,
      script: string,
      args: string[],
      env: NodeJS.ProcessEnv = {},
      edit = false,
      times = runs,
    ) =>
      repeat(times, label, async () => {
        if (edit) await editOneArticle(site);
        return measure(script, args, site, env);
      });
    const plainEnv = { BACKRACK_PAGE_CHECKS: 'off' };
    const plainCold = await timed(
      'plain astro build --force',
      astroBin,
      ['build', '--force'],
      plainEnv,
    );
    const plainIncremental = await timed(
      'plain astro build (after an edit)',
      astroBin,
      ['build'],
      plainEnv,
      true,
    );
    const fullCold = await timed('npm run build -- --cold', buildScript, ['--cold'], NO_CACHE);
    // A cold build records no check findings, so one ordinary build (not timed) leaves
    // what an editor's last build leaves before the edits that are timed.
    await timed('npm run build (warm-up)', buildScript, [], {}, false, 1);
    const full = await timed('npm run build (after an edit)', buildScript, [], {}, true);
    const check = await timed('npm run check (no cache)', checkScript, [], NO_CACHE);
    const checkAfterEdit = await timed('npm run check (after an edit)', checkScript, [], {}, true);
    if (Number.isNaN(report.checkOneFileS)) {
      const one = await timed(
        'check one edited file',
        checkScript,
        [EDITED],
        {},
        true,
        Math.max(runs, 3),
      );
      const unchanged = await repeat(Math.max(runs, 3), 'check one unchanged file', () =>
        measure(checkScript, ['content/articles/generated-0002.mdx'], site),
      );
      report.checkOneFileS = round(one.seconds, 3);
      report.checkOneUnchangedFileS = round(unchanged.seconds, 3);
    }
    report.pages.push(count);
    report.plainColdS.push(round(plainCold.seconds));
    report.plainIncrementalS.push(round(plainIncremental.seconds));
    report.fullColdS.push(round(fullCold.seconds));
    report.fullAfterEditS.push(round(full.seconds));
    report.checkColdS.push(round(check.seconds));
    report.checkAfterEditS.push(round(checkAfterEdit.seconds));
    report.fullColdOverPlain.push(round(fullCold.seconds / plainCold.seconds));
    report.fullAfterEditOverPlain.push(round(full.seconds / plainCold.seconds));
    report.fullAfterEditOverPlainIncremental.push(round(full.seconds / plainIncremental.seconds));
    report.checkColdOverPlain.push(round(check.seconds / plainCold.seconds));
    report.checkAfterEditOverPlain.push(round(checkAfterEdit.seconds / plainCold.seconds));
    report.plainPeakRssMb.push(plainCold.peakRssMb);
    report.fullPeakRssMb.push(fullCold.peakRssMb);
    report.plainIncrementalPeakRssMb.push(plainIncremental.peakRssMb);
    report.fullAfterEditPeakRssMb.push(full.peakRssMb);
    // Each size's figures as soon as they are known, so a long run that is stopped still says something.
    log(
      `bench: ${count} articles: plain cold ${round(plainCold.seconds)} s, plain after an edit ${round(plainIncremental.seconds)} s, full cold ${round(fullCold.seconds)} s, full after an edit ${round(full.seconds)} s, check cold ${round(check.seconds)} s, check after an edit ${round(checkAfterEdit.seconds)} s`,
    );
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
  const seconds = (value: number | undefined) => `${value ?? '?'} s`;
  const megabytes = (value: number | null | undefined) => (value ? `${value} MB` : 'n/a');
  const rows = report.pages.map((pages, i) =>
    [
      pages,
      seconds(report.plainColdS[i]),
      seconds(report.plainIncrementalS[i]),
      seconds(report.fullColdS[i]),
      report.fullColdOverPlain[i],
      seconds(report.fullAfterEditS[i]),
      report.fullAfterEditOverPlain[i],
      report.fullAfterEditOverPlainIncremental[i],
      seconds(report.checkColdS[i]),
      report.checkColdOverPlain[i],
      seconds(report.checkAfterEditS[i]),
      report.checkAfterEditOverPlain[i],
      megabytes(report.plainPeakRssMb[i]),
      megabytes(report.fullPeakRssMb[i]),
    ].join(' | '),
  );
  if (report.pages.length > 0) {
    log(
      '\n| articles | plain cold | plain after an edit | full cold | / plain cold | full after an edit | / plain cold | / plain after an edit | check cold | / plain cold | check after an edit | / plain cold | plain cold peak RSS | full cold peak RSS |',
    );
    log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    rows.forEach((row) => log(`| ${row} |`));
    log(
      `\ncheck on the article just edited: ${(report.checkOneFileS * 1000).toFixed(0)} ms; on an unchanged one: ${(report.checkOneUnchangedFileS * 1000).toFixed(0)} ms (medians of ${Math.max(runs, 3)})`,
    );
  }
  log(
    `\nlanguage server, ${lsp.words}-word article: a change answered in ${lsp.changeMs} ms (median of ${lsp.edits}, no debounce), ${lsp.changeWithDebounceMs} ms with the 150 ms debounce; first check ${lsp.firstCheckMs} ms`,
  );
}
