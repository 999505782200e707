/** Whether a process is running: the one check behind stale locks, temporary files and profile folders. */
import { readFileSync } from 'node:fs';

/**
 * Whether a process with this id is running on this machine. Signal 0 checks
 * without sending anything; EPERM means it runs but belongs to someone else.
 * Used to tell a stale lock, temporary file or profile folder from one still
 * in use.
 */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * {@link processRunning}, and not a zombie awaiting its reaper (Linux /proc;
 * elsewhere the signal check is all there is). Tests use it to make sure a
 * killed Chromium is really gone.
 */
export function processAlive(pid: number): boolean {
  if (!processRunning(pid)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // No /proc (macOS): the signal check above is all there is.
  }
}
