import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../../compliance/core/finding.ts';
import { codeActionsFor, monthsAfter, PLACEHOLDER_REASON } from './code-actions.ts';

const uri = 'file:///site/content/articles/a.mdx';
const today = new Date('2026-11-30T12:00:00Z');
const source = '---\ntitel: A\n---\n\n  It cures.\n';

const diagnostic: Diagnostic = {
  range: { start: { line: 4, character: 5 }, end: { line: 4, character: 10 } },
  message: 'm',
};

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'claims/prohibited',
  severity: 'error',
  file: 'content/articles/a.mdx',
  position: { line: 5, column: 6 },
  message: 'm',
  ...overrides,
});

const actions = (found: Finding, text = source, collection: 'articles' | 'people' = 'articles') =>
  codeActionsFor([{ finding: found, diagnostic }], {
    uri,
    document: { source: text, collection },
    today,
  }).map((action) => ({ title: action.title, edits: action.edit?.changes?.[uri] }));

describe('monthsAfter', () => {
  it('adds months, keeping the day or taking the last day of a shorter month', () => {
    expect(monthsAfter(new Date('2026-12-01T00:00:00Z'), 3)).toBe('2027-03-01');
    expect(monthsAfter(today, 3)).toBe('2027-02-28');
    expect(monthsAfter(new Date('2027-11-30T00:00:00Z'), 3)).toBe('2028-02-29');
  });
});

describe('codeActionsFor', () => {
  it("offers the rule's fix first, then a suppression above the line, indented as it is", () => {
    const fix = {
      title: 'Say "may ease"',
      from: { line: 5, column: 6 },
      to: { line: 5, column: 11 },
      text: 'may ease',
    };
    expect(actions(finding({ fix }))).toEqual([
      {
        title: 'Say "may ease"',
        edits: [
          {
            range: { start: { line: 4, character: 5 }, end: { line: 4, character: 10 } },
            newText: 'may ease',
          },
        ],
      },
      {
        title: 'Silence claims/prohibited on this line until 2027-02-28',
        edits: [
          {
            range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
            newText: `  {/* compliance-ignore-next-line claims/prohibited until 2027-02-28 -- ${PLACEHOLDER_REASON} */}\n`,
          },
        ],
      },
    ]);
  });

  it('writes a YAML comment in frontmatter and people files, keeping CRLF line ends', () => {
    const inFrontmatter = finding({
      ruleId: 'schema/unknown-field',
      position: { line: 2, column: 1 },
    });
    expect(actions(inFrontmatter)[0]?.edits?.[0]?.newText).toBe(
      `# compliance-ignore-next-line schema/unknown-field until 2027-02-28 -- ${PLACEHOLDER_REASON}\n`,
    );
    const person = finding({ ruleId: 'schema/invalid-value', position: { line: 1, column: 1 } });
    expect(actions(person, 'name: A\r\nrole: x\r\n', 'people')[0]?.edits?.[0]?.newText).toBe(
      `# compliance-ignore-next-line schema/invalid-value until 2027-02-28 -- ${PLACEHOLDER_REASON}\r\n`,
    );
  });

  it('offers no suppression where none can hold: unsuppressible rules, no position, above the frontmatter', () => {
    expect(actions(finding({ ruleId: 'compliance/internal' }))).toEqual([]);
    expect(actions(finding({ position: null }))).toEqual([]);
    expect(actions(finding({ ruleId: 'schema/yaml', position: { line: 1, column: 1 } }))).toEqual(
      [],
    );
  });
});
