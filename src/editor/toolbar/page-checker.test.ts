import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageChecksOptionsSchema } from '../../compliance/built/options.ts';
import { DISCLAIMER_MARKER_ATTRIBUTE, DISCLAIMER_TEXT } from '../../lib/disclaimer.ts';
import { DevPageChecker } from './page-checker.ts';

const root = join(import.meta.dirname, '..', '..', '..');

const checker = new DevPageChecker(
  { root, origin: 'https://www.backrack.example', routes: () => [] },
  pageChecksOptionsSchema.parse({
    disclaimer: { attribute: DISCLAIMER_MARKER_ATTRIBUTE, text: DISCLAIMER_TEXT },
    contentRoutes: [{ pattern: '/articles/[slug]/', source: 'content/articles/[slug].mdx' }],
  }),
);

const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><title>T</title><script type="module" src="/@vite/client"></script></head><body><main>${body}</main></body></html>`;

describe('DevPageChecker', () => {
  it('runs the source rules on the page’s MDX and the page rules on its HTML, each traced to a file', async () => {
    const report = await checker.check({
      id: 7,
      pathname: '/articles/back-spasm-causes/',
      html: page('<h1>What causes back spasms?</h1><h3>Skipped a level</h3><img src="/nope.png">'),
    });
    expect(report).toMatchObject({
      id: 7,
      pathname: '/articles/back-spasm-causes/',
      source: 'content/articles/back-spasm-causes.mdx',
    });
    const seen = report.findings.map((finding) => [
      finding.phase,
      finding.ruleId,
      finding.severity,
      finding.target,
    ]);
    // The page lacks the disclaimer (its layout's to add); the image has no alt text and no file.
    expect(seen).toEqual(
      expect.arrayContaining([
        ['page', 'disclaimer/missing', 'error', null],
        ['page', 'a11y/img-alt', 'error', { kind: 'image', needle: '/nope.png' }],
        ['page', 'links/asset', 'error', { kind: 'image', needle: '/nope.png' }],
      ]),
    );
    // Vite's client exists only in dev, and is never reported missing.
    expect(report.findings.some((finding) => finding.message.includes('@vite'))).toBe(false);
    // Errors come first.
    const severities = report.findings.map((finding) => finding.severity);
    expect(severities).toEqual([...severities].sort());
  }, 30_000);

  it('reports a page no content file builds with the page rules alone', async () => {
    const report = await checker.check({ id: 1, pathname: '/nowhere/', html: page('<p>Hi</p>') });
    expect(report.source).toBeNull();
    expect(report.findings.every((finding) => finding.phase === 'page')).toBe(true);
  }, 30_000);
});
