/**
 * The scan `supv lint --cache` starts before the rest of the CLI has loaded
 * (src/cli/bin.ts): a worker thread parses the config file, lists the
 * record files, looks at each one's size and times, and asks git which
 * commit HEAD names, while this thread loads the code. With nothing changed, that is most of what a cached
 * run does; done meanwhile on the other core, it is off the run's path.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ConfigParse } from '../config/config-text.js';
import type { FoundFile } from '../load/discover.js';
import { CONFIG_FILE } from '../load/root.js';
import { workerFile } from '../util/package-files.js';

/** A file's size, modification and change times and inode, as `lint --cache` compares them. */
export type FileTimes = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** What the scan found. */
export interface Scan {
  root: string;
  found: FoundFile[];
  /** Each file's times, in the order of `found`; undefined for one refused or gone. */
  times: Array<FileTimes | undefined>;
  /** What src/git/state.ts says for the repository, when git has answered. */
  gitState: Promise<string | undefined>;
}

/** A scan started early for one folder; it resolves to undefined when the worker could not do it. */
export interface ScanAhead {
  root: string;
  scan: Promise<Scan | undefined>;
  /** The repository's `supv.config.yaml` parsed (src/config/config-text.ts); undefined when there is none or the worker could not. */
  config: Promise<ConfigParse | undefined>;
}

/** The worker's side is src/cache/scan-worker.ts, run compiled or packed (also when the tests run src/). */
const WORKER = workerFile('cache/scan-worker.js', 'scan-worker');

export function timesOf(absPath: string): FileTimes | undefined {
  try {
    const stats = statSync(absPath);
    return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
  } catch {
    return undefined;
  }
}

/**
 * The files and their times as the worker sends them: every path in one
 * text (separated by NUL, which no path holds), the times four numbers a
 * file in one buffer (NaN for a file refused or gone), and the absolute path
 * or refusal only of a file that has one out of the ordinary.
 */
export interface PackedScan {
  files: string;
  count: number;
  unusual: Array<[number, Partial<FoundFile>]>;
  times: Float64Array;
}

/**
 * The absolute path of a repository-relative record path as discoverRecords
 * (src/load/discover.ts) builds it for a file reached without links: the
 * same as path.join, at a fraction of its cost over 100,000 files.
 */
export function plainAbsPath(root: string): (file: string) => string {
  const start = path.join(root, '.');
  const prefix = start.endsWith(path.sep) ? start : `${start}${path.sep}`;
  return path.sep === '/' ? (file) => `${prefix}${file}` : (file) => path.join(start, file);
}

function unpack(root: string, packed: PackedScan): Pick<Scan, 'found' | 'times'> {
  const files = packed.count === 0 ? [] : packed.files.split('\0');
  const absPath = plainAbsPath(root);
  const found: FoundFile[] = files.map((file) => ({ file, absPath: absPath(file) }));
  for (const [n, unusual] of packed.unusual) Object.assign(found[n]!, unusual.refused === undefined ? { absPath: unusual.absPath } : unusual);
  const times = found.map((_file, n): FileTimes | undefined => {
    const at = n * 4;
    return Number.isNaN(packed.times[at]!) ? undefined : [packed.times[at]!, packed.times[at + 1]!, packed.times[at + 2]!, packed.times[at + 3]!];
  });
  return { found, times };
}

/** Start scanning `root`; nothing here keeps the process alive. */
export function scanAhead(root: string): ScanAhead {
  let answered: (state: string | undefined) => void = () => undefined;
  let parsed: (config: ConfigParse | undefined) => void = () => undefined;
  const gitState = new Promise<string | undefined>((resolve) => (answered = resolve));
  const config = new Promise<ConfigParse | undefined>((resolve) => (parsed = resolve));
  const scan = new Promise<Scan | undefined>((resolve) => {
    let worker: Worker;
    const failed = () => {
      resolve(undefined);
      answered(undefined);
      parsed(undefined);
    };
    try {
      worker = new Worker(WORKER, { workerData: { root, config: path.join(root, CONFIG_FILE) } });
    } catch {
      failed();
      return;
    }
    worker.unref();
    worker.on('message', (message: Partial<PackedScan> & { gitState?: string; config?: ConfigParse | null }) => {
      if (message.config !== undefined) parsed(message.config ?? undefined);
      if (message.files !== undefined && message.times) resolve({ root, ...unpack(root, message as PackedScan), gitState });
      if (message.gitState !== undefined) answered(message.gitState);
    });
    worker.once('error', failed);
    worker.once('exit', failed);
  });
  return { root, scan, config };
}
