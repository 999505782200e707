/**
 * The read-ahead: `supv lint` starts reading its repository before the rest
 * of the CLI has loaded, and hands the reading on as a value.
 */
import { PARALLEL_FROM, startReadingInWorker, type Reading } from './readers.js';

/** A reading started early for one folder; pass it to {@link loadRecordsInParallel} (src/load/load.ts). */
export interface ReadAhead {
  readonly root: string;
  /** The reading, once the worker has listed the files; undefined when it could not. */
  readonly reading: Promise<Reading | undefined>;
  /** Whether someone has taken the reading: it is taken once. */
  taken: boolean;
}

/**
 * Start reading the records of `root` before they are asked for. `supv lint`
 * calls this first thing (src/cli/bin.ts): a worker thread lists the files
 * while this thread loads the CLI and the configuration, and for a large
 * repository goes on to read them; without this, the listing and the
 * worker's own start (a fifth of a second to load its code) came after.
 * Nothing here keeps the process alive until {@link takeReading} claims it.
 * `parallelFrom` lets the tests have a small repository read in a worker.
 */
export function readAhead(root: string, options: { parallelFrom?: number } = {}): ReadAhead {
  return { root, reading: startReadingInWorker(root, options.parallelFrom ?? PARALLEL_FROM), taken: false };
}

/** The reading `ahead` started, when it is of `root` and not yet taken; a reading of another folder is stopped. */
export async function takeReading(ahead: ReadAhead | undefined, root: string): Promise<Reading | undefined> {
  if (ahead === undefined || ahead.taken) return undefined;
  ahead.taken = true;
  const reading = await ahead.reading;
  if (reading?.root === root) {
    reading.holdProcess(true);
    return reading;
  }
  reading?.stop();
  return undefined;
}
