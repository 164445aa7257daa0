import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runScript } from './run-script.ts';

/**
 * `npm run build -- --release`, the build a deployment runs, on a project
 * whose one product page lists unconfirmed facts. It must stop before Astro
 * starts, name each fact with file:line:column, and leave dist/ as it was.
 */
describe('npm run build -- --release with an unconfirmed fact', () => {
  let project: string;
  const previous = '<p>the previous, good build</p>';

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'backrack-release-'));
    for (const folder of ['content/people', 'content/compliance', 'content/products/images']) {
      await cp(join(projectRoot, folder), join(project, folder), { recursive: true });
    }
    await cp(
      join(projectRoot, '.markdownlint-cli2.jsonc'),
      join(project, '.markdownlint-cli2.jsonc'),
    );
    const fixture = await readFile(
      join(projectRoot, 'test/fixtures/products/unconfirmed.mdx'),
      'utf8',
    );
    await writeFile(
      join(project, 'content/products/test-rack.mdx'),
      fixture.replace('../../../content/products/images/', './images/'),
    );
    await mkdir(join(project, 'dist'));
    await writeFile(join(project, 'dist/index.html'), previous);
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('fails, naming each unconfirmed fact as an error with its place', async () => {
    const outcome = await runScript('src/build/build.ts', ['--release'], { cwd: project });
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.split('\n');
    expect(lines.filter((line) => / {2}(error|warning) {2}/.test(line))).toHaveLength(2);
    expect(lines).toContain(
      'content/products/test-rack.mdx:4:1  error  product/unconfirmed  "price" is not confirmed (10 GBP is a placeholder); the maker must confirm it',
    );
    expect(lines).toContain(
      'content/products/test-rack.mdx:24:3  error  product/unconfirmed  "sku" is not known yet; the maker must confirm it',
    );
    expect(lines).toContain('Release build: an unconfirmed product fact cannot be published.');
    expect(outcome.stderr).toContain('Build stopped before Astro started');
    expect(outcome.stdout + outcome.stderr).not.toMatch(/\[build\]/);
    expect(await readFile(join(project, 'dist/index.html'), 'utf8')).toBe(previous);
  });

  it('reports the same facts as warnings to npm run check, which passes', async () => {
    const outcome = await runScript('src/compliance/bin.ts', [], { cwd: project });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(
      'content/products/test-rack.mdx:4:1  warning  product/unconfirmed  "price" is not confirmed',
    );
  });
});
