/**
 * Finding Chromium, the flags it runs with, and that an interrupted build
 * leaves no Chromium and no profile folder behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, ChromiumNotFoundError, findChromium, processAlive } from '../../src/render/chromium.js';
import { BIN } from '../helpers/cli.js';
import { makeRecordsRepo, sessionText, skipReason } from './fixtures.js';

const reason = skipReason();

describe('finding Chromium', () => {
  it('a SUPV_CHROME naming nothing is an error that says what to do', () => {
    expect(() => findChromium({ SUPV_CHROME: '/nowhere/chrome' })).toThrow(ChromiumNotFoundError);
    expect(() => findChromium({ SUPV_CHROME: '/nowhere/chrome' })).toThrow(/SUPV_CHROME is set to \/nowhere\/chrome/);
    expect(() => findChromium({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' })).toThrow(/PUPPETEER_EXECUTABLE_PATH/);
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

describe.skipIf(reason)(`an interrupted build${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('SIGTERM during a build leaves no Chromium and no profile folder behind', async () => {
    const files: Record<string, string> = {};
    for (let day = 1; day <= 28; day += 1) {
      const id = `2025-02-${String(day).padStart(2, '0')}-jo-bloggs`;
      files[`records/sessions/2025/${id}.md`] = sessionText(undefined, id).replace('date: 2025-02-03', `date: 2025-02-${String(day).padStart(2, '0')}`);
    }
    const root = makeRecordsRepo({ files });
    const child = spawn(process.execPath, [BIN, 'build', '--concurrency', '1'], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));

    // Wait for the browser to start, and note its pid and profile folder.
    let browser: { pid: number; profile: string } | undefined;
    for (let i = 0; i < 200 && !browser; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      browser = chromiumChildOf(child.pid!);
    }
    expect(browser).toBeDefined();
    expect(existsSync(browser!.profile)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processAlive(browser!.pid)).toBe(false);
    expect(existsSync(browser!.profile)).toBe(false);
  }, 60_000);
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
