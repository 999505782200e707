import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
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
 * is returned as refused so the user hears about it (SPEC §2). So is
 * `records` itself when it cannot be read as the repository's own folder
 * ({@link recordsFolderRefusal}): then it is the one file found, refused,
 * and nothing is read. No `records` at all is no records.
 */
export function discoverRecords(root: string): FoundFile[] {
  const realRoot = realpathSync(root);
  const start = path.join(root, RECORDS_DIR);
  const refusal = recordsFolderRefusal(root, realRoot);
  if (refusal !== undefined) return [{ file: RECORDS_DIR, absPath: start, refused: refusal }];
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
      // Both built as the walk goes: path.join and path.relative for each of 100,000 files are measurable. `dir` is
      // already normalised, and a name from readdir is one plain part.
      const absPath = `${dir}${path.sep}${entry.name}`;
      const file = `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(absPath, file);
      } else if (entry.isSymbolicLink()) {
        const target = resolveInside(absPath, realRoot);
        if (typeof target !== 'string') {
          if (entry.name.endsWith('.md')) found.push({ file, absPath, refused: `this symbolic link ${target.refused}` });
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

/**
 * Why the repository's `records` cannot be read, or undefined when it can
 * (or is not there). The walk below `records/` checks every link it meets
 * against the repository; `records` itself is where the walk starts, so it
 * is checked here: a link to a folder elsewhere would otherwise have every
 * file there read, linted and rendered into PDFs as the repository's own.
 * A link that stays inside the repository is followed like any other.
 */
export function recordsFolderRefusal(root: string, realRoot = realpathSync(root)): string | undefined {
  const start = path.join(root, RECORDS_DIR);
  let link: boolean;
  try {
    link = lstatSync(start).isSymbolicLink();
  } catch {
    return undefined;
  }
  if (link) {
    const target = resolveInside(start, realRoot);
    if (typeof target !== 'string') return `${RECORDS_DIR} is a symbolic link that ${target.refused}`;
  }
  if (!statSync(start).isDirectory()) return `${RECORDS_DIR} is ${link ? 'a symbolic link to a file' : 'a file'}, not a folder; records are the *.md files in the ${RECORDS_DIR}/ folder`;
  return undefined;
}

/** Where a link leads, when that is inside the repository; else what is wrong with it, to follow "this symbolic link". */
function resolveInside(link: string, realRoot: string): string | { refused: string } {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: code === 'ELOOP' ? 'loops back on itself' : 'points to nothing' };
  }
  if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
    return { refused: 'leads out of the repository; supv reads only records inside it' };
  }
  return target;
}
