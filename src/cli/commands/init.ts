import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { scaffoldFiles } from '../../author/scaffold.js';
import { FileExistsError, writeNewFile } from '../../author/write-new.js';
import { chmod } from 'node:fs/promises';
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
}

/**
 * `supv init [DIR]`: a working records repository. Every file is checked
 * first; when any already exists nothing is written. A folder that is not in
 * a git repository gets `git init`; the hook folder is switched on with
 * `core.hooksPath`; and when the repository has no commits yet, the new
 * files are committed so the git rules have a history to read from the start.
 */
export async function initCommand(dir: string | undefined, options: InitCommandOptions, io: Io): Promise<number> {
  const base = path.resolve(io.cwd, options.cwd ?? '.');
  const root = path.resolve(base, dir ?? '.');
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(`${root} is not a folder`);
  const today = todayIn(DEFAULT_CONFIG.timezone, io.now());
  const files = scaffoldFiles({ today, organisation: options.organisation, version: toolVersion() });

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
    if (entry.mode !== undefined) await chmod(path.join(root, entry.file), entry.mode);
    written.push(entry.file);
    io.stdout(`created ${entry.file}\n`);
  }

  const git = gitIn(root, { keepEnv: GIT_IDENTITY_ENVIRONMENT });
  const notes: string[] = [];
  if (!(await git.isRepository())) {
    await git.run(['init', '-q']);
    io.stdout('initialised a git repository\n');
  }
  const top = (await git.run(['rev-parse', '--show-toplevel'])).trim();
  if (realpathSync(top) !== realpathSync(root)) {
    // core.hooksPath is read from the top of the working tree; setting it for an enclosing repository would change that repository's hooks.
    notes.push(`${root} is inside the git repository at ${top}; the pre-commit hook was not switched on (move the hook there, or run supv init in a folder of its own)`);
  } else {
    await git.run(['config', 'core.hooksPath', '.githooks']);
    io.stdout('git config core.hooksPath .githooks (the pre-commit hook lints staged records)\n');
  }
  if (!(await git.hasCommits())) {
    try {
      await git.run(['add', '--', ...written]);
      // The hook would lint what init has just written and checked; `--only` keeps anything else staged out of it.
      await git.run(['commit', '-q', '--no-verify', '-m', 'Start the supervision records (supv init)', '--only', '--', ...written]);
      io.stdout('committed the new files\n');
    } catch (error) {
      notes.push(`the files were not committed (${firstLine((error as Error).message)}); set user.name and user.email and commit them, so the git rules have a history to read`);
    }
  } else {
    notes.push('commit the new files: git add . && git commit -m "Start the supervision records"');
  }

  const relative = path.relative(io.cwd, root);
  const cwdOption = relative === '' ? '' : ` --cwd ${relative.startsWith('..') ? root : relative}`;
  io.stdout([
    '',
    'Next steps:',
    ...notes.map((note) => `  - ${note}`),
    `  - supv${cwdOption} lint: reports no-contract for the two example staff and nothing else;`,
    '    make and sign their contracts (supv new contract --supervisee ID, then supv sign FILE --as ID) to clear it',
    '  - replace the example staff with your own: supv new staff --id ID --name NAME --role ROLE --tier TIER --supervisor ID',
    '  - record a session: supv new session --supervisee ID',
    '',
  ].join('\n'));
  return 0;
}
