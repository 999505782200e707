/** Browser profile folders: how they are named, which processes use one, and sweeping those left by killed runs. */
import { lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processRunning } from '../util/process.js';

/**
 * A browser's profile folder is `supv-chromium-<pid>-<random>` in the system temp folder, `<pid>` being the supv
 * process that made it. supv removes it when the browser closes, or on SIGINT, SIGTERM and SIGHUP; only SIGKILL
 * (or a power cut) leaves it behind, and then the next run that sweeps finds its process gone and removes it, as
 * src/util/atomic-write.ts does for temporary files.
 */
export const PROFILE_PREFIX = 'supv-chromium-';
const PROFILE = /^supv-chromium-(\d+)-[A-Za-z0-9]{6}$/;
/** Before the pid was in the name: `supv-chromium-<random>`. Swept once an hour old and no browser uses it. */
const UNOWNED_PROFILE = /^supv-chromium-[A-Za-z0-9]{6}$/;
const UNOWNED_PROFILE_AGE_MS = 60 * 60 * 1000;
const sweptProfiles = new Set<string>();

/**
 * Remove profile folders left in `dir` by supv processes that are no longer running (once per folder per process).
 * A folder a running browser still names in its command line is kept, whoever made it, and so is anything that is
 * not a real folder of this user's. Returns the folders removed.
 */
export function sweepStaleProfiles(dir: string = os.tmpdir(), options: { now?: number; again?: boolean } = {}): string[] {
  if (sweptProfiles.has(dir) && !options.again) return [];
  sweptProfiles.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const now = options.now ?? Date.now();
  const stale: string[] = [];
  for (const name of names) {
    if (!name.startsWith(PROFILE_PREFIX)) continue;
    const owned = PROFILE.exec(name);
    if (owned) {
      const pid = Number(owned[1]);
      if (pid !== process.pid && !processRunning(pid)) stale.push(path.join(dir, name));
    } else if (UNOWNED_PROFILE.test(name) && process.platform === 'linux') {
      // Without /proc there is no telling whether a browser still uses an unowned folder; on Linux there is.
      const changed = modifiedAt(path.join(dir, name));
      if (changed !== undefined && now - changed > UNOWNED_PROFILE_AGE_MS) stale.push(path.join(dir, name));
    }
  }
  if (stale.length === 0) return [];
  const inUse = profilesInUse();
  const uid = process.getuid?.();
  const removed: string[] = [];
  for (const folder of stale) {
    if (inUse.has(folder)) continue;
    try {
      const stats = lstatSync(folder);
      if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid)) continue;
      rmSync(folder, { recursive: true, force: true, maxRetries: 2, retryDelay: 20 });
      removed.push(folder);
    } catch {
      // Another run swept it first, or it cannot be removed; neither stops a build.
    }
  }
  return removed;
}

function modifiedAt(folder: string): number | undefined {
  try {
    return lstatSync(folder).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Every process's command line, by pid (Linux /proc; elsewhere none are known). */
function commandLines(): Array<{ pid: number; args: string[] }> {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: Array<{ pid: number; args: string[] }> = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      found.push({ pid: Number(entry), args: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0') });
    } catch {
      // Exited meanwhile, or not ours to read.
    }
  }
  return found;
}

/** The profile folders running browsers name in their command lines. */
function profilesInUse(): Set<string> {
  const flag = '--user-data-dir=';
  const found = new Set<string>();
  for (const { args } of commandLines()) {
    for (const arg of args) if (arg.startsWith(flag)) found.add(path.resolve(arg.slice(flag.length)));
  }
  return found;
}

/** Processes whose command line names this profile folder. */
export function processesUsing(userDataDir: string): number[] {
  const flag = `--user-data-dir=${userDataDir}`;
  return commandLines()
    .filter(({ args }) => args.includes(flag))
    .map(({ pid }) => pid);
}
