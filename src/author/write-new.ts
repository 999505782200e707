import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';

/** The file is already there; nothing was written. */
export class FileExistsError extends UserError {
  constructor(readonly absPath: string) {
    super(`${absPath} already exists; supv never overwrites a record`);
  }
}

/**
 * Create a new file, atomically and never over an existing one (SPEC §10:
 * `new` writes into records/ atomically). The text goes to a temporary file
 * in the same folder, is flushed to disk, and is then hard-linked to its name:
 * `link` fails with EEXIST when the name is taken, so the check and the
 * creation are one step (no window for a concurrent writer), and a reader
 * sees either no file or the whole file. Where hard links are not supported
 * (some network and FAT file systems) it falls back to `open(..., 'wx')`,
 * which still never overwrites.
 */
export async function writeNewFile(absPath: string, text: string): Promise<void> {
  const dir = path.dirname(absPath);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(absPath)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temp, absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await fs.unlink(temp).catch(() => undefined);
      throw new FileExistsError(absPath);
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') {
      await fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    await fs.unlink(temp).catch(() => undefined);
    await writeExclusive(absPath, text);
    return;
  }
  await fs.unlink(temp);
}

async function writeExclusive(absPath: string, text: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(absPath, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(absPath);
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
