import path from 'node:path';
import { isRecordPath, RECORDS_DIR } from '../load/discover.js';

export const TEMPLATES_DIR = 'templates';

/**
 * Files editors write beside the one being edited: Vim's swap files and its
 * `4913` write test, backups ending in `~`, Emacs lock files `.#name`. Their
 * churn must not trigger a run.
 */
export function isEditorTempFile(name: string): boolean {
  return /\.sw[a-p]$/.test(name) || name.endsWith('~') || name.startsWith('.#') || name === '4913' || /^#.*#$/.test(name);
}

/** What a changed path means to the watch. */
export type PathRole = 'record' | 'template' | 'config' | 'other';

/** Classifies absolute paths under the repository; `configFile` is the absolute config path. */
export class WatchedPaths {
  constructor(
    readonly root: string,
    readonly configFile: string,
  ) {}

  /** The repository-relative path with `/` separators, or undefined outside the repository. */
  relative(absPath: string): string | undefined {
    const relative = path.relative(this.root, absPath);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
  }

  role(absPath: string): PathRole {
    if (path.resolve(absPath) === this.configFile) return 'config';
    if (isEditorTempFile(path.basename(absPath))) return 'other';
    const relative = this.relative(absPath);
    if (relative === undefined) return 'other';
    if (isRecordPath(relative)) return 'record';
    if (relative.startsWith(`${TEMPLATES_DIR}/`)) return 'template';
    return 'other';
  }

  /**
   * chokidar's `ignored`: everything but the repository folder itself, the
   * records and templates folders and the config file. Ignored folders are
   * not descended into, so `dist/`, `.git/` and `node_modules/` cost nothing.
   */
  ignored = (absPath: string): boolean => {
    const resolved = path.resolve(absPath);
    if (resolved === this.root || resolved === this.configFile) return false;
    if (isEditorTempFile(path.basename(resolved))) return true;
    const relative = this.relative(resolved);
    if (relative === undefined) return true;
    const top = relative.split('/')[0];
    return top !== RECORDS_DIR && top !== TEMPLATES_DIR;
  };
}
