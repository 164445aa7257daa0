import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, idsOfFiles, type ChunkSettings, type PageIds } from './check-chunk.ts';

// One share of the built pages, in two steps (see parallel-pages.ts): post the
// pages' ids, wait for every page's ids, then post the rules' results.
const { files, settings } = workerData as { files: string[]; settings: ChunkSettings };
parentPort?.once('message', (allIds: PageIds) => {
  void checkFiles(files, allIds, settings).then((result) => parentPort?.postMessage(result));
});
parentPort?.postMessage(await idsOfFiles(settings.outDir, files));
