import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { installPreCommitHook, type HookInstall } from '../../author/hook.js';
import { preCommitHook, scaffoldFiles } from '../../author/scaffold.js';
import { FileExistsError, writeNewFile } from '../../author/write-new.js';
import { GIT_IDENTITY_ENVIRONMENT, gitIn } from '../../git/run.js';
import { DEFAULT_CONFIG } from '../../config/config.js';
import { todayIn } from '../../util/dates.js';
import { existsNoFollow } from '../../util/files.js';
import { firstLine } from '../../util/text.js';
import { UsageError, type Io } from '../io.js';
import { toolVersion } from '../version.js';
import type { GlobalOptions } from '../context.js';

export interface InitCommandOptions extends GlobalOptions {
  organisation?: string;
  /** Only install the pre-commit hook, in a clone of an existing records repository. */
  hook?: boolean;
}

/**
 * `supv init [DIR]`: a working records repository. Every file is checked
 * first; when any already exists nothing is written. A folder that is not in
 * a git repository gets `git init`; the pre-commit hook goes into the clone's
 * own `.git/hooks` (src/author/hook.ts); and when the repository has no
 * commits yet, the new files but the example staff are committed, so the git
 * rules have a history to read from the start. The example staff stay
 * uncommitted (SPEC §11.4): they are there to be replaced, and a commit would
 * put two people who do not exist into the repository's history for ever.
 */
export async function initCommand(dir: string | undefined, options: InitCommandOptions, io: Io): Promise<number> {
  const base = path.resolve(io.cwd, options.cwd ?? '.');
  const root = path.resolve(base, dir ?? '.');
  if (options.hook) return hookCommand(root, io);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(`${root} is not a folder`);
  const version = toolVersion();
  const today = todayIn(DEFAULT_CONFIG.timezone, io.now());
  const files = scaffoldFiles({ today, organisation: options.organisation, version });

  const taken = files.filter((entry) => existsNoFollow(path.join(root, entry.file))).map((entry) => entry.file);
  if (taken.length > 0) {
    io.stderr(`supv init: these files already exist in ${root}, so nothing was written:\n${taken.map((file) => `  ${file}\n`).join('')}`);
    return 2;
  }

  mkdirSync(root, { recursive: true });
  const written: string[] = [];
  for (const entry of files) {
    try {
      await writeNewFile(path.join(root, entry.file), entry.text);
    } catch (error) {
      if (error instanceof FileExistsError) throw new UsageError(`supv init: ${entry.file} appeared while writing; the files written so far are: ${written.join(', ') || 'none'}`);
      throw error;
    }
    written.push(entry.file);
    io.stdout(`created ${entry.file}\n`);
  }

  const git = gitIn(root, { keepEnv: GIT_IDENTITY_ENVIRONMENT });
  const notes: string[] = [];
  if (!(await git.isRepository())) {
    await git.run(['init', '-q']);
    io.stdout('initialised a git repository\n');
  }
  const hook = describeHook(await installPreCommitHook(root, preCommitHook(version), git), root);
  if (hook.installed) io.stdout(`${hook.message}\n`);
  else notes.push(hook.message);

  const examples = files.filter((entry) => entry.example).map((entry) => entry.file);
  const toCommit = written.filter((file) => !examples.includes(file));
  if (!(await git.hasCommits())) {
    try {
      await git.run(['add', '--', ...toCommit]);
      // `--only` keeps anything else staged out of it; no hook runs (gitIn switches hooks off), `--no-verify` says so.
      await git.run(['commit', '-q', '--no-verify', '-m', 'Start the supervision records (supv init)', '--only', '--', ...toCommit]);
      io.stdout(`committed ${toCommit.join(', ')}\n`);
    } catch (error) {
      notes.push(`the files were not committed (${firstLine((error as Error).message)}); set user.name and user.email and commit them (git add ${toCommit.join(' ')} && git commit), so the git rules have a history to read`);
    }
  } else {
    notes.push(`commit the new files: git add ${toCommit.join(' ')} && git commit -m "Start the supervision records"`);
  }
  io.stdout(`the example staff (${examples.join(', ')}) are not committed: they are examples, to be replaced with your own staff\n`);

  const relative = path.relative(io.cwd, root);
  const cwdOption = relative === '' ? '' : ` --cwd ${relative.startsWith('..') ? root : relative}`;
  io.stdout([
    '',
    'Next steps:',
    ...notes.map((note) => `  - ${note}`),
    `  - supv${cwdOption} lint: reports no-contract for the two example staff and nothing else;`,
    '    make and sign their contracts (supv new contract --supervisee ID --dispute-resolution WHO, then supv sign FILE --as ID) to clear it',
    '  - replace the example staff with your own: supv new staff --id ID --name NAME --role ROLE --tier TIER --supervisor ID;',
    '    then delete the two examples and commit your staff',
    '  - record a session: supv new session --supervisee ID',
    '',
  ].join('\n'));
  return 0;
}

/** `supv init --hook`: the pre-commit hook alone, for a clone of a records repository (hooks are never cloned). */
async function hookCommand(root: string, io: Io): Promise<number> {
  const git = gitIn(root);
  if (!existsSync(root) || !(await git.isRepository())) throw new UsageError(`${root} is not in a git repository; clone the records repository first, or run supv init there to start one`);
  const hook = describeHook(await installPreCommitHook(root, preCommitHook(toolVersion()), git), root);
  if (!hook.installed) throw new UsageError(hook.message);
  io.stdout(`${hook.message}\n`);
  return 0;
}

/** What happened to the hook, in a sentence; `installed` when git will run supv's hook before each commit. */
function describeHook(result: HookInstall, root: string): { installed: boolean; message: string } {
  const shown = (file: string) => {
    const relative = path.relative(root, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  };
  switch (result.outcome) {
    case 'installed':
      return { installed: true, message: `installed the pre-commit hook in ${shown(result.file)}: it lints the records being committed (hooks are never cloned: in another clone, run supv init --hook)` };
    case 'present':
      return { installed: true, message: `the pre-commit hook is already installed in ${shown(result.file)}` };
    case 'occupied':
      return { installed: false, message: `a pre-commit hook is already in ${shown(result.file)}; supv left it as it is and wrote its own to ${shown(result.beside)}. To lint the records being committed, add this line to yours: "${result.beside}" || exit 1 (or, if yours is an earlier supv hook, replace it: mv ${shown(result.beside)} ${shown(result.file)})` };
    case 'hooks-path': {
      const where = `core.hooksPath is set to ${result.hooksPath} (${result.scope} git config), so git runs the hooks there and none in .git/hooks; supv left it as it is and wrote its hook to ${shown(result.beside)}.`;
      const unset = `git config${result.scope === 'local' ? '' : ` --${result.scope}`} --unset core.hooksPath`;
      return { installed: false, message: result.tracked
        ? `${where} ${result.hooksPath} is part of the repository: anyone who can commit can change the hooks in it. Use the clone's own hooks instead: ${unset}, then supv init --hook`
        : `${where} To lint the records being committed, add this line to the pre-commit hook in ${result.hooksPath}: "${result.beside}" || exit 1 (or ${unset}, then supv init --hook)` };
    }
    case 'enclosed':
      return { installed: false, message: `${root} is inside the git repository at ${result.top}, whose hooks were left alone: the pre-commit hook was not installed (run supv init in a folder of its own)` };
  }
}
