import { UserError } from '../util/errors.js';
import { forTerminal, type TerminalText } from '../util/terminal.js';

/** The outside world as the CLI sees it, passed in so tests can run it in-process. */
export interface Io {
  /**
   * Write to standard output. Commands are given an Io made by
   * {@link terminalIo}, which escapes control characters before they get here:
   * the Io given to `main` receives only the escaped strings.
   */
  stdout(text: TerminalText): void;
  stderr(text: TerminalText): void;
  /** The working directory paths on the command line are relative to. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
  now(): Date;
}

/** A mistake in how supv was called, or in its configuration: exit 2, no stack trace. */
export class UsageError extends UserError {}

/**
 * The Io every command is given (`main` makes it): whatever a command, or
 * commander's help and errors, writes passes through `forTerminal`, so a
 * control character from a record, a file name, a commit or an argument is
 * shown escaped, never acted on (SPEC §11.8). Here rather than in each
 * formatter so that a new command cannot forget it; supv's own colours
 * survive only as `Coloured` text.
 */
export function terminalIo(io: Io): Io {
  return { ...io, stdout: (text) => io.stdout(forTerminal(text)), stderr: (text) => io.stderr(forTerminal(text)) };
}

export function processIo(): Io {
  return {
    stdout: writerUntilClosed(process.stdout),
    stderr: writerUntilClosed(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
  };
}

/**
 * Writes to a standard stream until its reader goes away. `supv lint | head -1`
 * closes the pipe after one line; that is the reader's choice, not a fault, so
 * the rest of the output is dropped and the command finishes with its own exit
 * code (node ignores SIGPIPE, and an EPIPE with no listener would end the
 * process with a stack trace). Any other write error still surfaces.
 */
function writerUntilClosed(stream: NodeJS.WriteStream): Io['stdout'] {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return (text) => {
    if (!readerGone) stream.write(String(text));
  };
}
