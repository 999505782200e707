import { simpleGit, type SimpleGit } from 'simple-git';

/**
 * git for `supv audit` and `supv init`, run the way load-git-history.ts runs
 * it: a records repository may come from anywhere, so command-line `-c`
 * settings (which beat every config file) switch off everything a
 * repository's own `.git/config` could make git run, and output comes in the
 * shape the parsers expect. Kept in step with SAFE_CONFIG there (not exported
 * from that module; a shared module for both is a small follow-up).
 *
 * Callers put paths only after `--`, and nothing read from a record becomes
 * an option.
 */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'diff.external=',
  'log.showSignature=false',
  'log.showRoot=true',
  'color.ui=false',
  'core.quotePath=false',
  'i18n.logOutputEncoding=UTF-8',
];

/** Variables git needs to find itself and the user's settings; the author identity may come from the environment too. */
function gitEnvironment(): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' };
  const keep = ['PATH', 'Path', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'SystemRoot', 'TMPDIR', 'TEMP', 'TMP',
    'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_CONFIG_GLOBAL'];
  for (const name of keep) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

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
  const git: SimpleGit = simpleGit({
    baseDir: root,
    config: SAFE_CONFIG,
    unsafe: { allowUnsafeFsMonitor: true, allowUnsafeHooksPath: true, allowUnsafePager: true, allowUnsafeDiffExternal: true },
  }).env(gitEnvironment());
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
