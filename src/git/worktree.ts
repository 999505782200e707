/**
 * Which files in the working tree differ from their last commit, without
 * `git status`.
 *
 * `git status` reads every file whose stat data git no longer trusts (every
 * file, in a repository that was copied, unpacked or checked out by another
 * tool) through the repository's filter drivers, which run programs the
 * repository names (SPEC §11.8). Here git only names the blob each file has
 * at HEAD (`git ls-tree`, which reads no working tree), and supv hashes the
 * files itself, as git would store them: the blob id is the SHA-1 (or, in a
 * SHA-256 repository, the SHA-256) of `blob <size>\0<bytes>`.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { GitRunner } from './run.js';

/**
 * The files (repository-relative, under `folder`) that are not at HEAD as
 * they are on disk: changed since the last commit, or never committed at
 * all. A file that differs only by CRLF line endings where HEAD has LF is
 * unchanged, as git sees a Windows checkout with `core.autocrlf`.
 */
export async function changedSinceHead(git: GitRunner, root: string, files: readonly string[], folder: string): Promise<Set<string>> {
  const atHead = await blobsAtHead(git, folder);
  const changed = new Set<string>();
  // A few files at a time: a repository of many thousand records must not open them all at once.
  for (let start = 0; start < files.length; start += 32) {
    await Promise.all(files.slice(start, start + 32).map(async (file) => {
      const head = atHead.get(file);
      if (head === undefined || !(await sameAsBlob(path.join(root, file), head))) changed.add(file);
    }));
  }
  return changed;
}

/** `<mode> <blob id>` by path, for every file below `folder` at HEAD; paths are relative to the folder git runs in, as the records' are. */
async function blobsAtHead(git: GitRunner, folder: string): Promise<Map<string, string>> {
  // Each entry is `<mode> <type> <object>\t<path>\0`.
  const output = await git.run(['ls-tree', '-r', '-z', 'HEAD', '--', folder]);
  const blobs = new Map<string, string>();
  for (const entry of output.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== undefined && object !== undefined) blobs.set(entry.slice(tab + 1), `${mode} ${object}`);
  }
  return blobs;
}

/** The file on disk is what git has as `head` (`<mode> <blob id>`). */
async function sameAsBlob(file: string, head: string): Promise<boolean> {
  const [mode, blob] = head.split(' ') as [string, string];
  let bytes: Buffer;
  try {
    const stats = await lstat(file);
    // A symbolic link is stored as the text of its target.
    if (stats.isSymbolicLink() !== (mode === '120000')) return false;
    bytes = stats.isSymbolicLink() ? Buffer.from(await readlink(file, { encoding: 'buffer' })) : await readFile(file);
  } catch {
    return false;
  }
  const algorithm = blob.length === 64 ? 'sha256' : 'sha1';
  if (blobId(bytes, algorithm) === blob) return true;
  return bytes.includes('\r\n') && blobId(Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1'), algorithm) === blob;
}

/** The id git gives these bytes as a blob. */
export function blobId(bytes: Buffer, algorithm: 'sha1' | 'sha256' = 'sha1'): string {
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
