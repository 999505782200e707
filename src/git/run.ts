/**
 * git: the one way supv runs it. Every git command supv runs goes through
 * {@link gitIn}; the safe settings live here and nowhere else.
 *
 * A records repository may come from anywhere (a shared drive, an archive, a
 * colleague's clone), and the environment supv runs in may have been set by
 * someone else (a CI job, a shell profile, a wrapper script). Reading the
 * records must run no program either of them names (SPEC §11.8). git can be
 * told to run a program in three places, and each is closed here:
 *
 * - The environment. git runs with an environment built from nothing
 *   ({@link safeGitEnvironment}): PATH and the few variables an operating
 *   system needs, never GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE,
 *   GIT_EXEC_PATH, GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT/KEY/VALUE,
 *   GIT_SSH(_COMMAND), GIT_PROXY_COMMAND, GIT_EXTERNAL_DIFF, GIT_PAGER,
 *   PAGER, GIT_EDITOR, EDITOR, VISUAL, GIT_ASKPASS, SSH_ASKPASS,
 *   GIT_TEMPLATE_DIR, GIT_TRACE* or LD_PRELOAD, whatever the user exported.
 * - Config files. GIT_CONFIG_GLOBAL is /dev/null and there is no system
 *   config, so only the repository's own `.git/config` (and what it
 *   includes) is read; an exported GIT_CONFIG_GLOBAL is never given to git.
 *   From the user's own global config supv copies four values that name no
 *   program ({@link USER_SETTINGS}), so that a repository the user marked
 *   safe, their name on `supv init`'s commit and their default branch work
 *   as with plain git.
 * - The repository's config. Command-line settings beat every config file:
 *   {@link SAFE_GIT_CONFIG} switches off each key that names a program and
 *   that a command supv runs could reach. Filter drivers
 *   (`filter.<driver>.clean`, `smudge`, `process`) have names no list can
 *   know in advance, so the runner reads the names the repository's config
 *   defines (reading config runs nothing) and switches each off
 *   ({@link filterDriverSettings}). Beyond that, supv runs no command that
 *   reads the working tree through filters: no `status`, no diff against the
 *   working tree; `supv audit` hashes working-tree files itself
 *   (worktree.ts), and only `supv init` adds and commits.
 *
 * Aliases cannot stand in for the commands supv runs: git never lets an alias
 * shadow a built-in command, and supv runs only built-ins. Text conversion
 * and external diff drivers per attribute (`diff.<driver>.textconv`,
 * `diff.<driver>.command`) are turned off by the `--no-textconv
 * --no-ext-diff` every log passes (log.ts). Callers put paths only after
 * `--`, and nothing read from a record ever becomes an option.
 *
 * What stays the user's: PATH decides which `git` runs, as for any program.
 */
import { spawn } from 'node:child_process';
import { firstLine } from '../util/text.js';

/**
 * `-c` settings for every git command supv runs, each with the program it
 * keeps from running (or the output shape it keeps). `--no-pager` goes
 * before them all as well.
 */
export const SAFE_GIT_CONFIG: readonly string[] = [
  // Runs a program on every command that reads the index.
  'core.fsmonitor=false',
  // Hooks: reference-transaction, post-index-change, the commit hooks of `supv init`.
  'core.hooksPath=/dev/null',
  // Pagers (`pager.<command>` is covered by `--no-pager`).
  'core.pager=cat',
  // External diff (also `--no-ext-diff` on every log).
  'diff.external=',
  // `log.showSignature` would run gpg.program for every commit; `commit.gpgSign` would on `supv init`'s commit.
  'log.showSignature=false',
  'commit.gpgSign=false',
  // `git commit` may start `git gc --auto` / `git maintenance run --auto` in the background.
  'gc.auto=0',
  'maintenance.auto=false',
  // No transport at all: a partial clone must not fetch missing objects (GIT_NO_LAZY_FETCH is git 2.44+),
  // so core.sshCommand, core.gitProxy, remote helpers, credential helpers and askpass are never reached.
  'protocol.allow=never',
  'credential.helper=',
  'core.askPass=',
  // A folder that only looks like a bare repository (an unpacked archive) is not one.
  'safe.bareRepository=explicit',
  // Output must be what the parsers expect, whatever the repository prefers.
  'log.showRoot=true',
  'color.ui=false',
  'core.quotePath=false',
  'i18n.logOutputEncoding=UTF-8',
];

