/**
 * Where the records repository is: found as git finds its own (SPEC §2),
 * from the folder a command runs in upwards. Kept free of dependencies
 * beyond node's own and util/files.ts: the binary asks it first thing,
 * before the CLI loads (src/cli/global-options.ts).
 */
import path from 'node:path';
import { existsNoFollow, isFolder } from '../util/files.js';
import { RECORDS_DIR } from './discover.js';

/** The configuration file's name; its presence marks a repository's root. */
export const CONFIG_FILE = 'supv.config.yaml';

/** What the search upwards found. */
export type RootSearch =
  | { found: true; root: string }
  | {
      found: false;
      /**
       * The top of the git work tree where the search stopped, when it
       * stopped there rather than at the top of the file system.
       */
      gitTop?: string;
    };

/**
 * The records repository holding `start` (an absolute folder): `start` or
 * the nearest folder above it holding `supv.config.yaml` or a `records`
 * folder (a link to a folder counts; whether it may be followed is
 * {@link recordsFolderRefusal}'s business, in src/load/discover.ts).
 *
 * A `records` that is a plain file is not a repository's mark: a folder
 * of someone's own files may well hold one. A folder holding `.git` is the
 * last one looked at: a git repository is a project of its own, and a
 * `supv.config.yaml` left in a folder above it (a home folder, say) must
 * not make supv judge that folder's `records/`, which are not even in the
 * repository's history, and call the project clear. The search looks at
 * the folders named by the path, as `cd ..` would, not at where links lead.
 */
export function findRepositoryRoot(start: string): RootSearch {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsNoFollow(path.join(dir, CONFIG_FILE)) || isFolder(path.join(dir, RECORDS_DIR))) return { found: true, root: enclosingRoot(dir) };
    if (existsNoFollow(path.join(dir, '.git'))) return { found: false, gitTop: dir };
    if (path.dirname(dir) === dir) return { found: false };
  }
}

/**
 * The repository whose `records/` holds `dir`, if one does, else `dir`. A
 * `supv.config.yaml` (or a folder named `records`) committed somewhere below
 * `records/` is a record folder's content, not a repository of its own:
 * taken as the root, it would let anyone who can commit a file there choose
 * the policy, and the records looked at, for everyone who runs supv from
 * that folder, and call them clear.
 */
function enclosingRoot(dir: string): string {
  let root = dir;
  for (let above = dir; !existsNoFollow(path.join(above, '.git')) && path.dirname(above) !== above; ) {
    above = path.dirname(above);
    const inside = path.relative(path.join(above, RECORDS_DIR), root);
    if (inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside) && isFolder(path.join(above, RECORDS_DIR))) root = above;
  }
  return root;
}

