import { parentPort, workerData } from 'node:worker_threads';
import {
  checkChunk,
  idsOfChunk,
  parseChunk,
  type ChunkSettings,
  type PageIds,
} from './page-chunk.ts';

// One share of the built pages, in two steps (see parallel-pages.ts): post the
// pages' ids, wait for every page's ids, then post the rules' results.
const { files, settings } = workerData as { files: string[]; settings: ChunkSettings };
const pages = await parseChunk(settings.outDir, files);
parentPort?.once('message', (allIds: PageIds) => {
  parentPort?.postMessage(checkChunk(pages, allIds, settings));
});
parentPort?.postMessage(idsOfChunk(pages));
