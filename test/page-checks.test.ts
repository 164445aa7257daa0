import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot as root, runScript } from './run-script.ts';

const sites = join(root, 'test/fixtures/sites');

/** Runs `npm run build`'s script in a fixture site, as a user would. */
async function buildSite(
  site: string,
  args: string[] = [],
): Promise<{ code: number; output: string; stdout: string }> {
  const outcome = await runScript('src/build/build.ts', args, { cwd: join(sites, site) });
  return { code: outcome.code, output: outcome.stdout + outcome.stderr, stdout: outcome.stdout };
}

/** The findings printed as `file:line:col  severity  rule  message`, as [file:line, rule]. */
function findings(output: string): [string, string][] {
  return [
    ...output.matchAll(
      /^(\S+?)(?::(\d+):\d+| \(position unavailable\))\s{2}(error|warning)\s{2}(\S+)\s{2}/gm,
    ),
  ]
    .map((match): [string, string] => [
      `${match[1]}${match[2] ? `:${match[2]}` : ''}`,
      match[4] ?? '',
    ])
    .sort();
}

/** A fingerprint of every file in a folder, to prove it did not change. */
async function fingerprint(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(folder, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile(),
  );
  for (const entry of entries.map((e) => join(e.parentPath, e.name)).sort()) {
    hash.update(entry).update(await readFile(entry));
  }
  return hash.digest('hex');
}

describe('a site whose pages break the page rules', () => {
  const dist = join(sites, 'broken/dist');
  let result: { code: number; output: string };
  let before: string;

  beforeAll(async () => {
    await rm(dist, { recursive: true, force: true });
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, 'index.html'), '<p>the previous, good build</p>');
    before = await fingerprint(dist);
    result = await buildSite('broken');
  }, 120_000);

  afterAll(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  it('fails, reporting each fault traced to the file to fix', () => {
    expect(result.code).toBe(1);
    expect(findings(result.output)).toEqual(
      [
        ['src/layouts/Bare.astro', 'disclaimer/missing'],
        ['src/pages/alt.astro:7', 'a11y/img-alt'],
        ['src/pages/alt.astro:8', 'a11y/link-text'],
        ['src/pages/anchors.astro:7', 'links/anchor'],
        ['src/pages/anchors.astro:8', 'links/anchor'],
        ['src/pages/article.mdx:10', 'links/broken'],
        ['src/pages/assets.astro:7', 'links/asset'],
        // A claim about the product goes to its category; teaching text keeps the listed wording.
        ['src/pages/claims.astro:7', 'claims/cure-absolute'],
        ['src/pages/claims.astro:8', 'claims/endorsement'],
        ['src/pages/claims.astro:9', 'claims/prohibited'],
        ['src/pages/external.astro:7', 'links/external-rel'],
        ['src/pages/headings.astro:7', 'a11y/heading-order'],
        ['src/pages/headings.astro:8', 'a11y/heading-order'],
        ['src/pages/insecure.astro:7', 'links/insecure'],
        // A plain-http link to another site lacks the rel and the words too.
        ['src/pages/insecure.astro:7', 'links/external-rel'],
        ['src/pages/insecure.astro:8', 'links/insecure'],
        ['src/pages/no-disclaimer.astro', 'disclaimer/missing'],
        // The headers file: a header no page gets, a weak policy, and inline code it blocks.
        ['public/_headers', 'headers/missing'],
        ['public/_headers:3', 'headers/csp'],
        ['public/_headers:3', 'headers/csp-inline'],
      ].sort(),
    );
  });

  it('reports a layout that dropped the disclaimer once, naming its pages', () => {
    expect(result.output).toMatch(
      /disclaimer\/missing .*\(on 2 pages, e\.g\. \/bare-one\/, \/bare-two\/\)/,
    );
  });

  it('names the header file line, the directive and where the blocked code is written', () => {
    expect(result.output).toContain(
      'public/_headers:3:28  error  headers/csp-inline  default-src blocks the inline <script> "document.documentElement.dataset.ready =…", written in src/pages/inline-script.astro:9 (on /inline-script/)',
    );
    expect(result.output).toMatch(
      /public\/_headers:3:48 {2}error {2}headers\/csp {2}style-src allows 'unsafe-inline'/,
    );
  });

  it('leaves the previous dist/ exactly as it was, and no staging folder', async () => {
    expect(await fingerprint(dist)).toBe(before);
    expect(existsSync(join(sites, 'broken/.build-staging'))).toBe(false);
  });
});

describe('the build in the formats other tools read', () => {
  afterAll(async () => {
    await rm(join(sites, 'broken/dist'), { recursive: true, force: true });
    await rm(join(sites, 'clean/dist'), { recursive: true, force: true });
  });

  it("annotates GitHub pull requests with the built pages' findings too", async () => {
    const { code, stdout } = await buildSite('broken', ['--format', 'github']);
    expect(code).toBe(1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toContain(
      '::error file=src/pages/article.mdx,line=10,col=6,title=links/broken::link "/articles/gone/" points to no page on the site (on /article/)%0ACorrect the address (pages end with "/", e.g. /articles/heat-or-ice/) or remove the link',
    );
    expect(annotations.filter((line) => line.includes('title=disclaimer/missing'))).toHaveLength(2);
    expect(stdout).toContain('page checks: 19 errors, 1 warning in 11 files (13 pages checked)');
  }, 120_000);

  it('prints one JSON line per phase, and nothing else, on stdout', async () => {
    const { code, stdout } = await buildSite('clean', ['--format', 'json']);
    expect(code).toBe(0);
    const reports = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(reports).toEqual([
      { summary: { errors: 0, warnings: 0, filesChecked: 0 }, findings: [], suppressed: [] },
      { summary: { errors: 0, warnings: 0, pagesChecked: 1 }, findings: [], suppressed: [] },
    ]);
  }, 120_000);
});

describe('a site that passes every page check', () => {
  const dist = join(sites, 'clean/dist');

  beforeAll(async () => {
    await rm(dist, { recursive: true, force: true });
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, 'stale.html'), '<p>from an older build</p>');
  });

  afterAll(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  it('publishes the new build in place of the old one', async () => {
    const { code, output } = await buildSite('clean');
    expect(code, output).toBe(0);
    expect(output).toContain('page checks: no problems in 1 page');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'stale.html'))).toBe(false);
    expect(existsSync(join(sites, 'clean/.build-staging'))).toBe(false);
  }, 120_000);
});
