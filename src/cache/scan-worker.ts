/** The worker thread of a scan (src/cache/scan.ts): the config file parsed, then the files and their times, then git's HEAD, each sent back in a message. */
import { parentPort, workerData } from 'node:worker_threads';
import { configParseCached } from './config-parse.js';
import { discoverRecords, type FoundFile } from '../load/discover.js';
import { gitState } from '../git/state.js';
import { plainAbsPath, timesOf, type PackedScan } from './scan.js';

const { root, config } = workerData as { root: string; config: string };
// The config first: the main thread, its code loaded, waits for it. Its parse comes from the cache when the text is
// the same; otherwise the YAML parser is loaded and run here, on this core.
const parsed = await configParseCached(root, config);
parentPort!.postMessage({ config: parsed?.parse ?? null });
const state = gitState(root);
// The runtime loads its locale data once for the whole process, on the first date formatter any thread makes
// (src/load/worker.ts says more; about 15 ms): started here, just before the main thread's first date (the
// --as-of date checked as soon as it has the config), the main thread waits at most for the rest of it.
new Intl.DateTimeFormat().resolvedOptions();
await parsed?.save();
const found = discoverRecords(root);
// The files next (the main thread reads the cache's index while git answers), packed: one text of every path, the
// times in one buffer handed over rather than copied, and only what is unusual about a file said for it.
const times = new Float64Array(found.length * 4).fill(Number.NaN);
const unusual: Array<[number, Partial<FoundFile>]> = [];
const absPath = plainAbsPath(root);
found.forEach((file, n) => {
  if (file.absPath !== absPath(file.file) || file.refused !== undefined) unusual.push([n, { absPath: file.absPath, refused: file.refused }]);
  const stat = file.refused ? undefined : timesOf(file.absPath);
  if (stat) times.set(stat, n * 4);
});
const packed: PackedScan = { files: found.map((file) => file.file).join('\0'), count: found.length, unusual, times };
parentPort!.postMessage(packed, [times.buffer]);
parentPort!.postMessage({ gitState: await state });
