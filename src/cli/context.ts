import path from 'node:path';
import { isFolder } from '../util/files.js';
import type { ConfigParse } from '../config/config-text.js';
import { CONFIG_FILE, ConfigError, configReferenceProblem, loadConfig, type Config, type LoadedConfig } from '../config/config.js';
import { recordsAsOf } from '../load/as-of.js';
import type { RecordSet } from '../model.js';
import { recordsFolderRefusal } from '../load/discover.js';
import { findRepositoryRoot } from '../load/root.js';
import { isCalendarDate, todayIn } from '../util/dates.js';
import { UsageError, type Io } from './io.js';

/** The options every command takes (SPEC §6). */
export interface GlobalOptions {
  cwd?: string;
  config?: string;
  asOf?: string;
  color?: boolean;
  debug?: boolean;
}

/** What a command works with once the global options are understood. */
export interface RunContext {
  /** The records repository, absolute: the folder holding `supv.config.yaml` or `records/` (SPEC §2). */
  root: string;
  /**
   * The folder the command runs in, absolute: `--cwd` when given, else the
   * current folder. The root is this folder or one above it; relative PATH
   * arguments and `--config` are relative to it.
   */
  workingDir: string;
  config: Config;
  /** Where a key of the config file is, for a configuration error found once the records are read ({@link checkConfigReferences}). */
  locateConfig?: LoadedConfig['locate'];
  asOf: string;
  /**
   * True when `--as-of` names a day before today: the run judges the
   * repository as it stood then, and records dated after it are left out
   * ({@link recordsForRun}).
   */
  pastAsOf?: boolean;
  /** Today in the organisation's time zone (the as-of date unless `--as-of` says otherwise). */
  today?: string;
  color: boolean;
  debug: boolean;
}

/** SPEC §2's words when no folder from here upwards is a records repository. */
export const NOT_A_REPOSITORY = 'not a records repository (no supv.config.yaml or records/ here or in any folder above)';

/**
 * The context of a command that works on a records repository (all but
 * init, keygen and schema). The repository is found from the folder the
 * command runs in upwards, once, here; when there is none the command stops
 * with a usage error rather than report on nothing, which would read as an
 * all clear.
 */
export function resolveContext(options: GlobalOptions, io: Io, configAhead?: ConfigParse): RunContext {
  const workingDir = path.resolve(io.cwd, options.cwd ?? '.');
  if (!isFolder(workingDir)) throw new UsageError(options.cwd === undefined ? `the current folder ${workingDir} no longer exists` : `--cwd ${options.cwd}: no such folder`);
  const root = repositoryRoot(workingDir);
  let config: Config;
  let locateConfig: LoadedConfig['locate'];
  try {
    ({ config, locate: locateConfig } = loadConfig(root, options.config, workingDir, configAhead));
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`configuration error: ${error.message}`);
    throw error;
  }
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not ${options.asOf}`);
  }
  const today = todayIn(config.timezone, io.now());
  const asOf = options.asOf ?? today;
  const color = options.color !== false && io.isTTY && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb';
  return { root, workingDir, config, locateConfig, asOf, pastAsOf: options.asOf !== undefined && asOf < today, today, color, debug: Boolean(options.debug) };
}

/**
 * The records a command judges: with an explicit past `--as-of`, those dated
 * after it (up to today) are left out, as they had not been written yet
 * (SPEC §11.2); with
 * today's date (or a date to come) every record stays, and one dated after
 * it is the future-date rule's to report. Also checks the configuration's
 * references to records ({@link checkConfigReferences}).
 */
export function recordsForRun(context: Pick<RunContext, 'asOf' | 'pastAsOf' | 'today' | 'config' | 'locateConfig'>, records: RecordSet): RecordSet {
  checkConfigReferences(context, records);
  return context.pastAsOf ? recordsAsOf(records, context.asOf, context.today ?? context.asOf) : records;
}

/** A configuration key naming a record that does not exist (`policy.head`): a configuration error, exit 2, at the key's line. */
export function checkConfigReferences(context: Pick<RunContext, 'config' | 'locateConfig'>, records: RecordSet): void {
  const problem = configReferenceProblem(context.config, new Set(records.ofKind.staff.map((record) => record.id)));
  if (!problem) return;
  const at = context.locateConfig?.(problem.pointer) ?? { file: CONFIG_FILE, line: 1, column: 1 };
  throw new UsageError(`configuration error: ${at.file}:${at.line}:${at.column}: ${problem.message}`);
}

/** The repository holding `workingDir`, its `records` checked before anything is read from it. */
function repositoryRoot(workingDir: string): string {
  const search = findRepositoryRoot(workingDir);
  if (!search.found) {
    const stop = search.gitTop === undefined ? '' : `; the search stops at the top of the git repository ${search.gitTop}`;
    throw new UsageError(`${NOT_A_REPOSITORY}${stop}. Run supv in the records repository, name it with --cwd, or start one with supv init`);
  }
  // Refused here for every command at once: a link leading out would have them all work on another folder's files.
  const refusal = recordsFolderRefusal(search.root);
  if (refusal !== undefined) throw new UsageError(`the records repository ${search.root} cannot be read: ${refusal}`);
  return search.root;
}


/**
 * A PATH argument (a record, a folder of records, a PDF) made absolute.
 * Relative paths are relative to the folder the command runs in (SPEC §2):
 * the current folder, or `--cwd` when given, whatever folder the shell is
 * in. From `records/sessions/2026`, `supv lint 2026-02-02-jo-bloggs.md`
 * names the record beside you; `supv --cwd ../school lint records/sessions`
 * names that repository's records/sessions. (`--config` is read the same
 * way; files a command writes, `--out` and `--output`, and key files are
 * relative to the shell's folder.)
 */
export function resolvePathArgument(context: Pick<RunContext, 'workingDir'>, given: string): string {
  return path.resolve(context.workingDir, given);
}

/** A PATH argument as a repository-relative path with `/` separators (`''` for the repository itself); a usage error when it leads outside. */
export function repositoryPath(context: Pick<RunContext, 'root' | 'workingDir'>, given: string): string {
  const relative = path.relative(context.root, resolvePathArgument(context, given)).split(path.sep).join('/');
  if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) throw new UsageError(`${given} is outside the records repository ${context.root}`);
  return relative;
}
