/**
 * The options every command takes (SPEC §6), written once: src/cli/main.ts
 * declares them from this list, and {@link lintRepository} reads a command
 * line with it before the CLI has loaded. Kept free of dependencies: the
 * binary loads it first thing.
 */
import path from 'node:path';
import { findRepositoryRoot } from '../load/root.js';

/** One global option: commander's flags (`<value>` when it takes one) and its help line. */
export interface GlobalOption {
  flags: string;
  description: string;
}

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { flags: '--cwd <dir>', description: 'run as if in this folder (default: the current folder): the records repository is found there or in a folder above, and relative PATH arguments and --config are relative to it' },
  { flags: '--config <file>', description: 'the config file (default: supv.config.yaml at the repository\'s root)' },
  { flags: '--as-of <date>', description: 'the date rules are judged on, YYYY-MM-DD (default: today in the organisation\'s time zone)' },
  { flags: '--no-color', description: 'plain output without colours' },
  { flags: '--debug', description: 'show stack traces for internal errors' },
];

/** The global options that take a value (`--cwd`, `--config`, `--as-of`). */
const VALUE_OPTIONS = new Set(GLOBAL_OPTIONS.filter((option) => option.flags.includes('<')).map((option) => option.flags.split(' ')[0]!));

/**
 * The repository a command line will lint, worked out before the CLI has
 * loaded so that reading can start early (src/load/read-ahead.ts): found
 * from `--cwd` or the current folder upwards, as the command will find it.
 * Undefined unless it is plainly a `supv lint` in a records repository: help,
 * a version or anything unclear is left alone. A wrong guess costs only
 * time, as the lint command finds the root again and stops a reading of
 * another folder.
 */
export function lintRepository(argv: string[], cwd: string): string | undefined {
  let command: string | undefined;
  let dir = '.';
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version') return undefined;
    if (arg === '--cwd') dir = argv[++index] ?? dir;
    else if (arg.startsWith('--cwd=')) dir = arg.slice('--cwd='.length);
    else if (command === undefined && VALUE_OPTIONS.has(arg)) index++;
    else if (command === undefined && !arg.startsWith('-')) command = arg;
  }
  if (command !== 'lint') return undefined;
  const search = findRepositoryRoot(path.resolve(cwd, dir));
  return search.found ? search.root : undefined;
}
