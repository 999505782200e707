/**
 * Whether a process with this id is running on this machine. Signal 0 checks
 * without sending anything; EPERM means it runs but belongs to someone else.
 * Used to tell a stale lock or profile folder from one still in use.
 */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
