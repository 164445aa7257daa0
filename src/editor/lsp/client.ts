import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver';

/** This folder's server, started as editors start it. */
const SERVER = fileURLToPath(new URL('server.ts', import.meta.url));

/** The server as an editor starts it, and a JSON-RPC connection to it over its stdio. */
export interface LspSession {
  connection: MessageConnection;
  server: ChildProcess;
  initialized: InitializeResult;
  /** The next diagnostics published for `uri`, in the order the server sent them. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

export const fileUri = (root: string, file: string): string => pathToFileURL(join(root, file)).href;

/**
 * Spawns `node src/editor/lsp/server.ts --stdio` on the Node that runs this
 * (24, for the tests and the benchmark), and initializes it for `root` as a
 * client that watches files (unless told not to, as some editors do not). For the tests and `npm run bench`: an editor is
 * the real client.
 */
export async function startLspSession(
  root: string,
  initializationOptions: Record<string, unknown> = {},
  { watchesFiles = true }: { watchesFiles?: boolean } = {},
): Promise<LspSession> {
  const server = spawn(process.execPath, [SERVER, '--stdio'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  if (!server.stdout || !server.stdin) throw new Error('the server has no stdio');
  const connection = createMessageConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  const waiting = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();
  const queued = new Map<string, PublishDiagnosticsParams[]>();
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: PublishDiagnosticsParams) => {
      const waiter = waiting.get(params.uri)?.shift();
      if (waiter) waiter(params);
      else queued.set(params.uri, [...(queued.get(params.uri) ?? []), params]);
    },
  );
  // The server registers its file watchers; a client says yes.
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialized = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'site' }],
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: watchesFiles } },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    server,
    initialized,
    nextDiagnostics(uri) {
      const ready = queued.get(uri)?.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve) => {
        waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]);
      });
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}
