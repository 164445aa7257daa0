import { join } from 'node:path';

/** How the editor starts the language server: a program, its arguments, and where. */
export interface ServerCommand {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/**
 * The project's own server on the project's own Node (24, from the `node`
 * package, which runs TypeScript as it is). Without it, the editor's Node
 * (`execPath`, Electron run as Node) is tried: it may be too old to strip
 * types, and then the output panel says so.
 */
export function serverCommand(
  root: string,
  execPath: string,
  exists: (path: string) => boolean,
): ServerCommand {
  const projectNode = join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'node.cmd' : 'node',
  );
  const own = exists(projectNode);
  return {
    command: own ? projectNode : execPath,
    args: [join(root, 'src', 'editor', 'lsp', 'server.ts'), '--stdio'],
    cwd: root,
    env: own ? {} : { ELECTRON_RUN_AS_NODE: '1' },
  };
}
