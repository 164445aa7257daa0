import { parentPort, workerData } from 'node:worker_threads';
import { checkShare, type ShareSettings } from './check-share.ts';

// One share of the built pages (see parallel.ts): check it, post the result.
const { files, settings } = workerData as { files: string[]; settings: ShareSettings };
parentPort?.postMessage(await checkShare(files, settings));
