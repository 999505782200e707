/** Which history there is to read, without reading it (`lint --cache`); apart from history.ts so that loading it loads little. */
import { gitIn } from './run.js';
import { firstLine } from '../util/text.js';

/**
 * Which history src/git/history.ts `loadGitHistory` would read: the commit
 * HEAD names, whether the clone is shallow, or why there is no history to
 * read. The same state, the same history (`lint --cache` keeps the last
 * run's findings only while it holds). Asked with the same git settings as
 * the history itself.
 */
export async function gitState(root: string): Promise<string> {
  try {
    const state = (await gitIn(root, { config: ['diff.renames=false'] }).run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--verify', '--quiet', 'HEAD'])).trim();
    return `git ${state.split('\n').join(' ')}`;
  } catch (error) {
    return `no history: ${firstLine((error as Error).message)}`;
  }
}
