import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult } from './check-file.ts';
import type { ContentFile } from './content-files.ts';
import type { RuleContext } from '../core/document.ts';
import type { SourceRule } from './rule.ts';

/** Below this many files a worker's start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 64;

/** What a worker needs to rebuild the context (functions cannot cross threads). */
export interface WorkerTask {
  root: string;
  today: string;
  people: string[];
  files: ContentFile[];
}

/** One file at a time: the rules are CPU-bound, and holding every parsed tree at once costs memory. */
export async function checkSerially(
  files: readonly ContentFile[],
  context: RuleContext,
  given?: readonly SourceRule[],
): Promise<FileResult[]> {
  // Loaded here, not at the top: a thread that hands every file to workers never loads the rules
  // (their parsers, markdownlint, zod), which on two cores would compete with the workers.
  const [{ checkFile }, rules] = await Promise.all([
    import('./check-file.ts'),
    given ?? import('./rules/index.ts').then((module) => module.sourceRules),
  ]);
  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(file, context, rules));
  return results;
}

function runWorker(task: WorkerTask): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      workerData: task,
      // Parsing allocates many short-lived objects: a larger young generation collects them in fewer pauses.
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    worker.once('message', (results: FileResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a checker worker stopped with exit code ${code}`));
    });
  });
}

/** Splits the files across the machine's cores; results keep the files' order. */
export async function checkInParallel(
  files: readonly ContentFile[],
  context: RuleContext,
): Promise<FileResult[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(files.length / PARALLEL_THRESHOLD));
  if (threads <= 1) return checkSerially(files, context);
  const size = Math.ceil(files.length / threads);
  const chunks = Array.from({ length: threads }, (_, index) =>
    files.slice(index * size, (index + 1) * size),
  );
  const base = {
    root: context.root,
    today: context.today.toISOString(),
    people: [...context.people],
  };
  const results = await Promise.all(chunks.map((chunk) => runWorker({ ...base, files: chunk })));
  return results.flat();
}
