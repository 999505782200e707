import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SimpleGit } from 'simple-git';
import { CONFIG_FILE } from '../config/config.js';
import { existsNoFollow } from '../util/files.js';
import { parseLogChunks, safeGit } from '../util/git.js';
import { firstLine } from '../util/text.js';
import type { GitCommitInfo, GitHistory } from './git-history.js';

/** The safe settings (src/util/git.ts), and no rename detection: the walk must see every add and delete as such. */
function gitAt(root: string): SimpleGit {
  return safeGit(root, { config: ['diff.renames=false'] });
}

/**
 * Read the history of the records repository at `root` in ONE `git log` walk:
 * when each path was first added, which records were deleted, and every
 * commit message. Never throws for a missing or unusable repository: history
 * is then `complete: false` with the reason, and the git rules say so rather
 * than guess.
 */
export async function loadGitHistory(root: string): Promise<GitHistory> {
  const reportFile = existsSync(path.join(root, CONFIG_FILE)) ? CONFIG_FILE : undefined;
  const incomplete = (reason: string): GitHistory => ({ complete: false, incompleteReason: reason, firstAdded: new Map(), deleted: [], commits: [], reportFile });
  const git = gitAt(root);

  let state: string[];
  try {
    state = (await git.raw(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'])).trim().split('\n');
  } catch {
    return incomplete('the folder is not in a git repository; record history is kept by committing the records to git');
  }
  if (state[0] !== 'true') return incomplete('the folder is not in a git working tree');
  if (state[1] === 'true') {
    return incomplete('this is a shallow clone; fetch the full history with `git fetch --unshallow` (in GitHub Actions, `fetch-depth: 0` on actions/checkout)');
  }
  if (!(await hasCommits(git))) return incomplete('the repository has no commits yet');

  // A nonce no commit message can contain in advance separates the commits.
  const marker = `\u0001supv-${randomUUID()}\u0001`;
  let output: string;
  try {
    output = await git.raw([
      'log', 'HEAD',
      // Parents before children, so the first add seen is the earliest.
      '--topo-order', '--reverse',
      '--name-status', '-z', '--no-renames', '--relative',
      '--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-notes', '--no-color',
      `--format=${marker}%H%x00%aI%x00%an%x00%B%x00`,
      // `HEAD` is a revision even when a file of that name exists; no path is ever passed.
      '--',
    ]);
  } catch (error) {
    return incomplete(`git log failed: ${firstLine((error as Error).message)}`);
  }
  return { ...parseLog(output, marker, root), complete: true, reportFile };
}

async function hasCommits(git: SimpleGit): Promise<boolean> {
  try {
    return (await git.raw(['rev-parse', '--quiet', '--verify', 'HEAD^{commit}'])).trim() !== '';
  } catch {
    return false;
  }
}

/** Parse `--format=<marker>hash\0date\0author\0message\0` records, each followed by `\0` and, when it changed files, `\n` and `status\0path\0` pairs. */
function parseLog(output: string, marker: string, root: string): Pick<GitHistory, 'firstAdded' | 'deleted' | 'commits'> {
  const firstAdded = new Map<string, GitCommitInfo>();
  const lastChange = new Map<string, { status: string; commit: GitCommitInfo }>();
  const commits: GitCommitInfo[] = [];
  for (const { hash, date, author, message, changes: tokens } of parseLogChunks(output, marker)) {
    const commit: GitCommitInfo = { hash, date, author, message: message.replace(/\n+$/, '') };
    commits.push(commit);
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const status = tokens[i]!;
      const file = tokens[i + 1]!;
      if (status === 'A' && !firstAdded.has(file)) firstAdded.set(file, commit);
      lastChange.set(file, { status, commit });
    }
  }
  const deleted: GitHistory['deleted'] = [];
  for (const [file, change] of lastChange) {
    if (change.status !== 'D' || !isRecordPath(file)) continue;
    // Absent now: also not restored in the working tree since (a restore not yet committed still counts as kept).
    if (existsNoFollow(path.join(root, file))) continue;
    deleted.push({ file, commit: change.commit });
  }
  deleted.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { firstAdded, deleted, commits };
}

function isRecordPath(file: string): boolean {
  return file.startsWith('records/') && file.endsWith('.md');
}

