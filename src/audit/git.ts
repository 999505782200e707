import type { SimpleGit } from 'simple-git';
import { GIT_IDENTITY_ENVIRONMENT, safeGit } from '../util/git.js';

/**
 * git for `supv audit` and `supv init`, run the one safe way (src/util/git.ts):
 * a records repository may come from anywhere, so nothing its own
 * `.git/config` names is run. The author identity may come from the
 * environment, since `supv init` commits.
 *
 * Callers put paths only after `--`, and nothing read from a record becomes
 * an option.
 */

/** A git runner for one folder. */
export interface GitRunner {
  /** Run git with these arguments; resolves with stdout, rejects with git's message. */
  run(args: string[]): Promise<string>;
  /** True inside a git working tree. */
  isRepository(): Promise<boolean>;
  /** True when HEAD names a commit. */
  hasCommits(): Promise<boolean>;
  /** True in a shallow clone (history cut off). */
  isShallow(): Promise<boolean>;
}

export function gitIn(root: string): GitRunner {
  const git: SimpleGit = safeGit(root, { keepEnv: GIT_IDENTITY_ENVIRONMENT });
  const succeeds = async (args: string[], expect?: string): Promise<boolean> => {
    try {
      const out = (await git.raw(args)).trim();
      return expect === undefined ? out !== '' : out === expect;
    } catch {
      return false;
    }
  };
  return {
    run: (args) => git.raw(args),
    isRepository: () => succeeds(['rev-parse', '--is-inside-work-tree'], 'true'),
    hasCommits: () => succeeds(['rev-parse', '--quiet', '--verify', 'HEAD^{commit}']),
    isShallow: () => succeeds(['rev-parse', '--is-shallow-repository'], 'true'),
  };
}
