/**
 * `npm run editor:vscode [-- --no-install]`: bundles the extension into one
 * file (esbuild), packages it as a .vsix (vsce, which needs no network for
 * this), and installs it with `code --install-extension` when VS Code's
 * command is on the PATH; otherwise prints where the .vsix is, to install by
 * hand (Extensions → … → Install from VSIX). `--no-install` stops after
 * packaging, as the test does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { 'no-install': { type: 'boolean', default: false } } });

const here = import.meta.dirname;
const root = join(here, '../../..');
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const vsix = join(here, 'dist', `${manifest.name}-${manifest.version}.vsix`);

// VS Code loads extensions as CommonJS and provides `vscode` itself.
await build({
  entryPoints: [join(here, 'extension.ts')],
  outfile: join(here, 'dist/extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});

// The bundle holds every package the extension needs, so vsce need not ask npm for them.
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@vscode/vsce/vsce'),
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--skip-license',
    '--out',
    vsix,
  ],
  { cwd: here, stdio: 'inherit' },
);

const code = values['no-install']
  ? null
  : spawnSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
if (!code) {
  console.log(`\nPackaged ${vsix}`);
} else if (code.error) {
  console.log(`\nVS Code's \`code\` command is not on the PATH. Install the extension by hand:
  code --install-extension ${vsix}
or in VS Code: Extensions → … → Install from VSIX…, and pick that file.`);
} else if (code.status !== 0) {
  process.exitCode = code.status ?? 1;
}
