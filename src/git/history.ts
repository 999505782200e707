/** The history reader: what the git rules need of the records' history, in one walk. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../config/config.js';
import { isRecordPath } from '../load/discover.js';
import { existsNoFollow } from '../util/files.js';
import { readLog, type LogChunk } from './log.js';
import { historyGit } from './state.js';
export { gitState } from './state.js';
import { firstLine } from '../util/text.js';
import type { GitCommitInfo, GitHistory } from './types.js';

const gitAt = historyGit;

/**
 * Read the history of the records repository at `root` in ONE `git log` walk:
 * when each path was first added, which records were deleted, and every
 * commit message. Never throws for a missing or unusable repository: history
 * is then `complete: false` with the reason, and the git rules say so rather
 * than guess.
 */
export async function loadGitHistory(root: string): Promise<GitHistory> {
  const walked = await walkHistory(root);
  return 'incomplete' in walked ? walked.incomplete : historyFromWalk(root, walked.walk);
}

/**
 * What one walk of git history says, apart from the working tree: the same
 * commit, the same walk (`lint --cache` keeps it under HEAD's commit,
 * src/cache/history-cache.ts). `lastDeleted`: the paths whose last change
 * was a delete, with that commit's place in `commits`.
 */
export interface HistoryWalk {
  commits: GitCommitInfo[];
  firstAdded: Map<string, GitCommitInfo>;
  versions: NonNullable<GitHistory['versions']>;
  lastDeleted: Array<[file: string, commit: number]>;
}

/** The walk of the repository at `root`, or the history to report when there is none to walk. */
export async function walkHistory(root: string): Promise<{ walk: HistoryWalk } | { incomplete: GitHistory }> {
  const incomplete = (reason: string) => ({ incomplete: incompleteHistory(root, reason) });
  const git = gitAt(root);

  let state: string[];
  try {
    state = (await git.run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'])).trim().split('\n');
  } catch (error) {
    return incomplete(whyNoRepository((error as Error).message));
  }
  if (state[0] !== 'true') return incomplete('the folder is not in a git working tree');
  if (state[1] === 'true') {
    return incomplete('this is a shallow clone; fetch the full history with `git fetch --unshallow` (in GitHub Actions, `fetch-depth: 0` on actions/checkout)');
  }
  if (!(await git.hasCommits())) return incomplete('the repository has no commits yet');

  let log: LogChunk[];
  try {
    // Parents before children, so the first add seen is the earliest. No path is passed: every path git has seen.
    // `--raw` names each file's new blob too, so the key checks can read any version without walking again.
    log = await readLog(git, ['--topo-order', '--reverse', '--raw', '--no-abbrev', '-z', '--no-renames', '--relative']);
  } catch (error) {
    return incomplete(`git log failed: ${firstLine((error as Error).message)}`);
  }
  return { walk: readChanges(log) };
}

/** The history a walk gives with the working tree as it is now: the records deleted and absent now, the file that stands for the repository. */
export function historyFromWalk(root: string, walk: HistoryWalk): GitHistory {
  const deleted: GitHistory['deleted'] = [];
  for (const [file, commit] of walk.lastDeleted) {
    if (!isRecordPath(file)) continue;
    // Absent now: also not restored in the working tree since (a restore not yet committed still counts as kept).
    if (existsNoFollow(path.join(root, file))) continue;
    deleted.push({ file, commit: walk.commits[commit]! });
  }
  deleted.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const git = gitAt(root);
  return { firstAdded: walk.firstAdded, deleted, commits: walk.commits, versions: walk.versions, complete: true, reportFile: reportFileOf(root), readBlobs: (blobs, onBlob) => git.readBlobs(blobs, onBlob) };
}

/** The history of a run that has none to read, and why. */
function incompleteHistory(root: string, reason: string): GitHistory {
  return { complete: false, incompleteReason: reason, firstAdded: new Map(), deleted: [], commits: [], versions: new Map(), reportFile: reportFileOf(root) };
}

/**
 * The history {@link loadGitHistory} would give when src/git/state.ts has
 * already found that the folder is in no git repository (`gitState`'s "no
 * history" and git's own words), without asking git again; undefined for
 * any other state.
 */
export function historyOutsideGit(root: string, state: string): GitHistory | undefined {
  if (!/^no history: fatal: not a git repository\b/.test(state)) return undefined;
  return incompleteHistory(root, whyNoRepository(state));
}

function reportFileOf(root: string): string | undefined {
  return existsSync(path.join(root, CONFIG_FILE)) ? CONFIG_FILE : undefined;
}

/** What the walk's commits say: each path's first add and versions, the paths last deleted, every commit message. */
function readChanges(log: LogChunk[]): HistoryWalk {
  const firstAdded = new Map<string, GitCommitInfo>();
  const versions: HistoryWalk['versions'] = new Map();
  const lastChange = new Map<string, { status: string; commit: number }>();
  const commits: GitCommitInfo[] = [];
  for (const { hash, date, author, message, changes: tokens } of log) {
    const commit: GitCommitInfo = { hash, date, author, message: message.replace(/\n+$/, '') };
    commits.push(commit);
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      // `:100644 100644 <old blob> <new blob> <status>`, then the path.
      const meta = tokens[i]!.split(' ');
      const status = meta[4] ?? '';
      const file = tokens[i + 1]!;
      let fileVersions = versions.get(file);
      if (!fileVersions) versions.set(file, (fileVersions = []));
      fileVersions.push({ commit: commits.length - 1, blob: status === 'D' ? undefined : meta[3] });
      if (status === 'A' && !firstAdded.has(file)) firstAdded.set(file, commit);
      lastChange.set(file, { status, commit: commits.length - 1 });
    }
  }
  const lastDeleted: HistoryWalk['lastDeleted'] = [];
  for (const [file, change] of lastChange) if (change.status === 'D') lastDeleted.push([file, change.commit]);
  return { firstAdded, versions, commits, lastDeleted };
}

/**
 * Why git would not read the folder, in words that say what to do: git
 * missing and a folder owned by someone else are not "not in git", and
 * committing the records again would not help.
 */
function whyNoRepository(message: string): string {
  if (/\bENOENT\b/.test(message)) return 'git is not installed on this computer (or not on PATH), so the records\' history could not be read; install git and run supv again';
  if (/dubious ownership/.test(message)) {
    return 'git will not open this folder because another user owns it; if you trust it, mark it safe with `git config --global --add safe.directory <folder>` and run supv again';
  }
  return 'the folder is not in a git repository; record history is kept by committing the records to git';
}
