import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver';
import { explainRule } from '../src/compliance/explain.ts';
import { monthsAfter } from '../src/editor/lsp/code-actions.ts';
import { fileUri, startLspSession, type LspSession } from '../src/editor/lsp/client.ts';
import { projectRoot } from './run-script.ts';

/**
 * The language server as an editor uses it: spawned with `--stdio`, spoken
 * to in JSON-RPC, on a copy of the project's data files (so the test can
 * change the claims list on disk without touching the real one).
 */
const today = new Date().toISOString().slice(0, 10);
const FILE = 'content/articles/typed.mdx';

const article = `---
titel: A test article about back spasms
# The title is misspelt on purpose; the line above is the one to fix.
description: A description long enough to satisfy the schema for search result snippets.
kind: condition
publishedAt: ${today}
reviewedAt: ${today}
reviewedBy: editorial-team
author: editorial-team
tags: [back spasm]
sources:
  - title: Back pain
    publisher: NHS
    url: http://www.nhs.uk/conditions/back-pain/
---

Heat may ease pain for a short time <Cite n={1} />. A warm bath is marvellous.

## When to get help

Call 111 if the pain is severe.
`;

/** Opens the article, its title spelt right, reviewed by a person the project may not know yet. */
async function openReviewedBy(session: LspSession, uri: string, reviewer: string): Promise<void> {
  const text = article
    .replace('titel:', 'title:')
    .replace('reviewedBy: editorial-team', `reviewedBy: ${reviewer}`);
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'mdx', version: 1, text },
  });
}

let root: string;
let session: LspSession;
let uri: string;
const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
const docsUrl = (anchor: string) => `${fileUri(projectRoot, 'README.md')}#${anchor}`;

/** What an editor shows of a diagnostic; the test asserts all of it. */
const shown = ({ range, severity, code, codeDescription, source, message }: Diagnostic) => ({
  range: `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`,
  severity,
  code,
  href: codeDescription?.href,
  source,
  message,
});

const at = (line: number, character: number) => ({ line, character });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'backrack-lsp-'));
  for (const path of [
    'content/compliance',
    'content/people',
    'content/products',
    '.markdownlint-cli2.jsonc',
  ]) {
    await cp(join(projectRoot, path), join(root, path), { recursive: true });
  }
  await mkdir(join(root, 'content/articles'), { recursive: true });
  uri = fileUri(root, FILE);
  session = await startLspSession(root, { debounceMs: 0 });
});

afterAll(async () => {
  await session.close();
  await rm(root, { recursive: true, force: true });
});

