import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkShare, type PageCheck, type ShareSettings } from './check-share.ts';

/** Below this many pages per thread a worker's start-up costs more than it saves. */
const PAGES_PER_THREAD = 150;

function checkInWorker(files: string[], settings: ShareSettings): Promise<PageCheck[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      workerData: { files, settings },
    });
    worker.once('message', (result: PageCheck[]) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a page-check worker stopped with exit code ${code}`));
    });
  });
}

/**
 * Reads and checks every built page (`files`, relative to the build folder),
 * split across the machine's cores when there are enough pages. The result
 * is the same, in the same order, as on one thread.
 */
export async function checkAllPages(
  files: readonly string[],
  settings: ShareSettings,
): Promise<PageCheck[]> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / PAGES_PER_THREAD));
  if (threads <= 1) return checkShare(files, settings);
  const size = Math.ceil(files.length / threads);
  const shares = await Promise.all(
    Array.from({ length: threads }, (_, index) =>
      checkInWorker(files.slice(index * size, (index + 1) * size), settings),
    ),
  );
  return shares.flat();
}
