/** The worker thread of a scan (src/cache/scan.ts): the config file parsed, then the files and their times, then git's HEAD, each sent back in a message. */
import { parentPort, workerData } from 'node:worker_threads';
import { parseConfigFile } from '../config/config-text.js';
import { discoverRecords } from '../load/discover.js';
import { gitState } from '../git/state.js';
import { timesOf } from './scan.js';

const { root, config } = workerData as { root: string; config: string };
const state = gitState(root);
// The config first: the main thread needs it before the files. Parsing it here loads the YAML parser on this core.
parentPort!.postMessage({ config: parseConfigFile(config) ?? null });
const found = discoverRecords(root);
const times = found.map((file) => (file.refused ? undefined : timesOf(file.absPath)));
// The files next: the main thread reads the cache's index while git answers.
parentPort!.postMessage({ found, times });
// The runtime loads its locale data once for the whole process, on the first date formatter any thread makes
// (src/load/worker.ts says more): made here, the cost is off the main thread's path.
new Intl.DateTimeFormat().resolvedOptions();
parentPort!.postMessage({ gitState: await state });
