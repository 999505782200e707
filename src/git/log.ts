/** Reading git logs: one format, one marker, the same safe switches for every walk supv makes. */
import { randomUUID } from 'node:crypto';
import type { GitRunner } from './run.js';

/** One commit of a `git log --format=<marker>%H%x00%aI%x00%an%x00%B%x00 -z --name-status` walk. */
export interface LogChunk {
  hash: string;
  /** Author date, RFC 3339. */
  date: string;
  author: string;
  message: string;
  /** The `status\0path\0` tokens that follow, without the separator before them. */
  changes: string[];
}

/**
 * Split such a log into commits. The random marker starts each commit, so a
 * commit message cannot fake a commit or a file entry.
 */
function parseLogChunks(output: string, marker: string): LogChunk[] {
  const chunks: LogChunk[] = [];
  for (const chunk of output.split(marker).slice(1)) {
    const fields: string[] = [];
    let at = 0;
    for (let n = 0; n < 4; n++) {
      const end = chunk.indexOf('\0', at);
      if (end < 0) break;
      fields.push(chunk.slice(at, end));
      at = end + 1;
    }
    const [hash, date, author, message] = fields;
    if (hash === undefined || date === undefined || author === undefined || message === undefined) continue;
    // Skip the `\0` that ends the format and the `\n` before the file list.
    const changes = chunk.slice(at).replace(/^\0?\n?/, '').split('\0');
    chunks.push({ hash, date, author, message, changes });
  }
  return chunks;
}

/**
 * `git log HEAD` with these options over these paths, split into commits.
 * Every log supv reads comes through here: the same nonce-marked format,
 * and content shown without external diff, text conversion, signatures,
 * notes or colour. The paths go after `--`, so none is ever read as an
 * option, and `HEAD` is a revision even when a file of that name exists.
 */
export async function readLog(git: GitRunner, options: readonly string[], paths: readonly string[] = []): Promise<LogChunk[]> {
  // A nonce no commit message can contain in advance separates the commits.
  const marker = `\u0001supv-${randomUUID()}\u0001`;
  const output = await git.run([
    'log', 'HEAD', ...options,
    '--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-notes', '--no-color',
    `--format=${marker}%H%x00%aI%x00%an%x00%B%x00`,
    '--', ...paths,
  ]);
  return parseLogChunks(output, marker);
}
