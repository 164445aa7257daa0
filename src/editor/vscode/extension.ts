/**
 * The VS Code extension: starts the project's language server for the open
 * folder and lets VS Code show what it finds. All the checking is the
 * server's; this file only starts it (bundled by `npm run editor:vscode`).
 */
import { existsSync } from 'node:fs';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { serverCommand } from './server-command.ts';

let client: LanguageClient | undefined;

/** The files the server checks, matched by path so .mdx works without an MDX extension. */
const CHECKED = ['**/content/**/*.mdx', '**/content/**/*.md', '**/content/**/*.yaml'];

export async function activate(context: ExtensionContext): Promise<void> {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return;
  const { command, args, cwd, env } = serverCommand(
    folder.uri.fsPath,
    process.execPath,
    existsSync,
  );
  const server: ServerOptions = {
    command,
    args,
    options: { cwd, env: { ...process.env, ...env } },
  };
  const options: LanguageClientOptions = {
    documentSelector: CHECKED.map((pattern) => ({ scheme: 'file', pattern })),
    workspaceFolder: folder,
    outputChannel: window.createOutputChannel('Backrack content checks', { log: true }),
  };
  client = new LanguageClient('backrackContent', 'Backrack content checks', server, options);
  context.subscriptions.push(
    commands.registerCommand('backrackContent.restart', () => client?.restart()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
