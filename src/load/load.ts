/**
 * The reading stage: every record file of a repository found, read, parsed,
 * validated and hashed (in worker threads when there are many), and indexed.
 */
import { isValidRecord, type LoadedRecord, type RecordSet, type ValidRecord } from '../model.js';
import { assembleRecord, readRecord } from '../parse/read-record.js';
import { unpackChunk } from './chunks.js';
import { discoverRecords } from './discover.js';
import { takeReading, type ReadAhead } from './read-ahead.js';
import { startReading } from './readers.js';

/** Read every record under `records/` of the repository at `root`, in this thread. */
export function loadRecords(root: string): RecordSet {
  return indexRecords(discoverRecords(root).map(readRecord));
}

export interface ParallelOptions {
  /** Worker threads beside this one; by default one per spare core for a large repository (`defaultWorkers`, src/load/readers.ts). */
  workers?: number;
  /** False leaves every file to the workers (the tests use it to check what a worker reads). */
  mainThreadReads?: boolean;
  /** A reading started early (src/load/read-ahead.ts): taken over when it is of this folder and no worker count is asked for. */
  readAhead?: ReadAhead;
}

/**
 * {@link loadRecords}, with reading, parsing, validating and hashing shared
 * between this thread and worker threads (src/load/readers.ts); the records
 * come back in path order. A reading `supv lint` started ahead for the same
 * folder (`options.readAhead`) is taken over. Without workers this thread reads every
 * chunk, yielding between them so that I/O started before (a child process)
 * is served while it reads.
 */
export async function loadRecordsInParallel(root: string, options: ParallelOptions = {}): Promise<RecordSet> {
  const reading = (options.workers === undefined ? await takeReading(options.readAhead, root) : undefined) ?? startReading(root, options.workers);
  const chunks: LoadedRecord[][] = [];
  // Take in the workers' chunks as they come, so the workers claim more while this thread unpacks.
  reading.receive((chunk, parts) => {
    chunks[chunk] = unpackChunk(parts).map(assembleRecord);
  });
  for (let chunk = options.mainThreadReads === false ? undefined : reading.claim(); chunk !== undefined; chunk = reading.claim()) {
    chunks[chunk] = reading.filesOf(chunk).map(readRecord);
    // Let the workers' messages, and other work of the run (lint's git walk), answer between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await reading.finished;
  return indexRecords(chunks.flat());
}

/**
 * Index records by id and kind. Only valid records are indexed, typed by
 * their kind ({@link isValidRecord}): rules may trust their shape.
 */
export function indexRecords(files: LoadedRecord[]): RecordSet {
  const byId = new Map<string, ValidRecord>();
  const ofKind: RecordSet['ofKind'] = { staff: [], contract: [], session: [], decision: [], 'case-audit': [] };
  for (const record of files) {
    if (!isValidRecord(record)) continue;
    if (byId.has(record.id)) continue;
    byId.set(record.id, record);
    // Typed to take any valid record: TypeScript cannot see that the list and the record agree on the kind (microsoft/TypeScript#30581).
    const list: ValidRecord[] = ofKind[record.kind];
    list.push(record);
  }
  return { files, byId, ofKind };
}

