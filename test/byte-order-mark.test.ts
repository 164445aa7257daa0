import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionName, RuleContext } from '../src/compliance/core/document.ts';
import type { Finding } from '../src/compliance/core/finding.ts';
import { BYTE_ORDER_MARK, parseFrontmatter } from '../src/compliance/core/frontmatter.ts';
import { isSuppressibleAtSource } from '../src/compliance/core/registry.ts';
import { checkContent } from '../src/compliance/source/check.ts';
import { parseDocument } from '../src/compliance/source/parse-document.ts';
import { sourceRules } from '../src/compliance/source/rules/index.ts';
import { applySuppressions, findSuppressions } from '../src/compliance/source/suppressions.ts';
import { projectRoot, runScript } from './run-script.ts';

// Some Windows editors save UTF-8 with a byte-order mark (U+FEFF) first. Such a
// file is checked like any other: same findings, same lines and columns.

const context: RuleContext = {
  root: projectRoot,
  today: new Date('2026-11-25T00:00:00Z'),
  people: new Set(['editorial-team']),
  fileExists: existsSync,
};

/** Every source rule and the suppressions on one file's text, as `checkFile` runs them. */
async function findingsFor(file: string, text: string, collection: CollectionName) {
  const document = parseDocument(file, text, collection);
  const findings: Finding[] = [];
  for (const rule of sourceRules) findings.push(...(await rule.check(document, context)));
  return applySuppressions(
    findings,
    findSuppressions(document),
    isSuppressibleAtSource,
    context.today,
  );
}

const fixtures: [file: string, collection: CollectionName][] = [
  ...readdirSync(join(projectRoot, 'test/fixtures/rules'))
    .filter((name) => name.endsWith('.mdx') && name !== 'byte-order-mark.mdx')
    .map((name): [string, CollectionName] => [`test/fixtures/rules/${name}`, 'articles']),
  ['test/fixtures/products/needs-citation.mdx', 'products'],
  ['content/people/editorial-team.yaml', 'people'],
];

describe('a content file saved with a byte-order mark', () => {
  it('is checked by the whole checker at the lines and columns an editor sees', async () => {
    const paths = [
      'test/fixtures/rules/byte-order-mark.mdx',
      'test/fixtures/people/byte-order-mark.yaml',
    ];
    for (const path of paths) {
      // The mark is invisible in an editor: make sure the fixtures still have it.
      expect(readFileSync(join(projectRoot, path), 'utf8').startsWith(BYTE_ORDER_MARK)).toBe(true);
    }
    const { findings, suppressed } = await checkContent(projectRoot, {
      paths,
      today: context.today,
    });
    expect(
      findings.map(
        ({ file, position, ruleId }) => `${file}:${position?.line}:${position?.column} ${ruleId}`,
      ),
    ).toEqual([
      'test/fixtures/people/byte-order-mark.yaml:1:1 schema/unknown-field',
      'test/fixtures/rules/byte-order-mark.mdx:3:1 schema/unknown-field',
      'test/fixtures/rules/byte-order-mark.mdx:22:13 claims/prohibited',
      'test/fixtures/rules/byte-order-mark.mdx:29:1 markdown/MD004',
    ]);
    expect(suppressed.map(({ line, ruleId }) => `${line} ${ruleId}`)).toEqual([
      '25 claims/cure-absolute',
    ]);
  });

  it.each(fixtures)('%s gives the same findings and suppressions with one', async (file, kind) => {
    const text = readFileSync(join(projectRoot, file), 'utf8');
    expect(text.startsWith(BYTE_ORDER_MARK)).toBe(false);
    const withMark = await findingsFor(file, `${BYTE_ORDER_MARK}${text}`, kind);
    expect(withMark).toEqual(await findingsFor(file, text, kind));
  });

  it('keeps its frontmatter, body and line numbers, for every reader of frontmatter', () => {
    const text = '---\ntitle: Heat or ice\n---\n\n## Using heat\n';
    expect(parseFrontmatter(`${BYTE_ORDER_MARK}${text}`)).toMatchObject({
      data: { title: 'Heat or ice' },
      body: '## Using heat\n',
      bodyStartLine: 5,
    });
    expect(parseFrontmatter(`${BYTE_ORDER_MARK}${text}`).locate(['title'])).toEqual({
      line: 2,
      column: 1,
    });
  });

  it('reports the first key of a people file at line 1, column 1, not column 2', async () => {
    const text = `${BYTE_ORDER_MARK}nickname: Ed\nname: Ed\nrole: Editor\nbio: Writes the pages.\n`;
    const { findings } = await findingsFor('content/people/ed.yaml', text, 'people');
    expect(
      findings.map(({ ruleId, position, message }) => ({ ruleId, position, message })),
    ).toEqual([
      {
        ruleId: 'schema/unknown-field',
        position: { line: 1, column: 1 },
        message: 'unknown field "nickname"',
      },
    ]);
  });

  it('is kept by `npm run format` (markdownlint-cli2 --fix) when it fixes the file', async () => {
    const project = await mkdtemp(join(tmpdir(), 'backrack-bom-'));
    try {
      await copyFile(
        join(projectRoot, '.markdownlint-cli2.jsonc'),
        join(project, '.markdownlint-cli2.jsonc'),
      );
      await mkdir(join(project, 'content'));
      const page = join(project, 'content', 'page.mdx');
      await writeFile(page, `${BYTE_ORDER_MARK}---\ntitle: T\n---\n\nText.   \n\n* a\n\n- b\n`);
      const outcome = await runScript(
        'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs',
        ['--fix'],
        { cwd: project },
      );
      expect(outcome.code).toBe(0);
      expect(await readFile(page, 'utf8')).toBe(
        `${BYTE_ORDER_MARK}---\ntitle: T\n---\n\nText.\n\n* a\n\n* b\n`,
      );
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
