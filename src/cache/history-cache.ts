/**
 * Git history kept in lint's cache (`.supv-cache/lint/history.json`) under
 * the commit HEAD names: the walk of src/git/history.ts depends on nothing
 * else, so a `lint --cache` with HEAD where it was (every run of the
 * pre-commit hook until the next commit) takes it from here instead of
 * reading `git log` of the whole repository again. What the working tree
 * adds (which deleted records are absent now) is worked out each run.
 */
import path from 'node:path';
import { historyFromWalk, historyOutsideGit, loadGitHistory, walkHistory, type HistoryWalk } from '../git/history.js';
import { commitOf } from '../git/state.js';
import type { GitCommitInfo, GitHistory } from '../git/types.js';
import { writeAtomic } from '../util/atomic-write.js';
import { isFolder } from '../util/files.js';
import { CACHE_DIR, CACHE_FORMAT, folderProblem, keptObject, LINT_DIR, readCacheText, sha256, supvFingerprint } from './files.js';

/** Beside the shards and the index. */
export const HISTORY_FILE = 'history.json';

/**
 * The history of the repository at `root`, whose state (src/git/state.ts,
 * `gitState`) is `state`: from the cache when it holds the walk of that
 * commit, else read from git (and kept, when HEAD did not move meanwhile).
 */
export async function historyCached(root: string, state: string): Promise<GitHistory> {
  const head = commitOf(state);
  // No history, or a shallow one: git says so at once (or has said so already), and there is no walk to keep.
  if (!head) return historyOutsideGit(root, state) ?? loadGitHistory(root);
  const cacheDir = path.join(root, CACHE_DIR);
  const lintDir = path.join(cacheDir, LINT_DIR);
  const file = path.join(lintDir, HISTORY_FILE);
  const usable = folderProblem(cacheDir) === undefined && folderProblem(lintDir) === undefined;
  const key = sha256(`${CACHE_FORMAT}\n${supvFingerprint()}\n${state}`);
  const kept = usable ? walkFrom(readCacheText(file), key) : undefined;
  if (kept) return historyFromWalk(root, kept);
  const walked = await walkHistory(root);
  if ('incomplete' in walked) return walked.incomplete;
  // Kept only when the walk ends at the commit asked about: HEAD may have moved since.
  if (usable && isFolder(lintDir) && walked.walk.commits.at(-1)?.hash === head) {
    // Written while the rules run; the process waits for it before it ends.
    writeAtomic(file, walkText(key, walked.walk), { durable: false }).catch(() => undefined);
  }
  return historyFromWalk(root, walked.walk);
}

/**
 * The walk as the cache keeps it, one JSON object: the commits as
 * [hash, date, author, message]; each path's first add as [path, commit];
 * each path's versions as [path, commit, blob (null: deleted), ...]; the
 * paths last deleted as [path, commit]; commits by their place in the list.
 */
function walkText(key: string, walk: HistoryWalk): string {
  const place = new Map(walk.commits.map((commit, n) => [commit, n]));
  const commits = walk.commits.map((commit) => [commit.hash, commit.date, commit.author, commit.message]);
  const added = [...walk.firstAdded].map(([file, commit]) => [file, place.get(commit)]);
  const versions = [...walk.versions].map(([file, list]) => [file, ...list.flatMap((version) => [version.commit, version.blob ?? null])]);
  return JSON.stringify({ format: CACHE_FORMAT, key, commits, added, versions, lastDeleted: walk.lastDeleted });
}

/** The walk a cache file holds, when it is one for this key and every part has its shape; undefined otherwise (then git is read). */
function walkFrom(text: string | undefined, key: string): HistoryWalk | undefined {
  const kept = keptObject(text, key);
  if (!kept || !Array.isArray(kept.commits) || !Array.isArray(kept.added) || !Array.isArray(kept.versions) || !Array.isArray(kept.lastDeleted)) return undefined;
  const commits: GitCommitInfo[] = [];
  for (const commit of kept.commits as unknown[]) {
    if (!Array.isArray(commit) || commit.length !== 4 || !commit.every((part) => typeof part === 'string')) return undefined;
    const [hash, date, author, message] = commit as string[];
    commits.push({ hash: hash!, date: date!, author: author!, message: message! });
  }
  const isCommit = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < commits.length;
  const firstAdded = new Map<string, GitCommitInfo>();
  for (const entry of kept.added as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !isCommit(entry[1])) return undefined;
    firstAdded.set(entry[0], commits[entry[1]]!);
  }
  const versions: HistoryWalk['versions'] = new Map();
  for (const entry of kept.versions as unknown[]) {
    if (!Array.isArray(entry) || entry.length % 2 !== 1 || typeof entry[0] !== 'string') return undefined;
    const list: Array<{ commit: number; blob: string | undefined }> = [];
    for (let at = 1; at < entry.length; at += 2) {
      const blob: unknown = entry[at + 1];
      if (!isCommit(entry[at]) || (blob !== null && typeof blob !== 'string')) return undefined;
      list.push({ commit: entry[at], blob: blob ?? undefined });
    }
    versions.set(entry[0], list);
  }
  const lastDeleted: HistoryWalk['lastDeleted'] = [];
  for (const entry of kept.lastDeleted as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !isCommit(entry[1])) return undefined;
    lastDeleted.push([entry[0], entry[1]]);
  }
  return { commits, firstAdded, versions, lastDeleted };
}
