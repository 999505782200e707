/**
 * supv's pre-commit hook, installed into the clone's own hooks folder
 * (`.git/hooks`, SPEC §11.4). git never commits or clones that folder, so
 * only whoever owns the clone can change what runs on their commits. A
 * `core.hooksPath` pointing at a folder in the working tree would let anyone
 * who can commit change the hook that runs on the next person's commit.
 */
import { realpathSync } from 'node:fs';
import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitRunner } from '../git/run.js';
import { writeAtomic } from '../util/atomic-write.js';
import { existsNoFollow } from '../util/files.js';
import { FileExistsError, writeNewFile } from './write-new.js';

/** The name git runs before a commit. */
const HOOK_NAME = 'pre-commit';
/** Where supv puts its hook when the pre-commit name is taken: git never runs it by this name; a hook of the user's own may call it. */
const BESIDE_NAME = 'pre-commit.supv';

/** What {@link installPreCommitHook} did. Paths are absolute. */
export type HookInstall =
  /** The hook is now at `file`. */
  | { outcome: 'installed'; file: string }
  /** `file` already holds this very hook. */
  | { outcome: 'present'; file: string }
  /** Another hook is at `file` and was left alone; supv's was written to `beside`, for the other to call. */
  | { outcome: 'occupied'; file: string; beside: string }
  /**
   * `core.hooksPath` is set (to `hooksPath`, in git config of this `scope`),
   * so git runs no hook from `.git/hooks`; it was left alone, and supv's hook
   * written to `beside`. `tracked`: the folder is part of the repository.
   */
  | { outcome: 'hooks-path'; hooksPath: string; scope: string; tracked: boolean; beside: string }
  /** The folder is not the top of its repository: the hooks belong to the repository at `top`, and were not touched. */
  | { outcome: 'enclosed'; top: string };

/**
 * Put `script` where git runs it before each commit in the repository whose
 * top is `root`, without ever replacing a hook that is there or changing
 * `core.hooksPath`. Writes only inside the clone's hooks folder.
 */
export async function installPreCommitHook(root: string, script: string, git: GitRunner): Promise<HookInstall> {
  const top = (await git.run(['rev-parse', '--show-toplevel'])).trim();
  // The enclosing repository's hooks would run on all its commits, and the hook's records/ pathspec would miss these records.
  if (realpathSync(top) !== realpathSync(root)) return { outcome: 'enclosed', top };

  // Not `rev-parse --git-path hooks`: gitIn sets core.hooksPath=/dev/null so that git runs nothing of the
  // repository's, and that is what --git-path would answer. With core.hooksPath unset (the only case that
  // installs), git runs hooks from the common git folder's hooks/, shared by every worktree of the clone.
  const hooks = path.join(path.resolve(root, (await git.run(['rev-parse', '--git-common-dir'])).trim()), 'hooks');
  const file = path.join(hooks, HOOK_NAME);
  const beside = path.join(hooks, BESIDE_NAME);

  const configured = await configuredHooksPath(git);
  if (configured) {
    await writeAtomic(beside, script, { mode: 0o755 });
    return { outcome: 'hooks-path', ...configured, tracked: await isTracked(git, configured.hooksPath), beside };
  }

  if (!existsNoFollow(file)) {
    try {
      await writeNewFile(file, script);
      await chmod(file, 0o755);
      return { outcome: 'installed', file };
    } catch (error) {
      // Someone else's hook appeared meanwhile: it is theirs, as below.
      if (!(error instanceof FileExistsError)) throw error;
    }
  }
  if ((await readFile(file, 'utf8').catch(() => undefined)) === script) return { outcome: 'present', file };
  await writeAtomic(beside, script, { mode: 0o755 });
  return { outcome: 'occupied', file, beside };
}

/** The `core.hooksPath` git would use, from any config but supv's own `-c` (scope `command`), or undefined. */
async function configuredHooksPath(git: GitRunner): Promise<{ hooksPath: string; scope: string } | undefined> {
  const lines = (await git.run(['config', '--show-scope', '--get-all', 'core.hooksPath'])).split('\n');
  const settings = lines.map((line) => line.split('\t')).filter(([scope, value]) => scope && scope !== 'command' && value !== undefined);
  const last = settings.at(-1);
  // The last one read is the one git uses.
  return last ? { scope: last[0]!, hooksPath: last.slice(1).join('\t') } : undefined;
}

/** True when git tracks anything at the path (relative to the top of the working tree, as core.hooksPath is). */
async function isTracked(git: GitRunner, hooksPath: string): Promise<boolean> {
  try {
    return (await git.run(['ls-files', '--', hooksPath])).trim() !== '';
  } catch {
    // Outside the repository (an absolute path elsewhere, `~/...`).
    return false;
  }
}
