import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, startLspSession } from '../editor/lsp/client.ts';
import { generateContent, generatedArticle } from './generate-content.ts';
import { median } from './measure.ts';

export interface LspTimes {
  /** Words of prose in the article edited. */
  words: number;
  edits: number;
  /** From opening the article to its first diagnostics: the rules' first load included. */
  firstCheckMs: number;
  /** Median from a change to its diagnostics, with no debounce: the check itself. */
  changeMs: number;
  /** The same with the server's default 150 ms debounce, as an editor sees it. */
  changeWithDebounceMs: number;
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const round = (value: number) => Number(value.toFixed(1));

/**
 * Opens the article in a spawned server and types `edits` sentences at its
 * end, one change at a time, timing each change to the diagnostics for its
 * version. Returns the first check's time and the median of the changes.
 */
async function timeEdits(
  site: string,
  text: string,
  edits: number,
  debounceMs?: number,
): Promise<{ firstMs: number; medianMs: number }> {
  const session = await startLspSession(site, debounceMs === undefined ? {} : { debounceMs });
  const uri = fileUri(site, 'content/articles/typed.mdx');
  try {
    let started = performance.now();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'mdx', version: 1, text },
    });
    await session.nextDiagnostics(uri);
    const firstMs = performance.now() - started;
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines.at(-1)?.length ?? 0 };
    const times: number[] = [];
    for (let version = 2; version < edits + 2; version += 1) {
      started = performance.now();
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          { range: { start: end, end }, text: `A sentence typed, number ${version}. ` },
        ],
      });
      let published = await session.nextDiagnostics(uri);
      while (published.version !== version) published = await session.nextDiagnostics(uri);
      times.push(performance.now() - started);
      end.character += `A sentence typed, number ${version}. `.length;
    }
    return { firstMs, medianMs: median(times) };
  } finally {
    await session.close();
  }
}

/**
 * The language server's answer time on a 1,500-word generated article, in a
 * copy of the site's data (people, claims lists, the shipped articles).
 */
export async function benchLanguageServer(root: string, edits = 30): Promise<LspTimes> {
  const site = await mkdtemp(join(tmpdir(), 'backrack-bench-lsp-'));
  try {
    await generateContent(root, site, 0);
    const text = await generatedArticle(root, 1500);
    await writeFile(join(site, 'content/articles/typed.mdx'), text);
    const direct = await timeEdits(site, text, edits, 0);
    const debounced = await timeEdits(site, text, Math.min(edits, 10));
    const body = text.slice(text.indexOf('\n---\n') + 5);
    return {
      words: countWords(body),
      edits,
      firstCheckMs: round(direct.firstMs),
      changeMs: round(direct.medianMs),
      changeWithDebounceMs: round(debounced.medianMs),
    };
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}
