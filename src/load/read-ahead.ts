import path from 'node:path';

/** Global options that take a value, as src/cli/main.ts declares them; `--cwd` is read, the others skipped. */
const VALUE_OPTIONS = new Set(['--config', '--as-of']);

/**
 * The repository a command line will lint, worked out before the CLI has
 * loaded so that reading can start early (src/readers.ts). Undefined unless
 * it is plainly a `supv lint` that will read records: help, a version or
 * anything unclear is left alone. A wrong guess costs only time, as the
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
