/** What the command line's paths may name: PATH arguments as a filter on record files, and where --out may write. */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { repositoryPath, type RunContext } from './context.js';
import { UsageError } from './io.js';

/** True when the repository-relative `file` is `prefix` or lies under it (`''` is the whole repository). */
export function underPath(prefix: string, file: string): boolean {
  return prefix === '' || file === prefix || file.startsWith(`${prefix}/`);
}

export interface PathFilterOptions {
  /**
   * Name a PATH that covers no file as the user typed it, not as a
   * repository path. `supv verify` has always done so and `lint` and `build`
   * not; the two differ only for a PATH such as `./records/x` or an absolute
   * one, and keeping both leaves every message as it was.
   */
  nameAsGiven?: boolean;
}

/**
 * The files under the PATH arguments (record files or folders), as a test on
 * repository-relative paths; undefined when no PATH is given (everything).
 * `files` are the candidates: a PATH under which none of them lies is a
 * usage error naming it, and so is a PATH leading out of the repository.
 */
export function pathFilter(context: Pick<RunContext, 'root' | 'workingDir'>, paths: readonly string[], files: readonly string[], options: PathFilterOptions = {}): ((file: string) => boolean) | undefined {
  if (paths.length === 0) return undefined;
  const wanted = paths.map((given) => ({ given, prefix: repositoryPath(context, given) }));
  const unmatched = wanted.filter(({ prefix }) => !files.some((file) => underPath(prefix, file)));
  if (unmatched.length > 0) {
    const named = unmatched.map(({ given, prefix }) => (options.nameAsGiven ? given : prefix));
    throw new UsageError(`no records found at ${named.join(', ')} (records are the *.md files under records/)`);
  }
  return (file) => wanted.some(({ prefix }) => underPath(prefix, file));
}

/** The folders of a records repository no --out may lead into. */
const PROTECTED = ['records', 'templates', '.git'];

/** Where a command is about to write its output. */
export interface OutputPlace {
  /** The output folder, or the one output file, absolute. */
  target: string;
  /** `folder`: the command writes files into it; `file`: it writes this one file. */
  kind: 'folder' | 'file';
  /** How messages name it (default: `target`). */
  shown?: string;
  /** The option that named it (default: `--out`; lint's is `--output`). */
  option?: string;
  /** A folder: the folder to suggest instead when `target` would hold the repository. */
  suggest?: string;
  /**
   * Refuse a symbolic link at `target` now. `build` and `watch` leave that to
   * the build itself, which checks every folder it writes into and says so in
   * its own words.
   */
  refuseLink?: boolean;
}

/**
 * The one check of an output place, for every command that writes one: never
 * the repository or a folder holding it, never inside records/, templates/ or
 * .git, and (when asked) never a symbolic link. Throws a usage error saying
 * which.
 */
export function checkOutputPlace(root: string, place: OutputPlace): void {
  const { target, kind } = place;
  const shown = `${place.option ?? '--out'} ${place.shown ?? target}`;
  const inside = (dir: string, parent: string) => dir === parent || dir.startsWith(parent + path.sep);
  // A file cannot hold the repository (a folder named as the bundle gets bundle.pdf inside it).
  if (kind === 'folder' && inside(root, target)) throw new UsageError(`${shown} would hold the records repository itself; choose a folder such as ${place.suggest ?? 'dist'}`);
  for (const protectedDir of PROTECTED) {
    if (inside(target, path.join(root, protectedDir))) throw new UsageError(`${shown} is inside ${protectedDir}/; supv never writes there`);
  }
  if (!place.refuseLink) return;
  let link = false;
  try {
    link = lstatSync(target).isSymbolicLink();
  } catch {
    // Nothing there yet.
  }
  if (link) throw new UsageError(`${shown} is a symbolic link; ${kind === 'folder' ? 'supv writes only into real folders' : 'supv will not write through it'}`);
}
