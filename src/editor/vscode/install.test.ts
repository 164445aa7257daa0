import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = import.meta.dirname;
const vsce = join(here, '../../../node_modules/@vscode/vsce/vsce');

describe('npm run editor:vscode', () => {
  it('bundles and packages the extension offline, with only the bundle, manifest and README', async () => {
    const { stdout } = await run(process.execPath, [join(here, 'install.ts'), '--no-install'], {
      cwd: here,
    });
    const vsix = join(here, 'dist/backrack-content-checks-0.1.0.vsix');
    expect(stdout).toContain(`Packaged ${vsix}`);
    expect((await stat(vsix)).size).toBeGreaterThan(10_000);
    const listed = await run(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: here });
    expect(listed.stdout.trim().split('\n').sort()).toEqual([
      'README.md',
      'dist/extension.cjs',
      'package.json',
    ]);
  }, 120_000);
});
