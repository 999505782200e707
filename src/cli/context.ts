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
