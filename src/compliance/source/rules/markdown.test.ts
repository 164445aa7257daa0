import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { testContext, testDocument } from '../testing.ts';
import { lintMarkdown, loadMarkdownlintConfig, markdownRule } from './markdown.ts';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const CONFIG = { default: true, MD013: false, MD033: false, MD041: false, MD037: false };

const brief = async (body: string) =>
  (await lintMarkdown(testDocument(body), CONFIG)).map(({ ruleId, position, message }) => ({
    ruleId,
    position,
    message,
  }));

describe('loadMarkdownlintConfig', () => {
  it("reads the project's config once per root", async () => {
    const config = loadMarkdownlintConfig(ROOT);
    expect(loadMarkdownlintConfig(ROOT)).toBe(config);
    expect(await config).toMatchObject({ default: true, MD013: false, MD033: false });
  });

  it("falls back to markdownlint's defaults without a config, and rejects a broken one", async () => {
    expect(await loadMarkdownlintConfig(mkdtempSync(join(tmpdir(), 'mdl-none-')))).toEqual({});
    const broken = mkdtempSync(join(tmpdir(), 'mdl-broken-'));
    writeFileSync(join(broken, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true ');
    await expect(loadMarkdownlintConfig(broken)).rejects.toThrow(/\.markdownlint-cli2\.jsonc: /);
  });
});

describe('markdown/* (markdownlint)', () => {
  it('reports each problem with a markdown/MDxxx id at its line and column', async () => {
    const body = '## Causes\n\n#### Strains\n\nText with trailing spaces.   \n';
    expect(await brief(body)).toEqual([
      {
        ruleId: 'markdown/MD001',
        position: { line: 17, column: 1 },
        message:
          'Heading levels should only increment by one level at a time [Expected: h3; Actual: h4]',
      },
      {
        ruleId: 'markdown/MD009',
        position: { line: 19, column: 27 },
        message: 'Trailing spaces [Expected: 0 or 2; Actual: 3]',
      },
    ]);
  });

  it('links the rule docs, and points to npm run format when markdownlint can fix it', async () => {
    const findings = await lintMarkdown(
      testDocument('## A\n\n#### B\n\n* a\n\nText.\n\n- b\n'),
      CONFIG,
    );
    expect(findings.map(({ ruleId, severity, hint }) => ({ ruleId, severity, hint }))).toEqual([
      {
        ruleId: 'markdown/MD001',
        severity: 'error',
        hint: expect.stringMatching(/^See https:\/\/\S+\/md001\.md$/),
      },
      {
        ruleId: 'markdown/MD004',
        severity: 'error',
        hint: expect.stringMatching(
          /^Run `npm run format` to fix this automatically\. See \S+md004\.md$/,
        ),
      },
    ]);
  });

  it('accepts clean MDX with JSX, comments and imports under the project config', async () => {
    const body =
      "import Callout from '../../../src/components/Callout.astro';\n\n" +
      'Intro text <Cite n={1} />.\n\n{/* editors note */}\n\n## Heat\n\n<Callout kind="urgent">\n  Call 999.\n</Callout>\n\n* one\n* two\n';
    expect(await brief(body)).toEqual([]);
  });

  it('runs only on MDX that parses', async () => {
    const people = parseDocument('content/people/a.yaml', 'name: A\n', 'people');
    const broken = testDocument('##  Two spaces\n\n<div>\n');
    const context = testContext({ root: ROOT });
    expect(await markdownRule.check(people, context)).toEqual([]);
    expect(await markdownRule.check(broken, context)).toEqual([]);
  });

  it('reports exactly the mixed bullets in its fixture, with the project config', async () => {
    const file = 'test/fixtures/rules/markdown.mdx';
    const document = parseDocument(file, readFileSync(join(ROOT, file), 'utf8'), 'articles');
    const findings = await markdownRule.check(document, testContext({ root: ROOT }));
    expect(
      findings.map(({ ruleId, position, message }) => ({ ruleId, position, message })),
    ).toEqual([
      {
        ruleId: 'markdown/MD004',
        position: { line: 23, column: 1 },
        message: 'Unordered list style [Expected: asterisk; Actual: dash]',
      },
    ]);
  });
});
