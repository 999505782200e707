import { UserError } from '../util/errors.js';

/** The outside world as the CLI sees it, passed in so tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The working directory paths on the command line are relative to. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
  now(): Date;
}

/** A mistake in how supv was called, or in its configuration: exit 2, no stack trace. */
export class UsageError extends UserError {}

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
function writerUntilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return (text) => {
    if (!readerGone) stream.write(text);
  };
}
