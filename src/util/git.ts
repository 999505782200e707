/**
 * The one way supv runs git. A records repository may come from anywhere (a
 * shared drive, an archive, a colleague's clone), and reading it must not run
 * its code: command-line `-c` settings beat every config file, so these switch
 * off everything a repository's own `.git/config` could make git run, and make
 * the output the shape supv's parsers expect whatever the repository prefers.
 *
 * simple-git refuses some of these keys unless told they are wanted (the
 * `unsafe` options below): here they switch the features off, not on.
 * Text conversion filters (`diff.<driver>.textconv`) cannot be switched off by
 * one key; every command that shows content passes `--no-textconv` and
 * `--no-ext-diff` itself. Callers put paths only after `--`, and nothing read
 * from a record ever becomes an option.
 */
import { simpleGit, type SimpleGit } from 'simple-git';

/** `-c` settings for every git command supv runs. */
export const SAFE_GIT_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'diff.external=',
  // `log.showSignature` would run gpg.program for every commit.
  'log.showSignature=false',
  // Output must be what the parsers expect, whatever the repository prefers.
  'log.showRoot=true',
  'color.ui=false',
  'core.quotePath=false',
  'i18n.logOutputEncoding=UTF-8',
];

/** What git needs to find itself and the user's own settings; GIT_* from a hook's environment is left behind. */
const BASE_ENVIRONMENT = ['PATH', 'Path', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'SystemRoot', 'TMPDIR', 'TEMP', 'TMP'] as const;

/** The author identity, for commands that commit (`supv init`). */
export const GIT_IDENTITY_ENVIRONMENT: readonly string[] = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_CONFIG_GLOBAL'];

export interface SafeGitOptions {
  /** More `-c` settings after {@link SAFE_GIT_CONFIG}, e.g. `diff.renames=false` for a walk that must see adds and deletes. */
  config?: readonly string[];
  /** More variables to pass through from the environment, e.g. {@link GIT_IDENTITY_ENVIRONMENT}. */
  keepEnv?: readonly string[];
  /** The environment to take variables from (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/** The reduced environment git runs with: no system config, no prompts, no network to fill a partial clone. */
export function safeGitEnvironment(keep: readonly string[] = [], from: Record<string, string | undefined> = process.env): Record<string, string> {
  const env: Record<string, string> = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    // A partial clone must not reach for the network to fill in missing trees (git 2.44+; ignored before).
    GIT_NO_LAZY_FETCH: '1',
  };
  for (const name of [...BASE_ENVIRONMENT, ...keep]) {
    const value = from[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** simple-git for the folder `root`, with the safe settings and the reduced environment. */
export function safeGit(root: string, options: SafeGitOptions = {}): SimpleGit {
  return simpleGit({
    baseDir: root,
    config: [...SAFE_GIT_CONFIG, ...(options.config ?? [])],
    unsafe: { allowUnsafeFsMonitor: true, allowUnsafeHooksPath: true, allowUnsafePager: true, allowUnsafeDiffExternal: true },
  }).env(safeGitEnvironment(options.keepEnv, options.env));
}

/** One commit of a `git log --format=<marker>%H%x00%aI%x00%an%x00%B%x00 -z --name-status` walk. */
export interface LogChunk {
  hash: string;
  /** Author date, RFC 3339. */
  date: string;
  author: string;
  message: string;
  /** The `status\0path\0` tokens that follow, without the separator before them. */
  changes: string[];
}

/**
 * Split such a log into commits. The random marker starts each commit, so a
 * commit message cannot fake a commit or a file entry.
 */
export function parseLogChunks(output: string, marker: string): LogChunk[] {
  const chunks: LogChunk[] = [];
  for (const chunk of output.split(marker).slice(1)) {
    const fields: string[] = [];
    let at = 0;
    for (let n = 0; n < 4; n++) {
      const end = chunk.indexOf('\0', at);
      if (end < 0) break;
      fields.push(chunk.slice(at, end));
      at = end + 1;
    }
    const [hash, date, author, message] = fields;
    if (hash === undefined || date === undefined || author === undefined || message === undefined) continue;
    // Skip the `\0` that ends the format and the `\n` before the file list.
    const changes = chunk.slice(at).replace(/^\0?\n?/, '').split('\0');
    chunks.push({ hash, date, author, message, changes });
  }
  return chunks;
}
