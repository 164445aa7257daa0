import { join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './run-script.ts';

/** Each violation as `rule: from → to`, or the cycle it closes. */
const violationsOf = (result: ICruiseResult): string[] =>
  result.summary.violations.map(
    (violation) =>
      `${violation.rule.name}: ${violation.from} → ${violation.to}${
        violation.cycle ? ` (${violation.cycle.map((step) => step.name).join(' → ')})` : ''
      }`,
  );

describe('the imports of src/', () => {
  let result: ICruiseResult;

  beforeAll(async () => {
    const options = await extractDepcruiseOptions(join(projectRoot, '.dependency-cruiser.cjs'));
    const previous = process.cwd();
    // dependency-cruiser resolves paths against the working directory.
    process.chdir(projectRoot);
    try {
      const reported = await cruise(['src'], { ...options, outputType: 'json' });
      result = (
        typeof reported.output === 'string' ? JSON.parse(reported.output) : reported.output
      ) as ICruiseResult;
    } finally {
      process.chdir(previous);
    }
  }, 60_000);

  it('were all read', () => {
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    expect(result.summary.ruleSetUsed?.forbidden?.map((rule) => rule.name)).toEqual([
      'no-module-cycle',
      'no-folder-cycle',
      'core-is-a-leaf',
      'security-uses-the-core-only',
      'schemas-know-no-checker',
      'checker-knows-no-editor',
      'toolbar-app-runs-in-the-browser',
      'visual-editor-panel-runs-in-the-browser',
    ]);
  });

  it('have no cycle between modules or folders, keep the core at the bottom, the editor on top and the toolbar app and the visual editor panel in the browser', () => {
    expect(violationsOf(result)).toEqual([]);
  });
});
