import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { applySuppressions, findSuppressions } from '../suppressions.ts';
import { testContext, testDocument } from '../testing.ts';
import { isSuppressibleAtSource } from '../../core/registry.ts';
import {
  forgetMarkdownlintConfigs,
  lintMarkdown,
  loadMarkdownlintConfig,
  markdownRule,
} from './markdown.ts';

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

  it('reads the config again after being told to forget it (the editor does so when it changes)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mdl-forget-'));
    writeFileSync(join(root, '.markdownlint-cli2.jsonc'), '{ "config": { "MD013": false } }');
    expect(await loadMarkdownlintConfig(root)).toEqual({ MD013: false });
    writeFileSync(join(root, '.markdownlint-cli2.jsonc'), '{ "config": { "MD013": true } }');
    expect(await loadMarkdownlintConfig(root)).toEqual({ MD013: false });
    forgetMarkdownlintConfigs();
    expect(await loadMarkdownlintConfig(root)).toEqual({ MD013: true });
  });

  it("falls back to markdownlint's defaults without a config, and rejects a broken one", async () => {
    expect(await loadMarkdownlintConfig(mkdtempSync(join(tmpdir(), 'mdl-none-')))).toEqual({});
    const broken = mkdtempSync(join(tmpdir(), 'mdl-broken-'));
    writeFileSync(join(broken, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true ');
    await expect(loadMarkdownlintConfig(broken)).rejects.toThrow(/\.markdownlint-cli2\.jsonc: /);
  });

  it('stops on a config it cannot read, instead of linting with the defaults', async () => {
    const unreadable = mkdtempSync(join(tmpdir(), 'mdl-unreadable-'));
    mkdirSync(join(unreadable, '.markdownlint-cli2.jsonc'));
    await expect(loadMarkdownlintConfig(unreadable)).rejects.toThrow(/EISDIR/);
  });
});

