/**
 * A real watch over a real temporary repository: files are written to disk,
 * chokidar sees them, and the test waits for the events that follow.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { WatchEvent } from '../../src/watch/events.js';
import { startWatch, type WatchHandle, type WatchOptions } from '../../src/watch/watch.js';
import type { RecordFile } from '../helpers/records.js';

export const AS_OF = '2025-03-01';

export interface WatchedRepo {
  root: string;
  out: string;
  handle: WatchHandle;
  events: WatchEvent[];
  write(file: string, text: string): void;
  /** Save the way editors that save by rename do: a temporary file beside it, then a rename over it. */
  saveByRename(file: string, text: string): void;
  remove(file: string): void;
  /** The next event of this type after the ones already seen; rejects after `timeoutMs`. */
  next<T extends WatchEvent['type']>(type: T, timeoutMs?: number): Promise<Extract<WatchEvent, { type: T }>>;
  /** Resolves true when no event of this type comes within `ms`. */
  quiet(type: WatchEvent['type'], ms: number): Promise<boolean>;
}

const folders: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Write the files into a new repository and start watching it (PDFs off unless `render` is given). */
export async function watchRepo(files: RecordFile[], options: Partial<WatchOptions> = {}): Promise<WatchedRepo> {
  const root = tempDir('supv-watch-');
  const out = path.join(root, 'dist');
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  for (const { file, text } of files) put(file, text);
  const events: WatchEvent[] = [];
  const waiters: Array<() => void> = [];
  let seen = 0;
  const handle = startWatch({
    root,
    config: structuredClone(DEFAULT_CONFIG),
    asOf: AS_OF,
    out,
    render: false,
    toolVersion: '0.0.0-test',
    // git rules read history; these repositories are not in git.
    settings: { 'late-record': 'off', 'record-deleted': 'off', 'name-in-path': 'off' },
    ...options,
    onEvent: (event) => {
      events.push(event);
      for (const wake of waiters.splice(0)) wake();
    },
  });
  await handle.ready;
  seen = events.length;
  const next = async <T extends WatchEvent['type']>(type: T, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (seen < events.length) {
        const event = events[seen++]!;
        if (event.type === type) return event as Extract<WatchEvent, { type: T }>;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} event within ${timeoutMs} ms; events: ${JSON.stringify(events.slice(-5).map((e) => e.type))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  return {
    root,
    out,
    handle,
    events,
    write: put,
    saveByRename(file, text) {
      const target = path.join(root, file);
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      writeFileSync(temp, text);
      renameSync(temp, target);
    },
    remove(file) {
      rmSync(path.join(root, file));
    },
    next,
    async quiet(type, ms) {
      try {
        await next(type, ms);
        return false;
      } catch {
        return true;
      }
    },
  };
}

/**
 * For a test file: `watch` starts a watch as {@link watchRepo} does, and
 * every watch started is closed after each test and its folders removed
 * after the file.
 */
export function closingWatches(): (...args: Parameters<typeof watchRepo>) => Promise<WatchedRepo> {
  const running: WatchedRepo[] = [];
  afterEach(async () => {
    for (const repo of running.splice(0)) await repo.handle.close();
  });
  afterAll(removeTempDirs);
  return async (...args) => {
    const repo = await watchRepo(...args);
    running.push(repo);
    return repo;
  };
}
