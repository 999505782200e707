import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
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
  root: string;
  config: Config;
  asOf: string;
  color: boolean;
  debug: boolean;
}

export function resolveContext(options: GlobalOptions, io: Io): RunContext {
  const root = path.resolve(io.cwd, options.cwd ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--cwd ${options.cwd}: no such folder`);
  let config: Config;
  try {
    config = loadConfig(root, options.config).config;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`configuration error: ${error.message}`);
    throw error;
  }
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not ${options.asOf}`);
  }
  const asOf = options.asOf ?? todayIn(config.timezone, io.now());
  const color = options.color !== false && io.isTTY && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb';
  return { root, config, asOf, color, debug: Boolean(options.debug) };
}

/**
 * A PATH argument (a record, a folder of records, a PDF) made absolute.
 * Relative paths are relative to the records repository, `--cwd`, whatever
 * folder the shell is in: `supv --cwd ../records lint records/sessions` means
 * that repository's records/sessions. Without --cwd the repository is the
 * current folder, so nothing changes. (`--config` is read the same way.)
 */
export function resolvePathArgument(context: Pick<RunContext, 'root'>, given: string): string {
  return path.resolve(context.root, given);
}

/** A PATH argument as a repository-relative path with `/` separators (`''` for the repository itself); a usage error when it leads outside. */
export function repositoryPath(context: Pick<RunContext, 'root'>, given: string): string {
  const relative = path.relative(context.root, resolvePathArgument(context, given)).split(path.sep).join('/');
  if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) throw new UsageError(`${given} is outside the records repository ${context.root}`);
  return relative;
}
