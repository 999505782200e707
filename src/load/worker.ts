/**
 * A worker thread of a reading (src/load/readers.ts): claims chunks of files from
 * the shared counter until none are left, and sends each chunk back read,
 * parsed, validated and hashed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { discoverRecords, type FoundFile } from './discover.js';
import { packChunk } from './chunks.js';
import { defaultWorkers, type WorkerMessage, type WorkerTask } from './readers.js';

const task = workerData as WorkerTask;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);

/** Given a folder, list its records for the main thread first; read them only when there are enough to share. */
function filesToRead(): FoundFile[] {
  if ('found' in task) return task.found;
  const found = discoverRecords(task.root);
  send({ found });
  // The runtime loads its locale data once for the whole process, on the first date formatter any thread
  // makes: about 15 ms. The main thread makes one as it starts (Luxon asks for the system locale) and the
  // rules more; made here first, while the main thread is still loading the CLI, the cost is off its path.
  new Intl.DateTimeFormat().resolvedOptions();
  return defaultWorkers(found.length, task.parallelFrom) > 0 ? found : [];
}

const found = filesToRead();
if (found.length > 0) {
  // Loaded only now: a worker that only lists the files of a small repository never loads the parsers.
  const { readRecordParts } = await import('../parse/read-record.js');
  const { counter, chunk: size } = task;
  for (let chunk = Atomics.add(counter, 0, 1); chunk * size < found.length; chunk = Atomics.add(counter, 0, 1)) {
    send({ chunk, parts: packChunk(found.slice(chunk * size, (chunk + 1) * size).map(readRecordParts)) });
  }
}
