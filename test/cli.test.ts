import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/compliance/source/check.ts';
import { projectRoot, runScript } from './run-script.ts';

const check = (args: string[], env?: NodeJS.ProcessEnv) =>
  runScript('src/compliance/bin.ts', args, { env: env ?? {} });
const stackTrace = /^\s+at\s/m;

describe('npm run check', () => {
  it('exits 0 on the shipped content, with only the unconfirmed product facts as warnings', async () => {
    const outcome = await check([]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.trim().split('\n').at(-1)).toBe('0 errors, 4 warnings in 1 file');
    expect(outcome.stdout).toContain(
      'content/products/backrack.mdx:6:1  warning  product/unconfirmed  "price" is not confirmed (49.99 GBP is a placeholder); the maker must confirm it',
    );
  });

  it('exits 1 with compiler-style lines and a summary when a file has errors', async () => {
    const outcome = await check(['test/fixtures/rules/claims-prohibited.mdx']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(
      'test/fixtures/rules/claims-prohibited.mdx:16:50  error  claims/prohibited  "cure" is an absolute health claim',
    );
    expect(outcome.stderr.trim().split('\n').at(-1)).toBe('1 error, 0 warnings in 1 file');
  });

  it('reports a file that does not parse without a stack trace', async () => {
    const outcome = await check(['test/fixtures/rules/syntax-mdx.mdx']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('syntax-mdx.mdx:18:1  error  syntax/mdx');
    expect(outcome.stderr).not.toMatch(stackTrace);
  });

  it('prints JSON on request: exact counts, every finding whole, and the suppressions', async () => {
    const outcome = await check(['test/fixtures/rules/suppression.mdx', '--format', 'json']);
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout)).toStrictEqual({
      summary: { errors: 2, warnings: 0, filesChecked: 1 },
      findings: [
        {
          ruleId: 'compliance/suppression',
          severity: 'error',
          file: 'test/fixtures/rules/suppression.mdx',
          position: { line: 18, column: 1 },
          message: 'suppression of claims/prohibited gives no reason',
          hint: 'Write {/* compliance-ignore-next-line <rule-id> -- <why this is right> */} on the line above.',
        },
        {
          ruleId: 'claims/prohibited',
          severity: 'error',
          file: 'test/fixtures/rules/suppression.mdx',
          position: { line: 19, column: 13 },
          end: { line: 19, column: 18 },
          message:
            '"cures" is an absolute health claim; say what the evidence shows, e.g. "may ease"',
          hint: 'Guidance: CAP Code section 12 and rule 12.1; ASA substantiation guidance.',
        },
      ],
      suppressed: [
        {
          file: 'test/fixtures/rules/suppression.mdx',
          line: 22,
          ruleId: 'claims/cure-absolute',
          reason: 'quoting the seed copy we rejected',
        },
      ],
    });
  });

  it('checks whole folders, and its JSON holds exactly what the checker found', async () => {
    const folder = 'test/fixtures/rules';
    const [outcome, report] = await Promise.all([
      check([folder, '--format', 'json']),
      checkContent(projectRoot, { paths: [folder], cache: false }),
    ]);
    expect(outcome.code).toBe(1);
    const files = (await readdir(join(projectRoot, folder))).filter((name) =>
      name.endsWith('.mdx'),
    );
    const errors = report.findings.filter((finding) => finding.severity === 'error').length;
    expect(JSON.parse(outcome.stdout)).toStrictEqual({
      summary: {
        errors,
        warnings: report.findings.length - errors,
        filesChecked: files.length,
      },
      findings: report.findings,
      suppressed: report.suppressed,
    });
    // The findings cover the whole folder: every fixture but the clean one breaks a rule.
    expect([...new Set(report.findings.map((finding) => finding.file))].sort()).toEqual(
      files
        .filter((name) => name !== 'clean.mdx')
        .map((name) => `${folder}/${name}`)
        .sort(),
    );
  });

  it('writes GitHub annotations when running in GitHub Actions', async () => {
    const outcome = await check(['test/fixtures/rules/links-insecure.mdx'], {
      GITHUB_ACTIONS: 'true',
    });
    expect(outcome.stdout).toMatch(
      /^::error file=test\/fixtures\/rules\/links-insecure\.mdx,line=18,col=10,title=links\/insecure::/m,
    );
  });

  it('explains a rule from the README, and lists the known rules for an unknown one', async () => {
    const outcome = await check(['--explain', 'claims/prohibited']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^claims\/prohibited\n\nAn error, checked by npm run check/);
    expect(outcome.stdout).toContain('\nThe page uses wording');
    expect(outcome.stdout).toContain('Fix: say what the evidence shows');
    const unknown = await check(['--explain', 'claims/cures']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^error {2}unknown rule "claims\/cures"; known rules: .*claims\/prohibited/,
    );
  });

  it('exits 2 on a usage error or a path that does not exist', async () => {
    const badFormat = await check(['--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of pretty, json, github; got "xml"');
    const missing = await check(['content/articles/no-such-page.mdx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder: content/articles/no-such-page.mdx');
    expect(missing.stderr).not.toMatch(stackTrace);
  });
});

describe('npm run build with a content error', () => {
  let project: string;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'backrack-build-'));
    await cp(join(projectRoot, 'content/people'), join(project, 'content/people'), {
      recursive: true,
    });
    await cp(join(projectRoot, 'content/compliance'), join(project, 'content/compliance'), {
      recursive: true,
    });
    await cp(
      join(projectRoot, 'test/fixtures/rules/schema.mdx'),
      join(project, 'content/articles/typo.mdx'),
    );
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('stops before Astro starts, with the finding and no stack trace', async () => {
    const outcome = await runScript('src/build/build.ts', [], { cwd: project });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(
      'content/articles/typo.mdx:7:1  error  schema/unknown-field  unknown field "reviewedby"',
    );
    expect(outcome.stderr).toContain('Build stopped before Astro started');
    expect(outcome.stdout + outcome.stderr).not.toMatch(/\[build\]/);
    expect(outcome.stderr).not.toMatch(stackTrace);
  });
});