/** What git needs to find itself and run on each operating system; nothing else is passed on. */
const BASE_ENVIRONMENT = ['PATH', 'Path', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'SystemRoot', 'TMPDIR', 'TEMP', 'TMP'] as const;

/** The author and committer, for commands that commit (`supv init`): names, never programs. */
export const GIT_IDENTITY_ENVIRONMENT: readonly string[] = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'];

/** Only these may be passed through with {@link GitOptions.keepEnv}. */
const KEEPABLE = new Set(GIT_IDENTITY_ENVIRONMENT);

/**
 * The values supv copies from the user's own global git config, as plain
 * git would read them: none names a program. `safe.directory` lets git open
 * a repository owned by another user (a CI container, a shared drive) that
 * the user has marked safe; the rest are for `supv init`.
 */
const USER_SETTINGS = ['safe.directory', 'user.name', 'user.email', 'init.defaultbranch'] as const;

export interface GitOptions {
  /** More `-c` settings after {@link SAFE_GIT_CONFIG}, e.g. `diff.renames=false` for a walk that must see adds and deletes. */
  config?: readonly string[];
  /** Variables to pass through from the environment: only those of {@link GIT_IDENTITY_ENVIRONMENT}. */
  keepEnv?: readonly string[];
  /** The environment to take variables from (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/**
 * The environment git runs with: built from nothing, no config file but the
 * repository's, no prompts, no network to fill a partial clone. The fixed
 * values come last, so nothing passed through can replace them.
 */
export function safeGitEnvironment(keep: readonly string[] = [], from: Record<string, string | undefined> = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...BASE_ENVIRONMENT, ...keep.filter((name) => KEEPABLE.has(name))]) {
    const value = from[name];
    if (value !== undefined) env[name] = value;
  }
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_SYSTEM: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    // A partial clone must not reach for the network to fill in missing trees (git 2.44+; protocol.allow=never before).
    GIT_NO_LAZY_FETCH: '1',
  };
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

/** How one git process is started: the arguments before the command, and its environment. */
interface Invocation {
  cwd: string;
  prefix: readonly string[];
  env: Record<string, string>;
}

export function gitIn(root: string, options: GitOptions = {}): GitRunner {
  const prefix = ['--no-pager', ...[...SAFE_GIT_CONFIG, ...(options.config ?? [])].flatMap((setting) => ['-c', setting])];
  const base = safeGitEnvironment(options.keepEnv, options.env);
  // Read once, on first use: the user's own values, then the repository's filter drivers (which safe.directory may be needed to see).
  let ready: Promise<Invocation> | undefined;
  const invocation = () => (ready ??= (async () => {
    const user = await userSettingsOnce(root, base, options.env ?? process.env);
    const withUser = withSettings(base, user);
    const filters = await filterDriverSettings({ cwd: root, prefix, env: withUser });
    return { cwd: root, prefix, env: withSettings(base, [...user, ...filters]) };
  })());
  const run = async (args: string[]) => (await runGit(await invocation(), args)).toString('utf8');
  const answer = async (args: string[]): Promise<string | undefined> => {
    try {
      return (await run(args)).trim();
    } catch {
      return undefined;
    }
  };
  const headCommit = async () => (await answer(['rev-parse', '--quiet', '--verify', 'HEAD^{commit}'])) || undefined;
  return {
    run,
    isRepository: async () => (await answer(['rev-parse', '--is-inside-work-tree'])) === 'true',
    hasCommits: async () => (await headCommit()) !== undefined,
    isShallow: async () => (await answer(['rev-parse', '--is-shallow-repository'])) === 'true',
    headCommit,
    readBlobs: async (blobs, onBlob) => catFileBatch(await invocation(), blobs, onBlob),
  };
}

/** Settings given to git through GIT_CONFIG_COUNT/KEY/VALUE: a key and a value each, so no value can be read as part of a key. */
type Setting = readonly [key: string, value: string];

function withSettings(env: Record<string, string>, settings: readonly Setting[]): Record<string, string> {
  if (settings.length === 0) return env;
  const out: Record<string, string> = { ...env, GIT_CONFIG_COUNT: String(settings.length) };
  settings.forEach(([key, value], index) => {
    out[`GIT_CONFIG_KEY_${index}`] = key;
    out[`GIT_CONFIG_VALUE_${index}`] = value;
  });
  return out;
}

