/** The worker thread of a scan (src/cache/scan.ts): the files, their times and git's HEAD, sent back in one message. */
import { parentPort, workerData } from 'node:worker_threads';
import { discoverRecords } from '../load/discover.js';
import { gitState } from '../git/state.js';
import { timesOf } from './scan.js';

const { root } = workerData as { root: string };
const state = gitState(root);
const found = discoverRecords(root);
const times = found.map((file) => (file.refused ? undefined : timesOf(file.absPath)));
// The files first: the main thread reads the cache's index while git answers.
parentPort!.postMessage({ found, times });
// The runtime loads its locale data once for the whole process, on the first date formatter any thread makes
// (src/load/worker.ts says more): made here, the cost is off the main thread's path.
new Intl.DateTimeFormat().resolvedOptions();
parentPort!.postMessage({ gitState: await state });
