/**
 * One headless Chromium per run, and a small pool of pages on it (finding the
 * browser is find-chromium.ts; its profile folders, profiles.ts).
 *
 * Launching a browser per document costs about a second; reusing one browser
 * and a few pages is what makes `supv build` fast (SPEC §9). The pool also owns
 * the browser's life: a fresh temporary profile, a restart when Chromium
 * crashes, and no orphaned Chromium when supv is interrupted or exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Puppeteer itself is imported when a browser is launched: a build with nothing to render never loads it.
import type { Browser, Page } from 'puppeteer';
import { ChromiumNotFoundError, findChromium } from './find-chromium.js';
import { isolatePage, type IsolatedPage } from './isolate.js';
import { PROFILE_PREFIX, processesUsing, sweepStaleProfiles } from './profiles.js';

/**
 * Chromium was found but did not start (crashed, or never answered). A kind of
 * ChromiumNotFoundError so every command that reports a missing browser as a
 * plain exit-2 message reports this the same way, not as an internal error.
 */
export class ChromiumStartError extends ChromiumNotFoundError {}

/** A page did not finish within the page timeout. */
export class PageTimeoutError extends Error {}

/** Flags for a headless browser on a server: nothing phones home, nothing is remembered. */
export function chromiumArgs(userDataDir: string, runningAsRoot: boolean): string[] {
  return [
    // Chromium's sandbox cannot start as root; anyone else keeps it.
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--disable-extensions',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    // No crash handler process: it would outlive a killed browser.
    '--disable-crash-reporter',
    '--disable-breakpad',
    '--no-pings',
    '--font-render-hinting=none',
    `--user-data-dir=${userDataDir}`,
  ];
}

export interface PoolOptions {
  /** Pages rendering at once; defaults to `os.availableParallelism()`. */
  concurrency?: number;
  /** The longest one job may hold a page, in milliseconds (default 60 s). */
  pageTimeoutMs?: number;
  /** The browser to launch; found with {@link findChromium} when absent. */
  executablePath?: string;
  env?: Record<string, string | undefined>;
}

/** What the pool did, for tests and the build summary. */
export interface PoolStats {
  launches: number;
  crashes: number;
  timeouts: number;
  /** Requests the pages tried to make and were refused (every one but `data:`). */
  blockedRequests: number;
}

/** A browser process of this run, from before Puppeteer has connected to it: what killing it needs. */
interface BrowserProcess {
  userDataDir: string;
  pid: number | undefined;
}

interface Launched extends BrowserProcess {
  browser: Browser;
  crashed: boolean;
}

/** Every live browser of this process, also those still starting, so an exit or a signal can kill them all. */
const live = new Set<BrowserProcess>();
let handlersInstalled = false;

