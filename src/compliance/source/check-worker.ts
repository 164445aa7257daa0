import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerTask } from './parallel.ts';
import { checkSerially } from './parallel.ts';

// Checks its share of the files and posts the results back; see parallel.ts.
const task = workerData as WorkerTask;
const results = await checkSerially(task.files, {
  root: task.root,
  today: new Date(task.today),
  people: new Set(task.people),
  fileExists: existsSync,
});
parentPort?.postMessage(results);
