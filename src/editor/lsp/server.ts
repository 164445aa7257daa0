/**
 * `npm run lsp`: the content checks as a language server on stdio. Editors
 * send the text as it is typed; the server checks it with the source rules,
 * kept loaded, and answers with diagnostics, quick fixes and explanations.
 * Everything LSP-shaped is adapted here and in this folder: the rules know
 * nothing of editors.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../compliance/core/finding.ts';
import { codeActionsFor, type ShownFinding } from './code-actions.ts';
import { ContentChecker } from './content-checker.ts';
import { Debouncer } from './debounce.ts';
import { rangesTouch, toDiagnostic } from './diagnostics.ts';
import { watchSharedInputs } from './file-watcher.ts';
import { hoverAt } from './hover.ts';
import {
  classifyOpened,
  sharedInputOf,
  SHARED_INPUT_GLOBS,
  type OpenedFile,
} from './project-files.ts';
import { readmeRuleDocs } from './rule-docs.ts';

/** Long enough to wait out a burst of keystrokes, short enough to feel immediate. */
const DEFAULT_DEBOUNCE_MS = 150;

interface Settings {
  /** Milliseconds between the last change and the check; the benchmark sets 0. */
  debounceMs?: number;
}

/** What the last check of an open document found, for the quick fixes and hovers that follow. */
interface Checked {
  version: number;
  opened: OpenedFile;
  shown: ShownFinding[];
}

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const checked = new Map<string, Checked>();

let root = process.cwd();
let debouncer = new Debouncer<string>(DEFAULT_DEBOUNCE_MS);
let checker: ContentChecker;
/** The README `--explain` reads: the one beside this code, which documents these rules. */
const ruleDocs = readmeRuleDocs(fileURLToPath(new URL('../../../README.md', import.meta.url)));

/** A document's path relative to the root, with forward slashes; null outside the root. */
function projectPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  const path = relative(root, fileURLToPath(uri));
  return path.startsWith('..') ? null : path.split(sep).join('/');
}

/** The unsaved text of a project file open in the editor, if it is open. */
const openText = (file: string): string | undefined =>
  documents.get(pathToFileURL(join(root, file)).href)?.getText();

async function findingsOf(file: string, opened: OpenedFile, text: string): Promise<Finding[]> {
  if (opened.kind === 'content') return checker.checkContent(file, text, opened.collection);
  if (opened.kind === 'claims-data') return checker.checkClaimsData(file);
  return [];
}

async function check(uri: string): Promise<void> {
  const document = documents.get(uri);
  const file = projectPath(uri);
  if (!document || file === null) return;
  const { version } = document;
  const text = document.getText();
  const opened = classifyOpened(file);
  const findings = await findingsOf(file, opened, text);
  // A newer text is on its way to be checked; this result would flash stale squiggles.
  if (documents.get(uri)?.version !== version) return;
  const lines = text.split(/\r?\n/);
  const shown = findings.map((finding) => ({
    finding,
    diagnostic: toDiagnostic(finding, {
      lineText: (line) => lines[line] ?? '',
      docsUrl: (ruleId) => ruleDocs.url(ruleId),
    }),
  }));
  checked.set(uri, { version, opened, shown });
  const diagnostics: Diagnostic[] = shown.map((entry) => entry.diagnostic);
  await connection.sendDiagnostics({ uri, version, diagnostics });
}

function scheduleCheck(uri: string): void {
  debouncer.schedule(uri, () => {
    check(uri).catch((error: unknown) => {
      connection.console.error(`checking ${uri} failed: ${String(error)}`);
    });
  });
}

/** After the claims data, the people or the style config change, every open page is checked again. */
function sharedInputChanged(file: string): void {
  const input = sharedInputOf(file);
  if (!input) return;
  checker.forget(input);
  for (const document of documents.all()) scheduleCheck(document.uri);
}

connection.onInitialize((params: InitializeParams) => {
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  root = folder ? fileURLToPath(folder) : process.cwd();
  const settings = (params.initializationOptions ?? {}) as Settings;
  debouncer = new Debouncer(settings.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  checker = new ContentChecker(root, openText);
  const canWatch =
    params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  connection.onInitialized(() => {
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: SHARED_INPUT_GLOBS.map((glob) => ({ globPattern: `**/${glob}` })),
      });
    } else {
      // Editors that cannot watch files for a server (some do not) get Node's own watcher.
      watchSharedInputs(root, sharedInputChanged);
    }
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      hoverProvider: true,
    },
    serverInfo: { name: 'backrack-content' },
  };
});

documents.onDidChangeContent(({ document }) => {
  scheduleCheck(document.uri);
  const file = projectPath(document.uri);
  // The claims data is read from the open buffer, so its unsaved edits count at once.
  if (file !== null && sharedInputOf(file) === 'claims-data') sharedInputChanged(file);
});

documents.onDidSave(({ document }) => {
  const file = projectPath(document.uri);
  if (file !== null) sharedInputChanged(file);
});

documents.onDidClose(({ document }) => {
  debouncer.cancel(document.uri);
  checked.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  const file = projectPath(document.uri);
  // Closing without saving drops the buffer's claims data: go back to the file's.
  if (file !== null && sharedInputOf(file) === 'claims-data') sharedInputChanged(file);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) {
    const file = projectPath(change.uri);
    if (file !== null) sharedInputChanged(file);
  }
});

connection.onCodeAction(({ textDocument, range }) => {
  const document = documents.get(textDocument.uri);
  const state = checked.get(textDocument.uri);
  // Fixes computed on an older text would edit the wrong characters.
  if (!document || !state || state.version !== document.version) return [];
  if (state.opened.kind !== 'content') return [];
  const shown = state.shown.filter((entry) => rangesTouch(entry.diagnostic.range, range));
  return codeActionsFor(shown, {
    uri: textDocument.uri,
    document: { source: document.getText(), collection: state.opened.collection },
    today: new Date(),
  });
});

connection.onHover(({ textDocument, position }) => {
  const state = checked.get(textDocument.uri);
  if (!state) return null;
  const shown = state.shown.map(({ finding, diagnostic }) => ({
    ruleId: finding.ruleId,
    range: diagnostic.range,
  }));
  return hoverAt(shown, position, (ruleId) => ruleDocs.explain(ruleId));
});

documents.listen(connection);
connection.listen();
