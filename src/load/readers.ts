/**
 * The parallel reader: worker threads that read records beside the main
 * thread, for {@link loadRecordsInParallel} (src/load/load.ts). Apart from the
 * parsers so that `supv lint` can start them before the rest of the CLI has
 * loaded (src/load/read-ahead.ts): this module loads only the file walk.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discoverRecords, type FoundFile } from './discover.js';
import type { PackedChunk } from './chunks.js';
import { workerFile } from '../util/package-files.js';

/**
 * Below this many files a worker costs more than it saves. Measured on two
 * cores (BENCHMARKS.md): at 3,000 records a worker made lint 0.1 s slower, at
 * 6,000 it was even, at 10,000 0.06 s faster, at 100,000 about 3 s faster
 * (13.4 s to 10.6 s, and less memory: the main thread's heap holds less of
 * the parsers' garbage).
 */
export const PARALLEL_FROM = 8000;

/**
 * One worker per core beyond the first, at most three. A worker's first
 * chunks run cold (its code is not yet compiled), and V8's garbage collector
 * and compiler already use a spare core while one thread parses, so two
 * threads together read about 1.4 times as fast as one, not twice.
 */
export function defaultWorkers(files: number, parallelFrom = PARALLEL_FROM): number {
  return files < parallelFrom ? 0 : Math.max(0, Math.min(3, availableParallelism() - 1));
}

/** Files claimed at a time: small enough to share the work evenly, large enough that messages are few. */
export const CHUNK = 200;

/** The worker's side is src/load/worker.ts, run compiled or packed (also when the tests run src/). */
const WORKER = workerFile('load/worker.js', 'read-worker');

type Receiver = (chunk: number, parts: PackedChunk) => void;

/** What a worker is given (src/load/worker.ts): the files to read, or the folder whose records it finds first. */
export type WorkerTask = { counter: Int32Array; chunk: number } & ({ found: FoundFile[] } | { root: string; parallelFrom: number });

/** What a worker sends back: the files it found (when it was given a folder), then each chunk it read. */
export type WorkerMessage = { found: FoundFile[] } | { chunk: number; parts: PackedChunk };

function spawn(task: WorkerTask): Worker {
  return new Worker(WORKER, { workerData: task });
}

/**
 * The files of one repository being read in chunks. Each thread, this one and
 * the workers, claims the next chunk from a shared counter, so a slow start
 * or a slow file does not leave one thread waiting for the other.
 */
export class Reading {
  /** Chunks the workers sent before anyone was there to take them. */
  private readonly waiting: Array<[number, PackedChunk]> = [];
  private receiver: Receiver = (chunk, parts) => this.waiting.push([chunk, parts]);
  /** Settles when every worker has stopped; rejects when one failed. */
  readonly finished: Promise<void>;

  constructor(
    readonly root: string,
    readonly found: FoundFile[],
    private readonly counter: Int32Array,
    private readonly workers: Worker[],
  ) {
    this.finished = Promise.all(workers.map((worker) => this.run(worker))).then(() => undefined);
    // Awaited by whoever takes the reading; until then (or if nobody does) a rejection must not count as unhandled.
    this.finished.catch(() => undefined);
  }

  private run(worker: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if ('chunk' in message) this.receiver(message.chunk, message.parts);
      });
      worker.on('error', (error) => reject(new Error(`reading records in a worker thread failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread reading records stopped with code ${code}`))));
    });
  }

  /** The next chunk for this thread to read, or undefined when every chunk is claimed. */
  claim(): number | undefined {
    const chunk = Atomics.add(this.counter, 0, 1);
    return chunk * CHUNK < this.found.length ? chunk : undefined;
  }

  filesOf(chunk: number): FoundFile[] {
    return this.found.slice(chunk * CHUNK, (chunk + 1) * CHUNK);
  }

  /** Hand every chunk the workers send to `receiver`, those sent already first. */
  receive(receiver: Receiver): void {
    this.receiver = receiver;
    for (const [chunk, parts] of this.waiting.splice(0)) receiver(chunk, parts);
  }

  /** Whether the process waits for the workers: not for a read-ahead nobody has taken yet. */
  holdProcess(hold: boolean): void {
    for (const worker of this.workers) {
      if (hold) worker.ref();
      else worker.unref();
    }
  }

  stop(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}

function newCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Start reading the records of `root`: with worker threads when there are enough files to pay for them. */
export function startReading(root: string, workers?: number): Reading {
  const found = discoverRecords(root);
  const counter = newCounter();
  const count = workers ?? defaultWorkers(found.length);
  return new Reading(root, found, counter, Array.from({ length: count }, () => spawn({ found, counter, chunk: CHUNK })));
}

/**
 * {@link startReading} with the files found by a worker thread. That worker
 * goes on to read when there are enough files ({@link defaultWorkers}) and
 * stops otherwise; further workers start once the files are known. Undefined
 * when the worker could not list the files: the ordinary path says why.
 */
export function startReadingInWorker(root: string, parallelFrom: number): Promise<Reading | undefined> {
  const counter = newCounter();
  const first = spawn({ root, parallelFrom, counter, chunk: CHUNK });
  first.unref();
  return new Promise((resolve) => {
    const listed = (message: WorkerMessage) => {
      if (!('found' in message)) return;
      first.off('message', listed);
      const { found } = message;
      const more = Array.from({ length: Math.max(0, defaultWorkers(found.length, parallelFrom) - 1) }, () => spawn({ found, counter, chunk: CHUNK }));
      const reading = new Reading(root, found, counter, [first, ...more]);
      reading.holdProcess(false);
      resolve(reading);
    };
    first.on('message', listed);
    first.once('error', () => resolve(undefined));
    first.once('exit', () => resolve(undefined));
  });
}
