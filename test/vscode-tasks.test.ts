import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../src/compliance/reporters/pretty.ts';

const root = join(import.meta.dirname, '..');

interface Matcher {
  pattern: { regexp: string } & Record<string, string | number>;
}
interface Tasks {
  tasks: { label: string; command: string; problemMatcher: Matcher[] }[];
}

const tasks = JSON.parse(readFileSync(join(root, '.vscode/tasks.json'), 'utf8')) as Tasks;
const task = tasks.tasks.find((entry) => entry.label === 'Check content');

/** What VS Code would read from a line: the first matcher whose regexp matches it. */
function problem(line: string): Record<string, string> | null {
  for (const { pattern } of task?.problemMatcher ?? []) {
    const match = new RegExp(pattern.regexp).exec(line);
    if (!match) continue;
    const fields: Record<string, string> = {};
    for (const [name, group] of Object.entries(pattern)) {
      if (typeof group === 'number') fields[name] = match[group] ?? '';
    }
    return fields;
  }
  return null;
}

describe('the VS Code task "Check content"', () => {
  it('runs npm run check', () => {
    expect(task?.command).toBe('npm run check');
  });

  it("reads the checker's lines into problems", () => {
    const line = formatFinding({
      ruleId: 'claims/prohibited',
      severity: 'error',
      file: 'content/articles/heat or ice.mdx',
      position: { line: 16, column: 46 },
      message: '"cures" is an absolute health claim; say what the evidence shows',
      hint: 'Guidance: CAP Code section 12.',
    });
    expect(line.split('\n').map(problem)).toEqual([
      {
        file: 'content/articles/heat or ice.mdx',
        line: '16',
        column: '46',
        severity: 'error',
        code: 'claims/prohibited',
        message: '"cures" is an absolute health claim; say what the evidence shows',
      },
      null,
    ]);
  });

  it('reads findings without a position as problems on the file', () => {
    const line = formatFinding({
      ruleId: 'compliance/internal',
      severity: 'warning',
      file: 'content/articles/a.mdx',
      position: null,
      message: 'claims/prohibited could not run: a: b',
    });
    expect(problem(line)).toEqual({
      file: 'content/articles/a.mdx',
      severity: 'warning',
      code: 'compliance/internal',
      message: 'claims/prohibited could not run: a: b',
    });
  });

  it('ignores the summary and suppression lines', () => {
    for (const line of [
      '1 error, 1 warning in 1 file',
      'no problems in 8 files',
      '1 suppressed finding:',
      '  content/articles/heat-or-ice.mdx:22  claims/prohibited  -- quoting the advert',
    ]) {
      expect(problem(line), line).toBeNull();
    }
  });
});
