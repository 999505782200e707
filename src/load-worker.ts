/**
 * A worker thread of {@link loadRecordsInParallel} (src/load.ts): claims
 * chunks of files from the shared counter until none are left, and sends each
 * chunk back read, parsed, validated and hashed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FoundFile } from './find/discover.js';
import { packParts } from './load.js';
import { readRecordParts } from './parse/read-record.js';

const { found, counter, chunk: size } = workerData as { found: FoundFile[]; counter: Int32Array; chunk: number };

for (let chunk = Atomics.add(counter, 0, 1); chunk * size < found.length; chunk = Atomics.add(counter, 0, 1)) {
  parentPort!.postMessage({ chunk, parts: found.slice(chunk * size, (chunk + 1) * size).map((found) => packParts(readRecordParts(found))) });
}
