/**
 * git: the one way supv runs it. Every git command supv runs goes through
 * {@link gitIn}; the safe settings live here and nowhere else.
 *
 * A records repository may come from anywhere (a shared drive, an archive, a
 * colleague's clone), and reading it must not run its code: command-line
 * `-c` settings beat every config file, so these switch off everything a
 * repository's own `.git/config` could make git run, and make the output the
 * shape supv's parsers expect whatever the repository prefers.
 *
 * simple-git refuses some of these keys unless told they are wanted (the
 * `unsafe` options below): here they switch the features off, not on.
 * Text conversion filters (`diff.<driver>.textconv`) cannot be switched off by
 * one key; every command that shows content passes `--no-textconv` and
 * `--no-ext-diff` itself. Callers put paths only after `--`, and nothing read
 * from a record ever becomes an option.
 */
import { spawn } from 'node:child_process';
import { simpleGit } from 'simple-git';
import { firstLine } from '../util/text.js';

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

/** The author identity, for commands that commit (`supv init`), and the user's own git settings. */
export const GIT_IDENTITY_ENVIRONMENT: readonly string[] = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_CONFIG_GLOBAL'];

export interface GitOptions {
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

/** git for one folder, run the safe way. */
export interface GitRunner {
  /** Run git with these arguments; resolves with stdout, rejects with git's message. */
  run(args: string[]): Promise<string>;
  /** True inside a git working tree. */
  isRepository(): Promise<boolean>;
  /** True when HEAD names a commit. */
  hasCommits(): Promise<boolean>;
  /** True in a shallow clone (history cut off). */
  isShallow(): Promise<boolean>;
  /** The commit HEAD names, or undefined outside git and before the first commit. */
  headCommit(): Promise<string | undefined>;
  /**
   * Read many blobs in one `git cat-file --batch`, handing each to `onBlob`
   * as it arrives so a whole repository's history is never held in memory at
   * once. A blob git does not have (a partial clone) is passed as `undefined`.
   */
  readBlobs(blobs: readonly string[], onBlob: (blob: string, content: Buffer | undefined) => void): Promise<void>;
}

export function gitIn(root: string, options: GitOptions = {}): GitRunner {
  const config = [...SAFE_GIT_CONFIG, ...(options.config ?? [])];
  const env = safeGitEnvironment(options.keepEnv, options.env);
  const git = simpleGit({
    baseDir: root,
    config,
    unsafe: { allowUnsafeFsMonitor: true, allowUnsafeHooksPath: true, allowUnsafePager: true, allowUnsafeDiffExternal: true },
  }).env(env);
  const answer = async (args: string[]): Promise<string | undefined> => {
    try {
      return (await git.raw(args)).trim();
    } catch {
      return undefined;
    }
  };
  const headCommit = async () => (await answer(['rev-parse', '--quiet', '--verify', 'HEAD^{commit}'])) || undefined;
  return {
    run: (args) => git.raw(args),
    isRepository: async () => (await answer(['rev-parse', '--is-inside-work-tree'])) === 'true',
    hasCommits: async () => (await headCommit()) !== undefined,
    isShallow: async () => (await answer(['rev-parse', '--is-shallow-repository'])) === 'true',
    headCommit,
    // simple-git cannot write to git's standard input, so this spawns git itself, with the same settings.
    readBlobs: (blobs, onBlob) => catFileBatch(root, config, env, blobs, onBlob),
  };
}

function catFileBatch(root: string, config: readonly string[], env: Record<string, string>, blobs: readonly string[], onBlob: (blob: string, content: Buffer | undefined) => void): Promise<void> {
  if (blobs.length === 0) return Promise.resolve();
  const args = [...config.flatMap((setting) => ['-c', setting]), 'cat-file', '--batch'];
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let pending: Buffer = Buffer.alloc(0);
    let stderr = '';
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(error);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      // Each answer is `<blob> blob <size>\n<content>\n`, or `<blob> missing\n`.
      for (;;) {
        const newline = pending.indexOf(10);
        if (newline < 0) return;
        const header = pending.subarray(0, newline).toString('utf8').split(' ');
        if (header[1] === 'missing' || header[1] === 'ambiguous') {
          onBlob(header[0]!, undefined);
          pending = pending.subarray(newline + 1);
          continue;
        }
        const size = Number(header[2]);
        if (header.length !== 3 || !Number.isSafeInteger(size)) return fail(new Error(`git cat-file answered "${header.join(' ')}"`));
        if (pending.length < newline + 1 + size + 1) return;
        onBlob(header[0]!, pending.subarray(newline + 1, newline + 1 + size));
        pending = pending.subarray(newline + 1 + size + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.stdin.on('error', fail);
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) fail(new Error(`git cat-file failed: ${firstLine(stderr) || `exit ${code}`}`));
      else resolve();
    });
    child.stdin.end(`${blobs.join('\n')}\n`);
  });
}
