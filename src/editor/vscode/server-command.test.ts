import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverCommand } from './server-command.ts';

const root = join('/work', 'site');
const server = join(root, 'src', 'editor', 'lsp', 'server.ts');

describe('serverCommand', () => {
  it("starts the project's server on the project's own Node", () => {
    expect(serverCommand(root, '/opt/code/code', () => true)).toEqual({
      command: join(
        root,
        'node_modules',
        '.bin',
        process.platform === 'win32' ? 'node.cmd' : 'node',
      ),
      args: [server, '--stdio'],
      cwd: root,
      env: {},
    });
  });

  it("falls back to the editor's own runtime, run as Node, before `npm ci`", () => {
    expect(serverCommand(root, '/opt/code/code', () => false)).toEqual({
      command: '/opt/code/code',
      args: [server, '--stdio'],
      cwd: root,
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
  });
});
