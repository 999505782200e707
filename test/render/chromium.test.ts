/**
 * Finding Chromium, the flags it runs with, and that an interrupted build
 * leaves no Chromium and no profile folder behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../src/render/chromium.js';
import { ChromiumNotFoundError, findChromium, USUAL_CHROME_PATHS } from '../../src/render/find-chromium.js';
import { sweepStaleProfiles } from '../../src/render/profiles.js';
import { processAlive } from '../../src/util/process.js';
import { BIN } from '../helpers/cli.js';
import { makeRecordsRepo, sessionText, skipReason } from './fixtures.js';

const reason = skipReason();

describe('finding Chromium', () => {
  it('a SUPV_CHROME naming nothing is an error that says what to do', () => {
    expect(() => findChromium({ SUPV_CHROME: '/nowhere/chrome' })).toThrow(ChromiumNotFoundError);
    expect(() => findChromium({ SUPV_CHROME: '/nowhere/chrome' })).toThrow(/SUPV_CHROME is set to \/nowhere\/chrome/);
    expect(() => findChromium({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' })).toThrow(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('looks in the usual places from the one list .puppeteerrc.cjs and scripts/setup.mjs share', () => {
    expect(USUAL_CHROME_PATHS).toContain('/usr/bin/chromium');
    const rc = readFileSync(new URL('../../.puppeteerrc.cjs', import.meta.url), 'utf8');
    expect(rc).toContain("require('./chromium-paths.cjs')");
    expect(readFileSync(new URL('../../scripts/setup.mjs', import.meta.url), 'utf8')).toContain('chromium-paths.cjs');
  });

  it.skipIf(reason)('finds the system browser with no variables set', () => {
    expect(existsSync(findChromium({}))).toBe(true);
  });

  it('runs headless-server flags, the sandbox off only as root, with its own profile folder', () => {
    const args = chromiumArgs('/tmp/profile', false);
    for (const flag of ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic', '--user-data-dir=/tmp/profile']) {
      expect(args).toContain(flag);
    }
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumArgs('/tmp/profile', true)).toContain('--no-sandbox');
  });
});

/** A repository of 28 sessions: enough PDFs that a build is still running when a test interrupts it. */
function februaryRepo(): string {
  const files: Record<string, string> = {};
  for (let day = 1; day <= 28; day += 1) {
    const id = `2025-02-${String(day).padStart(2, '0')}-jo-bloggs`;
    files[`records/sessions/2025/${id}.md`] = sessionText(undefined, id).replace('date: 2025-02-03', `date: 2025-02-${String(day).padStart(2, '0')}`);
  }
  return makeRecordsRepo({ files });
}

/** Start `supv build` and wait, up to `tries` tenths of a second, for its Chromium to start. */
async function buildUntilBrowser(root: string, env: NodeJS.ProcessEnv, tries: number) {
  const child = spawn(process.execPath, [BIN, 'build', '--concurrency', '1'], { cwd: root, env, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  let browser: { pid: number; profile: string } | undefined;
  for (let i = 0; i < tries && !browser; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    browser = chromiumChildOf(child.pid!);
  }
  return { child, exited, browser };
}

describe.skipIf(reason)(`an interrupted build${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('SIGTERM during a build leaves no Chromium and no profile folder behind', async () => {
    const root = februaryRepo();
    // Wait for the browser to start, and note its pid and profile folder.
    const { child, exited, browser } = await buildUntilBrowser(root, process.env, 200);
    expect(browser).toBeDefined();
    expect(existsSync(browser!.profile)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processAlive(browser!.pid)).toBe(false);
    expect(existsSync(browser!.profile)).toBe(false);
  }, 60_000);
});

/** A pid no process can have: above Linux's largest (2^22). */
const DEAD_PID = 2 ** 22 + 12345;

describe('profile folders left by a killed build', () => {
  it('a folder whose supv process is gone is swept; a live one, a link, an unowned recent one and anything else are not', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-profiles-'));
    const make = (name: string) => {
      mkdirSync(path.join(dir, name, 'Default'), { recursive: true });
      writeFileSync(path.join(dir, name, 'Default', 'Preferences'), '{}');
      return name;
    };
    const dead = make(`supv-chromium-${DEAD_PID}-a1B2c3`);
    const live = make(`supv-chromium-${process.pid}-a1B2c3`);
    const unownedOld = make('supv-chromium-Zx9Yw8');
    const unownedNew = make('supv-chromium-Qr5St6');
    const twoHoursAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    utimesSync(path.join(dir, unownedOld), twoHoursAgo, twoHoursAgo);
    const other = make(`other-chromium-${DEAD_PID}-a1B2c3`);
    // A link named like a dead build's folder, pointing at something precious: neither removed nor followed.
    const precious = make('precious');
    symlinkSync(path.join(dir, precious), path.join(dir, `supv-chromium-${DEAD_PID}-LiNk00`));

    const removed = sweepStaleProfiles(dir).map((folder) => path.basename(folder));
    expect(removed.sort()).toEqual(process.platform === 'linux' ? [dead, unownedOld].sort() : [dead]);
    expect(readdirSync(dir).sort()).toEqual([live, unownedNew, other, precious, `supv-chromium-${DEAD_PID}-LiNk00`, ...(process.platform === 'linux' ? [] : [unownedOld])].sort());
    expect(existsSync(path.join(dir, precious, 'Default', 'Preferences'))).toBe(true);
    // Once per folder per process: a second call does not read the folder again.
    make(`supv-chromium-${DEAD_PID}-d4E5f6`);
    expect(sweepStaleProfiles(dir)).toEqual([]);
    expect(sweepStaleProfiles(dir, { again: true }).map((folder) => path.basename(folder))).toEqual([`supv-chromium-${DEAD_PID}-d4E5f6`]);
  });

  it.skipIf(reason)('SIGKILL leaves the profile folder (named with the pid), and the next build removes it', async () => {
    const root = februaryRepo();
    // A temp folder of the test's own, so only these builds' profiles are in it.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'supv-profiles-'));
    const env = { ...process.env, TMPDIR: tmp };
    const { child, exited, browser } = await buildUntilBrowser(root, env, 300);
    expect(browser).toBeDefined();
    expect(path.basename(browser!.profile)).toMatch(new RegExp(`^supv-chromium-${child.pid}-[A-Za-z0-9]{6}$`));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The browser notices its pipe closed and exits; the folder stays, as nothing was left to remove it.
    for (let i = 0; i < 100 && processAlive(browser!.pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(processAlive(browser!.pid)).toBe(false);
    expect(existsSync(browser!.profile)).toBe(true);

    const next = spawnSync(process.execPath, [BIN, 'build', 'records/staff', '--out', 'staff-only'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    expect(next.status, next.stderr).toBe(0);
    expect(existsSync(browser!.profile)).toBe(false);
    expect(readdirSync(tmp).filter((name) => name.startsWith('supv-chromium-'))).toEqual([]);
  }, 90_000);
});

/** The Chromium a process started, found through /proc. */
function chromiumChildOf(parent: number): { pid: number; profile: string } | undefined {
  const result = spawnSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' });
  for (const line of result.stdout.split('\n')) {
    const pid = Number(line.trim());
    if (!pid) continue;
    try {
      const args = readFileSync(path.join('/proc', String(pid), 'cmdline'), 'utf8').split('\0');
      const profile = args.find((arg) => arg.startsWith('--user-data-dir='));
      if (profile) return { pid, profile: profile.slice('--user-data-dir='.length) };
    } catch {
      // Gone already.
    }
  }
  return undefined;
}
