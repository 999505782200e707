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
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
  };
}
