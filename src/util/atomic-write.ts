import { stat, writeFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/**
 * Write a whole file or nothing: a temporary file in the same folder, fsync,
 * then rename. A crash leaves the old file or the new one, never a torn one.
 */
export async function writeAtomic(file: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data), { fsync: true, mode: options.mode });
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
