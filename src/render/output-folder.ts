/** The output folder as hostile ground: real folders only, writes that never follow a link, and one build at a time. */
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAtomic } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { processRunning } from '../util/process.js';

export const LOCK_FILE = '.supv-build.lock';

/** Another build holds the output folder's lock. */
export class BuildLockedError extends UserError {}

/** The output folder cannot be used safely. */
export class OutputFolderError extends UserError {}

/** Make sure a folder exists and is a real folder, not a symbolic link (which could lead anywhere). */
export function ensureRealFolder(dir: string): void {
  let stats;
  try {
    stats = lstatSync(dir);
  } catch {
    // Only the output folder itself may need its parents made; below it, each level is made (and checked) on its own.
    mkdirSync(dir, { recursive: true });
    stats = lstatSync(dir);
  }
  if (stats.isSymbolicLink()) throw new OutputFolderError(`${dir} is a symbolic link; supv writes only into real folders (remove the link)`);
  if (!stats.isDirectory()) throw new OutputFolderError(`${dir} is not a folder`);
}

/**
 * Write a file atomically without following links (src/util/atomic-write.ts:
 * a new temporary file created with O_EXCL, fsync, then a rename over the
 * target, which replaces a link rather than writing where it points). A
 * symbolic link already at the target is refused outright. The file gets the
 * mode any new file gets, whatever the one it replaces had.
 */
export async function writeInside(dir: string, name: string, data: string | Uint8Array): Promise<void> {
  const target = path.join(dir, name);
  try {
    if (lstatSync(target).isSymbolicLink()) throw new OutputFolderError(`${target} is a symbolic link; supv will not write through it`);
  } catch (error) {
    if (error instanceof OutputFolderError) throw error;
  }
  await writeAtomic(target, data, { mode: 'umask' });
}

/** Take the output folder's lock, waiting a little for another build; a lock left by a dead process is taken over. */
export async function takeLock(outDir: string, waitMs: number): Promise<() => void> {
  const file = path.join(outDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), token: Math.random().toString(36).slice(2) });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, mine);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(file);
    if (holder && holder.host === os.hostname() && !processRunning(holder.pid)) {
      try {
        unlinkSync(file);
      } catch {
        // Someone else took it over first; try again.
      }
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
      throw new BuildLockedError(
        `another supv build (${who}) is writing to ${outDir}; wait for it to finish, or remove ${file} if no build is running`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readLock(file: string): { pid: number; host: string } | undefined {
  try {
    if (lstatSync(file).isSymbolicLink()) return undefined;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : undefined;
  } catch {
    return undefined;
  }
}