/**
 * The user's settings are read once per folder and environment in a
 * process: `supv watch` makes a runner at every change, and each read is a
 * git process of its own.
 */
const userSettingsRead = new Map<string, Promise<Setting[]>>();

function userSettingsOnce(cwd: string, base: Record<string, string>, from: Record<string, string | undefined>): Promise<Setting[]> {
  const key = JSON.stringify([cwd, base, from.GIT_CONFIG_GLOBAL, from.XDG_CONFIG_HOME]);
  let read = userSettingsRead.get(key);
  if (!read) userSettingsRead.set(key, (read = userSettings(cwd, base, from)));
  return read;
}

/**
 * {@link USER_SETTINGS} from the user's global git config: `~/.gitconfig`
 * and `$XDG_CONFIG_HOME/git/config`, or the file an exported
 * GIT_CONFIG_GLOBAL names. Only `git config` reads it (reading config runs
 * nothing), and only these values go on; a file git cannot read gives none.
 */
async function userSettings(cwd: string, base: Record<string, string>, from: Record<string, string | undefined>): Promise<Setting[]> {
  const { GIT_CONFIG_GLOBAL: _global, ...env } = base;
  if (from.GIT_CONFIG_GLOBAL !== undefined) env.GIT_CONFIG_GLOBAL = from.GIT_CONFIG_GLOBAL;
  if (from.XDG_CONFIG_HOME !== undefined) env.XDG_CONFIG_HOME = from.XDG_CONFIG_HOME;
  const pattern = `^(${USER_SETTINGS.map((key) => key.replace('.', '\\.')).join('|')})$`;
  return (await configEntries({ cwd, prefix: ['--no-pager'], env }, ['config', '--global', '--includes', '-z', '--get-regexp', pattern]))
    .filter(([key]) => (USER_SETTINGS as readonly string[]).includes(key));
}

/**
 * Every filter driver the repository's config defines, switched off: an
 * empty `process` and `clean` and `smudge` run nothing, and `required=false`
 * lets git carry on without them (a required filter that did not run would
 * stop `git add`).
 */
async function filterDriverSettings(invocation: Invocation): Promise<Setting[]> {
  const keys = await configEntries(invocation, ['config', '-z', '--name-only', '--get-regexp', '^filter\\.']);
  const drivers = new Set<string>();
  for (const [key] of keys) {
    const last = key.lastIndexOf('.');
    // `filter.<driver>.<key>`: the driver's name may itself hold dots.
    if (last > 'filter.'.length) drivers.add(key.slice('filter.'.length, last));
  }
  return [...drivers].flatMap((driver) => ['process', 'clean', 'smudge'].map((key): Setting => [`filter.${driver}.${key}`, '']).concat([[`filter.${driver}.required`, 'false']]));
}

/** `git config -z --get-regexp` as [key, value] pairs; none when nothing matches or git cannot read the config. */
async function configEntries(invocation: Invocation, args: string[]): Promise<Setting[]> {
  let output: string;
  try {
    output = (await runGit(invocation, args)).toString('utf8');
  } catch {
    return [];
  }
  // `-z`: each entry is `key\nvalue\0`, or `key\0` with --name-only or for a key without a value.
  return output.split('\0').filter((entry) => entry !== '').map((entry): Setting => {
    const newline = entry.indexOf('\n');
    return newline < 0 ? [entry, ''] : [entry.slice(0, newline), entry.slice(newline + 1)];
  });
}

/** Run one git command; resolves with its stdout, rejects with git's message when it fails. */
function runGit(invocation: Invocation, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...invocation.prefix, ...args], { cwd: invocation.cwd, env: invocation.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(stdout));
      const message = Buffer.concat(stderr).toString('utf8').trim();
      reject(new Error(message || `git ${args[0] ?? ''} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

function catFileBatch(invocation: Invocation, blobs: readonly string[], onBlob: (blob: string, content: Buffer | undefined) => void): Promise<void> {
  if (blobs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...invocation.prefix, 'cat-file', '--batch'], { cwd: invocation.cwd, env: invocation.env, stdio: ['pipe', 'pipe', 'pipe'] });
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
