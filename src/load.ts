import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discoverRecords, type FoundFile } from './find/discover.js';
import { KINDS, type Kind, type LoadedRecord, type RecordSet } from './model.js';
import { assembleRecord, readRecord, type RecordParts } from './parse/read-record.js';

/** Read every record under `records/` of the repository at `root`, in this thread. */
export function loadRecords(root: string): RecordSet {
  return indexRecords(discoverRecords(root).map(readRecord));
}

export interface ParallelOptions {
  /** Worker threads beside this one; by default see {@link defaultWorkers}. */
  workers?: number;
  /** False leaves every file to the workers (the tests use it to check what a worker reads). */
  mainThreadReads?: boolean;
}

/**
 * Below this many files a worker costs more than it saves. Measured on two
 * cores (BENCHMARKS.md): at 3,000 records a worker made lint 0.1 s slower, at
 * 6,000 it was even, at 10,000 0.06 s faster, at 100,000 about 3 s faster
 * (13.4 s to 10.6 s, and less memory: the main thread's heap holds less of
 * the parsers' garbage).
 */
const PARALLEL_FROM = 8000;

/**
 * One worker per core beyond the first, at most three. A worker's first
 * chunks run cold (its code is not yet compiled), and V8's garbage collector
 * and compiler already use a spare core while one thread parses, so two
 * threads together read about 1.4 times as fast as one, not twice.
 */
function defaultWorkers(files: number): number {
  return files < PARALLEL_FROM ? 0 : Math.max(0, Math.min(3, availableParallelism() - 1));
}
/** Files claimed at a time: small enough to share the work evenly, large enough that messages are few. */
export const CHUNK = 200;

/**
 * {@link loadRecords}, with reading, parsing, validating and hashing shared
 * between this thread and worker threads. Each thread claims the next chunk of
 * files from a shared counter, so a slow start or a slow file does not leave
 * one thread waiting for the other; the records come back in path order.
 * Without workers this thread reads every chunk, yielding between them so
 * that I/O started before (a child process) is served while it reads.
 */
export async function loadRecordsInParallel(root: string, options: ParallelOptions = {}): Promise<RecordSet> {
  const found = discoverRecords(root);
  const workers = options.workers ?? defaultWorkers(found.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const chunks: LoadedRecord[][] = [];
  const running = Array.from({ length: workers }, () => runWorker(found, counter, chunks));
  // Rejections are awaited below, after this thread's share; until then they must not go unhandled.
  for (const run of running) run.catch(() => undefined);
  for (let chunk = options.mainThreadReads === false ? Infinity : Atomics.add(counter, 0, 1); chunk * CHUNK < found.length; chunk = Atomics.add(counter, 0, 1)) {
    chunks[chunk] = found.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map(readRecord);
    // Take in the workers' chunks as they come, so the workers claim more while this thread unpacks,
    // and let other work of the run (lint's git walk) answer between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  return indexRecords(chunks.flat());
}

/** The worker's side is src/load-worker.ts; both sit one level under the package root, in src/ and lib/. */
const WORKER = new URL('../lib/load-worker.js', import.meta.url);

function runWorker(found: FoundFile[], counter: Int32Array, chunks: LoadedRecord[][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { found, counter, chunk: CHUNK } });
    worker.on('message', ({ chunk, parts }: { chunk: number; parts: PackedParts[] }) => {
      chunks[chunk] = parts.map((packed) => assembleRecord(unpackParts(packed)));
    });
    worker.on('error', (error) => reject(new Error(`reading records in a worker thread failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread reading records stopped with code ${code}`))));
  });
}

/** Record parts as sent between threads: the body and frontmatter, slices of the text, sent as where they start. */
export type PackedParts = Omit<RecordParts, 'body' | 'frontmatter'> & { body: string | number; frontmatter: string | [number, number] };

export function packParts(parts: RecordParts): PackedParts {
  const { text, body, frontmatter } = parts;
  return {
    ...parts,
    body: text.endsWith(body) ? text.length - body.length : body,
    frontmatter: text.startsWith(frontmatter, 3) ? [3, 3 + frontmatter.length] : frontmatter,
  };
}

function unpackParts(packed: PackedParts): RecordParts {
  const { text, body, frontmatter } = packed;
  return {
    ...packed,
    body: typeof body === 'number' ? text.slice(body) : body,
    frontmatter: typeof frontmatter === 'string' ? frontmatter : text.slice(frontmatter[0], frontmatter[1]),
  };
}

/** Index records by id and kind. Only valid records are indexed: rules may trust their shape. */
export function indexRecords(files: LoadedRecord[]): RecordSet {
  const byId = new Map<string, LoadedRecord>();
  const ofKind = Object.fromEntries(KINDS.map((kind) => [kind, [] as LoadedRecord[]])) as Record<Kind, LoadedRecord[]>;
  for (const record of files) {
    if (!record.valid || !record.id || !record.kind) continue;
    if (byId.has(record.id)) continue;
    byId.set(record.id, record);
    ofKind[record.kind].push(record);
  }
  return { files, byId, ofKind };
}