describe('the language server', () => {
  let diagnostics: Diagnostic[];

  it('says it offers quick fixes and hovers, and syncs edits incrementally', () => {
    expect(session.initialized.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
    });
  });

  it('reports the findings of an unsaved page, each at its text, with its rule and docs link', async () => {
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'mdx', version: 1, text: article },
    });
    const published = await session.nextDiagnostics(uri);
    diagnostics = published.diagnostics;
    expect(published.version).toBe(1);
    expect(diagnostics.map(shown)).toEqual([
      {
        range: '1:0-1:5',
        severity: 1,
        code: 'schema/unknown-field',
        href: docsUrl('schema'),
        source: 'backrack-content',
        message: 'unknown field "titel"\nhint: Did you mean "title"?',
      },
      {
        range: '4:0-4:4',
        severity: 1,
        code: 'safety/urgent-help-missing',
        href: docsUrl('safetyurgent-help-missing'),
        source: 'backrack-content',
        message:
          'a condition article must contain the urgent-help callout\nhint: Add <UrgentHelp /> on its own line, usually in a "When to get help" section.',
      },
      {
        range: '13:4-13:14',
        severity: 1,
        code: 'links/insecure',
        href: docsUrl('linksinsecure'),
        source: 'backrack-content',
        message:
          '"sources.0.url": a source url must be an https:// address\nhint: Use the https:// address of the source; nhs.uk, nice.org.uk and doi.org all serve https.',
      },
    ]);
  });

  it('offers the fixes the rules give, and a suppression with a reason and an end date', async () => {
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at(1, 0), end: at(4, 0) },
      context: { diagnostics: [] },
    });
    const until = monthsAfter(new Date(), 3);
    expect(
      actions.map(({ title, kind, isPreferred, edit, diagnostics: fixed }) => ({
        title,
        kind,
        isPreferred,
        edits: edit?.changes?.[uri],
        fixes: fixed?.map((diagnostic) => diagnostic.code),
      })),
    ).toEqual([
      {
        title: 'Rename "titel" to "title"',
        kind: 'quickfix',
        isPreferred: true,
        edits: [{ range: { start: at(1, 0), end: at(1, 5) }, newText: 'title' }],
        fixes: ['schema/unknown-field'],
      },
      {
        title: 'Add <UrgentHelp /> under "When to get help"',
        kind: 'quickfix',
        isPreferred: true,
        edits: [{ range: { start: at(18, 19), end: at(18, 19) }, newText: '\n\n<UrgentHelp />' }],
        fixes: ['safety/urgent-help-missing'],
      },
      {
        title: `Silence schema/unknown-field on this line until ${until}`,
        kind: 'quickfix',
        isPreferred: undefined,
        edits: [
          {
            range: { start: at(1, 0), end: at(1, 0) },
            newText: `# compliance-ignore-next-line schema/unknown-field until ${until} -- TODO say why this is right\n`,
          },
        ],
        fixes: ['schema/unknown-field'],
      },
      {
        title: `Silence safety/urgent-help-missing on this line until ${until}`,
        kind: 'quickfix',
        isPreferred: undefined,
        edits: [
          {
            range: { start: at(4, 0), end: at(4, 0) },
            newText: `# compliance-ignore-next-line safety/urgent-help-missing until ${until} -- TODO say why this is right\n`,
          },
        ],
        fixes: ['safety/urgent-help-missing'],
      },
    ]);
  });

  it('offers https: for an http: source', async () => {
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at(13, 6), end: at(13, 6) },
      context: { diagnostics: [] },
    });
    expect(actions.map((action) => [action.title, action.edit?.changes?.[uri]])).toEqual([
      [
        'Use https: instead of http:',
        [{ range: { start: at(13, 9), end: at(13, 14) }, newText: 'https:' }],
      ],
      [
        `Silence links/insecure on this line until ${monthsAfter(new Date(), 3)}`,
        [
          {
            range: { start: at(13, 0), end: at(13, 0) },
            newText: `    # compliance-ignore-next-line links/insecure until ${monthsAfter(new Date(), 3)} -- TODO say why this is right\n`,
          },
        ],
      ],
    ]);
  });

  it('explains the rule under the cursor as --explain does', async () => {
    const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: at(4, 2),
    });
    expect(hover).toEqual({
      contents: {
        kind: 'plaintext',
        value: explainRule('safety/urgent-help-missing', readme),
      },
      range: { start: at(4, 0), end: at(4, 4) },
    });
    const nothing = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: at(16, 0),
    });
    expect(nothing).toBeNull();
  });

  it('checks the text again after each edit', async () => {
    // Apply the rename, as an editor does after the quick fix.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at(1, 0), end: at(1, 5) }, text: 'title' }],
    });
    const published = await session.nextDiagnostics(uri);
    expect(published.version).toBe(2);
    expect(published.diagnostics).toEqual(diagnostics.slice(1));
  });

  it('applies its own quick fixes cleanly: the suppression holds, the callout satisfies the rule', async () => {
    const actionsAt = (line: number, character: number) =>
      session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: at(line, character), end: at(line, character) },
        context: { diagnostics: [] },
      });
    const edit = (action: CodeAction | undefined) => action?.edit?.changes?.[uri]?.[0];
    const silence = edit((await actionsAt(13, 6)).find((a) => a.title.startsWith('Silence')));
    const callout = edit((await actionsAt(4, 0)).find((a) => a.title.startsWith('Add')));
    if (!silence || !callout) throw new Error('an expected quick fix is missing');
    // The callout goes below the suppression, so apply it first: the line numbers above stay.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [
        { range: callout.range, text: callout.newText },
        { range: silence.range, text: silence.newText },
      ],
    });
    const published = await session.nextDiagnostics(uri);
    expect(published.version).toBe(3);
    expect(published.diagnostics).toEqual([]);
  });

  it('checks every open page again when the claims list changes on disk', async () => {
    const claimsFile = join(root, 'content/compliance/claims.yaml');
    const claims = await readFile(claimsFile, 'utf8');
    await writeFile(
      claimsFile,
      claims.replace(
        /^prohibited:\n/m,
        `prohibited:
  - id: marvellous
    patterns: [marvellous]
    severity: warning
    message: '"{match}" oversells a bath'
    hint: say what it does
    guidance: a test entry
`,
      ),
    );
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(root, 'content/compliance/claims.yaml'), type: 2 }],
    });
    const published = await session.nextDiagnostics(uri);
    expect(published.diagnostics.map(shown).filter((d) => d.code === 'claims/prohibited')).toEqual([
      {
        range: '17:67-17:77',
        severity: 2,
        code: 'claims/prohibited',
        href: docsUrl('claimsprohibited'),
        source: 'backrack-content',
        message: '"marvellous" oversells a bath; say what it does\nhint: Guidance: a test entry.',
      },
    ]);
  });

  it('checks every open page again when a person is added', async () => {
    const reviewed = fileUri(root, 'content/articles/reviewed.mdx');
    await openReviewedBy(session, reviewed, 'dr-new');
    const before = await session.nextDiagnostics(reviewed);
    expect(
      before.diagnostics.map(shown).find((d) => d.code === 'schema/unknown-reference'),
    ).toEqual({
      range: '7:0-7:10',
      severity: 1,
      code: 'schema/unknown-reference',
      href: docsUrl('schema'),
      source: 'backrack-content',
      message:
        '"reviewedBy": no person "dr-new" in content/people/\nhint: Use the file name (without .yaml) of someone in content/people/, e.g. editorial-team.',
    });
    await writeFile(
      join(root, 'content/people/dr-new.yaml'),
      'name: Dr New\nrole: Reviewer\nbio: >-\n  A reviewer added while the page was open, to test the server.\n',
    );
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(root, 'content/people/dr-new.yaml'), type: 1 }],
    });
    const [after] = await Promise.all([
      session.nextDiagnostics(reviewed),
      session.nextDiagnostics(uri),
    ]);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('schema/unknown-reference');
    await session.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: reviewed },
    });
    expect((await session.nextDiagnostics(reviewed)).diagnostics).toEqual([]);
  });

  it('reports a broken claims list on the open file, and on pages as the claims rules failing', async () => {
    const claimsUri = fileUri(root, 'content/compliance/claims.yaml');
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: claimsUri, languageId: 'yaml', version: 1, text: 'prohibited: [\n' },
    });
    const [onClaims, onPage] = await Promise.all([
      session.nextDiagnostics(claimsUri),
      session.nextDiagnostics(uri),
    ]);
    expect(onClaims.diagnostics.map(shown).map(({ range, code }) => `${range} ${code}`)).toEqual([
      '0:0-0:10 compliance/internal',
    ]);
    expect(onClaims.diagnostics[0]?.message).toMatch(
      /^content\/compliance\/claims\.yaml: not valid YAML/,
    );
    expect(onPage.diagnostics.filter((d) => d.code === 'compliance/internal').length).toBe(3);
  });
});

