import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  checkFiles,
  idsOfFiles,
  type ChunkResult,
  type ChunkSettings,
  type PageIds,
} from './check-chunk.ts';

/** Below this many pages per thread a worker's start-up costs more than it saves. */
const PAGES_PER_THREAD = 150;

interface Running {
  ids: Promise<PageIds>;
  result: Promise<ChunkResult>;
  send(allIds: PageIds): void;
}

/** A worker that parses its share of the pages, and checks them once it is sent every page's ids. */
function startWorker(files: string[], settings: ChunkSettings): Running {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
    workerData: { files, settings },
  });
  const messages: unknown[] = [];
  const waiting: ((message: unknown) => void)[] = [];
  let failure: Error | undefined;
  const failed: ((error: Error) => void)[] = [];
  worker.on('message', (message) => {
    const next = waiting.shift();
    if (next) next(message);
    else messages.push(message);
  });
  const fail = (error: Error) => {
    failure = error;
    failed.forEach((reject) => reject(error));
  };
  worker.once('error', fail);
  worker.once('exit', (code) => {
    if (code !== 0) fail(new Error(`a page-check worker stopped with exit code ${code}`));
  });
  const nextMessage = <T>(): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      failed.push(reject);
      const ready = messages.shift();
      if (ready !== undefined) resolve(ready as T);
      else waiting.push((message) => resolve(message as T));
    });
  const ids = nextMessage<PageIds>();
  const result = ids.then(() => nextMessage<ChunkResult>());
  return { ids, result, send: (allIds) => worker.postMessage(allIds) };
}

/**
 * Runs the page rules on every built page (`files`, relative to the build
 * folder), split across the machine's cores when there are enough pages.
 * Results are the same, in the same order, as on one thread.
 */
export async function checkBuiltPages(
  files: readonly string[],
  settings: ChunkSettings,
): Promise<ChunkResult & { pagesChecked: number }> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / PAGES_PER_THREAD));
  let result: ChunkResult;
  if (threads <= 1) {
    result = await checkFiles(files, await idsOfFiles(settings.outDir, files), settings);
  } else {
    const size = Math.ceil(files.length / threads);
    const workers = Array.from({ length: threads }, (_, index) =>
      startWorker(files.slice(index * size, (index + 1) * size), settings),
    );
    const allIds = (await Promise.all(workers.map((worker) => worker.ids))).flat();
    workers.forEach((worker) => worker.send(allIds));
    const results = await Promise.all(workers.map((worker) => worker.result));
    result = {
      findings: results.flatMap((chunk) => chunk.findings),
      inline: results.flatMap((chunk) => chunk.inline),
      external: results.flatMap((chunk) => chunk.external),
    };
  }
  return {
    // By page, then in rule order, as reports and tests expect, however the pages were shared.
    findings: result.findings.sort((a, b) =>
      a.pathname < b.pathname ? -1 : a.pathname > b.pathname ? 1 : 0,
    ),
    inline: result.inline,
    external: mergeExternal(result.external),
    pagesChecked: files.length,
  };
}

/** The same external URL found by two workers becomes one entry with both sets of pages. */
function mergeExternal(links: ChunkResult['external']): ChunkResult['external'] {
  const merged = new Map<string, Set<string>>();
  for (const { url, pathnames } of links) {
    const pages = merged.get(url) ?? new Set<string>();
    pathnames.forEach((pathname) => pages.add(pathname));
    merged.set(url, pages);
  }
  return [...merged].map(([url, pathnames]) => ({ url, pathnames: [...pathnames].sort() }));
}
