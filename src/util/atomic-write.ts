import writeFileAtomic from 'write-file-atomic';

/**
 * Write a whole file or nothing: a temporary file in the same folder, fsync,
 * then rename. A crash leaves the old file or the new one, never a torn one.
 */
export async function writeAtomic(file: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data), { fsync: true, mode: options.mode });
}