function killNow(launched: BrowserProcess): void {
  // The pid is unknown while Puppeteer is still connecting; on Linux the profile folder in the command line finds the browser anyway.
  const pids = new Set<number>(launched.pid === undefined ? [] : [launched.pid]);
  for (const pid of processesUsing(launched.userDataDir)) pids.add(pid);
  for (const pid of pids) {
    // Puppeteer starts Chromium as the leader of its own process group: kill the group (renderers, zygote, GPU and
    // utility processes), then the process itself in case the group is already gone.
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  try {
    rmSync(launched.userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch {
    // Best effort while exiting; the folder is in the system temp directory.
  }
  live.delete(launched);
}

function onExit(): void {
  for (const launched of [...live]) killNow(launched);
}

function onSignal(signal: NodeJS.Signals): void {
  onExit();
  uninstallHandlers();
  // Let the default action (or the application's own handler) see the signal now that Chromium is gone.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off('exit', onExit);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.off('SIGHUP', onSignal);
}

/**
 * One browser and up to `concurrency` isolated pages. Use {@link withPage}
 * for every job and {@link close} in a `finally`.
 */
export class BrowserPool {
  readonly concurrency: number;
  readonly pageTimeoutMs: number;
  readonly executablePath: string;
  readonly stats: PoolStats = { launches: 0, crashes: 0, timeouts: 0, blockedRequests: 0 };
  private launched: Launched | undefined;
  private launching: Promise<Launched> | undefined;
  private idle: IsolatedPage[] = [];
  private busy = 0;
  private waiting: Array<() => void> = [];
  private closed = false;

  private constructor(options: PoolOptions) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? os.availableParallelism()));
    this.pageTimeoutMs = options.pageTimeoutMs ?? 60_000;
    this.executablePath = options.executablePath ?? findChromium(options.env);
  }

  /** Launch the browser. Throws {@link ChromiumNotFoundError} when there is none. */
  static async start(options: PoolOptions = {}): Promise<BrowserPool> {
    const pool = new BrowserPool(options);
    await pool.browser();
    return pool;
  }

  /** The process id of the running browser, for tests that make sure none is left behind. */
  get browserPid(): number | undefined {
    return this.launched?.pid;
  }

  private async browser(): Promise<Launched> {
    if (this.closed) throw new Error('the browser pool is closed');
    if (this.launched && !this.launched.crashed && this.launched.browser.connected) return this.launched;
    this.launching ??= this.launch().finally(() => {
      this.launching = undefined;
    });
    return this.launching;
  }

  private async launch(): Promise<Launched> {
    if (this.launched) await this.dispose(this.launched);
    this.idle = [];
    installHandlers();
    const profiles = os.tmpdir();
    sweepStaleProfiles(profiles);
    const userDataDir = mkdtempSync(path.join(profiles, `${PROFILE_PREFIX}${process.pid}-`));
    // Known before Chromium starts, so a signal during the launch still finds and removes it.
    const starting: BrowserProcess = { userDataDir, pid: undefined };
    live.add(starting);
    let browser: Browser;
    try {
      // Puppeteer's `timeout` does not cover a browser that opens the pipe and never answers (over a pipe it then
      // waits the protocol timeout, minutes): the whole launch is bounded here (hardening issue).
      const { default: puppeteer } = await import('puppeteer');
      const launching = puppeteer.launch({
        executablePath: this.executablePath,
        headless: true,
        pipe: true,
        args: chromiumArgs(userDataDir, process.getuid?.() === 0),
        // supv installs its own handlers: they also remove the profile folder.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 30_000,
        protocolTimeout: Math.max(this.pageTimeoutMs * 2, 60_000),
      });
      browser = await withTimeout(launching, 30_000, 'starting Chromium');
    } catch (error) {
      killNow(starting);
      throw new ChromiumStartError(`Chromium (${this.executablePath}) did not start: ${(error as Error).message.split('\n')[0]}`);
    }
    live.delete(starting);
    const launched: Launched = { browser, userDataDir, pid: browser.process()?.pid, crashed: false };
    live.add(launched);
    browser.on('disconnected', () => {
      if (this.launched === launched && !this.closed) {
        launched.crashed = true;
        this.stats.crashes += 1;
      }
    });
    this.launched = launched;
    this.stats.launches += 1;
    return launched;
  }

  private async dispose(launched: Launched): Promise<void> {
    try {
      if (launched.browser.connected) await withTimeout(launched.browser.close(), 5_000, 'closing Chromium');
    } catch {
      // Killed below.
    }
    killNow(launched);
    if (live.size === 0) uninstallHandlers();
  }

  private async acquireSlot(): Promise<void> {
    if (this.busy < this.concurrency) {
      this.busy += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy -= 1;
  }

  private async page(): Promise<IsolatedPage> {
    const launched = await this.browser();
    for (let page = this.idle.pop(); page; page = this.idle.pop()) {
      if (!page.page.isClosed() && page.browser === launched.browser) return page;
    }
    const page = await launched.browser.newPage();
    return isolatePage(page, launched.browser, () => {
      this.stats.blockedRequests += 1;
    });
  }

  /**
   * Run `job` on an isolated page, at most `concurrency` at a time, within the
   * page timeout. A page that timed out is thrown away; when Chromium crashed
   * during the job the browser is restarted and the job tried once more.
   */
  async withPage<T>(job: (page: IsolatedPage) => Promise<T>): Promise<T> {
    await this.acquireSlot();
    try {
      try {
        return await this.attempt(job);
      } catch (error) {
        if (this.closed || !(this.launched?.crashed || (error as { browserLost?: boolean }).browserLost)) throw error;
        return await this.attempt(job);
      }
    } finally {
      this.releaseSlot();
    }
  }

  private async attempt<T>(job: (page: IsolatedPage) => Promise<T>): Promise<T> {
    const launched = await this.browser();
    let page: IsolatedPage | undefined;
    let keep = false;
    try {
      // Opening the page counts against the timeout too: a hung browser never answers newPage (hardening issue).
      const run = this.page().then((opened) => {
        page = opened;
        return job(opened);
      });
      const result = await withTimeout(run, this.pageTimeoutMs, 'rendering the page', () => {
        this.stats.timeouts += 1;
        // A browser that lets a page run past the timeout is treated as hung: killed now, so the job is tried
        // once more on a fresh one and the records queued behind it are not stuck (or timed out) too.
        if (this.launched === launched && !launched.crashed) {
          launched.crashed = true;
          killNow(launched);
        }
      });
      keep = true;
      return result;
    } catch (error) {
      if (launched.crashed && error instanceof Error) Object.assign(error, { browserLost: true });
      throw error;
    } finally {
      if (page && keep && !page.page.isClosed()) this.idle.push(page);
      else if (page) void closePage(page.page);
    }
  }

  /** Close every page and the browser, and remove its profile folder. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.launching) await this.launching.catch(() => undefined);
    const launched = this.launched;
    this.launched = undefined;
    this.idle = [];
    if (launched) await this.dispose(launched);
  }
}

async function closePage(page: Page): Promise<void> {
  try {
    await withTimeout(page.close(), 5_000, 'closing a page');
  } catch {
    // The browser is restarted or closed later; nothing more to do for this page.
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new PageTimeoutError(`${what} took longer than ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
