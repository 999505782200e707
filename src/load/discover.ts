import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file under `records/`, or the reason it cannot be read safely. */
export interface FoundFile {
  /** Repository-relative path with `/` separators. */
  file: string;
  absPath: string;
  refused?: string;
}

export const RECORDS_DIR = 'records';

/** Whether a repository-relative path (`/` separators) names a record file: a `*.md` below `records/`. */
export function isRecordPath(file: string): boolean {
  return file.startsWith(`${RECORDS_DIR}/`) && file.endsWith('.md');
}

/**
 * Every `*.md` below `records/`, in path order. Symbolic links are followed
 * only while they stay inside the repository; a link leading out, or a loop,
 * is returned as refused so the user hears about it (SPEC §2).
 */
export function discoverRecords(root: string): FoundFile[] {
  const realRoot = realpathSync(root);
  const start = path.join(root, RECORDS_DIR);
  const found: FoundFile[] = [];
  const visitedDirs = new Set<string>();

  const walk = (dir: string, relativeDir: string) => {
    let realDir: string;
    try {
      realDir = realpathSync(dir);
    } catch {
      return;
    }
    if (visitedDirs.has(realDir)) return;
    visitedDirs.add(realDir);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absPath = path.join(dir, entry.name);
      // Built as the walk goes: path.relative for each of 100,000 files is measurable.
      const file = `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(absPath, file);
      } else if (entry.isSymbolicLink()) {
        const target = resolveInside(absPath, realRoot);
        if (typeof target !== 'string') {
          if (entry.name.endsWith('.md')) found.push({ file, absPath, refused: target.refused });
          continue;
        }
        const stats = statSync(absPath);
        if (stats.isDirectory()) walk(absPath, file);
        else if (entry.name.endsWith('.md') && stats.isFile()) found.push({ file, absPath });
      } else if (entry.isFile() && entry.name.endsWith('.md')) {
        found.push({ file, absPath });
      }
    }
  };
  try {
    if (statSync(start).isDirectory()) walk(start, RECORDS_DIR);
  } catch {
    // No records/ folder: nothing to read.
  }
  return found;
}

function resolveInside(link: string, realRoot: string): string | { refused: string } {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: code === 'ELOOP' ? 'this symbolic link loops back on itself' : 'this symbolic link points to nothing' };
  }
  if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
    return { refused: 'this symbolic link leads out of the repository; supv reads only records inside it' };
  }
  return target;
}
