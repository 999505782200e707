import { randomBytes } from 'node:crypto';
import { readdirSync, unlinkSync } from 'node:fs';
import { open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { processRunning } from './process.js';

/** Temporary files are `.<name>.supv-tmp-<pid>-<random>`: recognisable, so a later run can sweep them. */
const TEMP = /^\..+\.supv-tmp-(\d+)-[0-9a-f]+$/;
const swept = new Set<string>();

export interface WriteAtomicOptions {
  /**
   * The file's permissions. A number is set exactly, whatever the umask (a
   * private key's 0600). `umask`: 0644 less the umask, as any new file gets,
   * whatever the file replaced had (the PDFs and manifest of a build: outputs,
   * made afresh each time). Default: the replaced file's, or 0644 for a new one.
   */
  mode?: number | 'umask';
  /**
   * False for a file that is only a cache, checked by its own checksums when
   * read (`lint --cache`): still written whole or not at all, but without
   * waiting for the disk (no fsync), so a power cut may leave the old file or
   * a damaged one, which is then not trusted. Default true.
   */
  durable?: boolean;
}

/**
 * Write a whole file or nothing: a temporary file in the same folder, fsync,
 * rename, fsync of the folder. A crash leaves the old file or the new one,
 * never a torn one. The temporary file is created with O_EXCL, so it is never
 * an existing file or a link, and the rename replaces a link at `file` rather
 * than writing where it points. A process killed between creating its
 * temporary file and the rename leaves that file behind; the next write into
 * the folder removes it (its process is gone), so no stray file outlives the
 * next run.
 */
export async function writeAtomic(file: string, data: string | Uint8Array, options: WriteAtomicOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  sweepStaleTemporaryFiles(dir);
  const mode = options.mode === 'umask' ? undefined : (options.mode ?? (await existingMode(file)) ?? 0o644);
  const temporary = path.join(dir, `.${path.basename(file)}.supv-tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  // Asynchronous on purpose: an fsync blocking the event loop would stall Chromium's messages for every page of a build.
  const handle = await open(temporary, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(data);
    if (mode !== undefined) await handle.chmod(mode);
    if (options.durable !== false) await handle.sync();
  } catch (error) {
    await handle.close();
    await unlinkQuietly(temporary);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlinkQuietly(temporary);
    throw error;
  }
  if (options.durable !== false) await syncFolder(dir);
}

/**
 * Write a report where the user asked. A regular file is replaced atomically;
 * a device or pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to as it is,
 * since renaming over it would replace the device itself.
 */
export async function writeReport(file: string, data: string): Promise<void> {
  let special = false;
  try {
    special = !(await stat(file)).isFile();
  } catch {
    special = false;
  }
  if (special) await writeFile(file, data);
  else await writeAtomic(file, data);
}

/** Remove temporary files left by supv processes that no longer run (once per folder per process). */
export function sweepStaleTemporaryFiles(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP.exec(name);
    if (!match || processRunning(Number(match[1]))) continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      // Another process swept it first.
    }
  }
}

async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a folder; the rename itself is still atomic.
  }
}

async function unlinkQuietly(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch {
    // Already gone.
  }
}
