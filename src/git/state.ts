/** Which history there is to read, without reading it (`lint --cache`); apart from history.ts so that loading it loads little. */
import { gitIn, type GitRunner } from './run.js';
import { firstLine } from '../util/text.js';

/** git as the history walk runs it: the safe settings (src/git/run.ts), and no rename detection, so that every add and delete is seen as such. */
export function historyGit(root: string): GitRunner {
  return gitIn(root, { config: ['diff.renames=false'] });
}

/**
 * Which history src/git/history.ts `loadGitHistory` would read: the commit
 * HEAD names, whether the clone is shallow, or why there is no history to
 * read. The same state, the same history (`lint --cache` keeps the last
 * run's findings only while it holds). Asked with the same git settings as
 * the history itself.
 */
export async function gitState(root: string): Promise<string> {
  try {
    const state = (await historyGit(root).run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--verify', '--quiet', 'HEAD'])).trim();
    return `git ${state.split('\n').join(' ')}`;
  } catch (error) {
    return `no history: ${firstLine((error as Error).message)}`;
  }
}

/** The commit a state names, when git history there is complete (not shallow). */
export function commitOf(state: string): string | undefined {
  return /^git true false ([0-9a-f]{40,64})$/.exec(state)?.[1];
}

/**
 * The files the commits after state `from` up to state `to` touched
 * (repository-relative), when `from`'s commit is an ancestor of `to`'s: the
 * history only grew. Undefined otherwise (another branch, a rebase, a
 * shallow clone, no history), or when git cannot say.
 */
export async function pathsCommittedSince(root: string, from: string, to: string): Promise<string[] | undefined> {
  const before = commitOf(from);
  const after = commitOf(to);
  if (!before || !after) return undefined;
  const git = historyGit(root);
  try {
    await git.run(['merge-base', '--is-ancestor', before, after]);
    const names = await git.run(['log', '--name-only', '--format=', '--no-renames', '--relative', '-z', `${before}..${after}`]);
    return [...new Set(names.split('\0').map((name) => name.replace(/^\n+|\n+$/g, '')).filter(Boolean))];
  } catch {
    return undefined;
  }
}