describe('the language server, for an editor that does not watch files', () => {
  it('watches the shared inputs itself and checks the open pages again', async () => {
    const site = await mkdtemp(join(tmpdir(), 'backrack-lsp-watch-'));
    for (const path of ['content/compliance', 'content/people', '.markdownlint-cli2.jsonc']) {
      await cp(join(projectRoot, path), join(site, path), { recursive: true });
    }
    const own = await startLspSession(site, { debounceMs: 0 }, { watchesFiles: false });
    try {
      const page = fileUri(site, 'content/articles/page.mdx');
      await openReviewedBy(own, page, 'dr-watched');
      const before = await own.nextDiagnostics(page);
      expect(before.diagnostics.map((d) => d.code)).toContain('schema/unknown-reference');
      await writeFile(
        join(site, 'content/people/dr-watched.yaml'),
        'name: Dr Watched\nrole: Reviewer\nbio: >-\n  A reviewer the server notices by itself, to test its watcher.\n',
      );
      let after = await own.nextDiagnostics(page);
      // A save can arrive as more than one event; the last check is the one that counts.
      while (after.diagnostics.some((d) => d.code === 'schema/unknown-reference')) {
        after = await own.nextDiagnostics(page);
      }
      expect(after.diagnostics.map((d) => d.code)).not.toContain('schema/unknown-reference');
    } finally {
      await own.close();
      await rm(site, { recursive: true, force: true });
    }
  });
});
