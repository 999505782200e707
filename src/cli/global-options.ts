/**
 * The options every command takes (SPEC §6), written once: src/cli/main.ts
 * declares them from this list, and {@link lintRepository} reads a command
 * line with it before the CLI has loaded. Kept free of dependencies: the
 * binary loads it first thing.
 */
import path from 'node:path';

/** One global option: commander's flags (`<value>` when it takes one) and its help line. */
export interface GlobalOption {
  flags: string;
  description: string;
}

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { flags: '--cwd <dir>', description: 'the records repository (default: the current folder); relative PATH arguments are relative to it' },
  { flags: '--config <file>', description: 'the config file (default: supv.config.yaml in the repository)' },
  { flags: '--as-of <date>', description: 'the date rules are judged on, YYYY-MM-DD (default: today in the organisation\'s time zone)' },
  { flags: '--no-color', description: 'plain output without colours' },
  { flags: '--debug', description: 'show stack traces for internal errors' },
];

/** The global options that take a value (`--cwd`, `--config`, `--as-of`). */
const VALUE_OPTIONS = new Set(GLOBAL_OPTIONS.filter((option) => option.flags.includes('<')).map((option) => option.flags.split(' ')[0]!));

/**
 * The repository a command line will lint, worked out before the CLI has
 * loaded so that reading can start early (src/load/read-ahead.ts). Undefined
 * unless it is plainly a `supv lint` that will read records: help, a version
 * or anything unclear is left alone. A wrong guess costs only time, as the
 * lint command checks the folder again and stops a reading of another.
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
  return command === 'lint' ? path.resolve(cwd, dir) : undefined;
}