describe('markdown/* (markdownlint)', () => {
  it("words a problem as markdownlint-cli2 does: the rule's description and its context", async () => {
    expect(await brief('Text.\n\n#Heading\n')).toEqual([
      {
        ruleId: 'markdown/MD018',
        position: { line: 17, column: 1 },
        message: 'No space after hash on atx style heading [Context: "#Heading"]',
      },
    ]);
  });

  it('reports each problem at its line and column, with a markdown/MDxxx id or a plain one', async () => {
    const body = '## Causes\n\n#### Strains\n\nText with trailing spaces.   \n';
    expect(await brief(body)).toEqual([
      {
        ruleId: 'a11y/heading-order',
        position: { line: 17, column: 1 },
        message: 'This heading jumps from level 2 to level 4; use level 3 (###) here',
      },
      {
        ruleId: 'markdown/MD009',
        position: { line: 19, column: 27 },
        message: 'Trailing spaces [Expected: 0 or 2; Actual: 3]',
      },
    ]);
  });

  it("links markdownlint's docs for its own rules, and points to npm run format when it can fix", async () => {
    const findings = await lintMarkdown(
      testDocument('## A\n\n#### B\n\n* a\n\nText.\n\n- b\n'),
      CONFIG,
    );
    expect(findings.map(({ ruleId, severity, hint }) => ({ ruleId, severity, hint }))).toEqual([
      {
        ruleId: 'a11y/heading-order',
        severity: 'error',
        hint: 'Screen reader users move through a page by its headings, so a skipped level sounds like missing content. Use one more # than the heading above, or add the missing level between them.',
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

describe('links/anchor and a11y/heading-order (markdownlint MD051 and MD001, in plain words)', () => {
  const anchorHint =
    'A heading\'s id is its text in lower case, with hyphens for spaces and no punctuation ("## Heat or ice" is #heat-or-ice). ' +
    'Correct the link, or drop the #part. When the layout or a component gives the id, suppress this with links/anchor: the built page is still checked.';
  const sections = '## Using heat\n\nWarmth.\n\n## Using ice\n\nCold.\n\n';

  it("names a broken #fragment and lists the page's headings, at the link's line and column", async () => {
    const findings = await lintMarkdown(
      testDocument(`${sections}Read [the part on rest](#no-such-heading).\n`),
      CONFIG,
    );
    expect(findings).toEqual([
      {
        ruleId: 'links/anchor',
        severity: 'error',
        file: 'content/articles/test.mdx',
        position: { line: 23, column: 6 },
        message:
          '"#no-such-heading" names no heading on this page; the headings here are #using-heat, #using-ice',
        hint: anchorHint,
      },
    ]);
  });

  it('puts the nearest heading first, and says when npm run format can correct the case', async () => {
    const body = `${sections}See [heat](#using-haet) and [Heat](#Using-Heat).\n`;
    const findings = await lintMarkdown(testDocument(body), CONFIG);
    expect(findings.map(({ position, message, hint }) => ({ position, message, hint }))).toEqual([
      {
        position: { line: 23, column: 5 },
        message:
          '"#using-haet" names no heading on this page; did you mean #using-heat? The other headings here are #using-ice',
        hint: anchorHint,
      },
      {
        position: { line: 23, column: 29 },
        message:
          '"#Using-Heat" names no heading on this page; did you mean #using-heat? The other headings here are #using-ice',
        hint: `Run \`npm run format\` to fix this automatically. ${anchorHint}`,
      },
    ]);
  });

  it('lists five headings at most, with repeated headings as Astro numbers them', async () => {
    const headings = ['Heat', 'Ice', 'Rest', 'Heat', 'Painkillers', 'Stretches', 'Sleep'];
    const body = `${headings.map((heading) => `## ${heading}\n\nText.\n\n`).join('')}[x](#exercise)\n`;
    const [finding] = await lintMarkdown(testDocument(body, { frontmatter: '' }), {
      ...CONFIG,
      MD024: false,
    });
    expect(finding?.message).toBe(
      '"#exercise" names no heading on this page; the headings here are #heat, #ice, #rest, #heat-1, #painkillers and 2 more',
    );
  });

  it('lists exactly five headings with no "and 0 more"', async () => {
    const headings = ['Heat', 'Ice', 'Rest', 'Painkillers', 'Sleep'];
    const body = `${headings.map((heading) => `## ${heading}\n\nText.\n\n`).join('')}[x](#exercise)\n`;
    const [finding] = await lintMarkdown(testDocument(body, { frontmatter: '' }), CONFIG);
    expect(finding?.message).toBe(
      '"#exercise" names no heading on this page; the headings here are #heat, #ice, #rest, #painkillers, #sleep',
    );
  });

  it('says so when the page has no headings, or only one', async () => {
    const none = await lintMarkdown(testDocument('See [the summary](#summary).\n'), CONFIG);
    expect(none.map(({ message }) => message)).toEqual([
      '"#summary" names no heading on this page, which has no headings',
    ]);
    const one = await lintMarkdown(testDocument('## Using heat\n\n[Heat](#using-het)\n'), CONFIG);
    expect(one.map(({ message }) => message)).toEqual([
      '"#using-het" names no heading on this page; did you mean #using-heat, its only heading?',
    ]);
  });

  it('says which level a heading jumps from and to, and which to use', async () => {
    const findings = await lintMarkdown(
      testDocument('## Causes\n\n### Strains\n\n###### Rare causes\n'),
      CONFIG,
    );
    expect(
      findings.map(({ ruleId, position, message }) => ({ ruleId, position, message })),
    ).toEqual([
      {
        ruleId: 'a11y/heading-order',
        position: { line: 19, column: 1 },
        message: 'This heading jumps from level 3 to level 6; use level 4 (####) here',
      },
    ]);
  });

  it('are silenced by a suppression naming the new ids, which the checker knows', async () => {
    const document = testDocument(
      '## Causes\n\n' +
        '{/* compliance-ignore-next-line a11y/heading-order -- the quiz widget above is an h3 */}\n\n' +
        '#### Take the quiz\n\n' +
        '{/* compliance-ignore-next-line links/anchor -- the layout gives the faq list this id */}\n' +
        'Read [the questions](#questions).\n',
    );
    const findings = await lintMarkdown(document, CONFIG);
    expect(findings.map(({ ruleId, position }) => `${position?.line} ${ruleId}`)).toEqual([
      '19 a11y/heading-order',
      '22 links/anchor',
    ]);
    expect(isSuppressibleAtSource('links/anchor')).toBe(true);
    expect(isSuppressibleAtSource('a11y/heading-order')).toBe(true);
    const result = applySuppressions(
      findings,
      findSuppressions(document),
      (id) => isSuppressibleAtSource(id),
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(result.findings).toEqual([]);
    expect(result.applied.map(({ line, ruleId }) => `${line} ${ruleId}`)).toEqual([
      '19 a11y/heading-order',
      '22 links/anchor',
    ]);
  });
});
