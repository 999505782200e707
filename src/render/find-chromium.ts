/** Finding the Chromium to drive: the environment, supv's `.puppeteerrc.cjs`, the usual install places. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UserError } from '../util/errors.js';

const require = createRequire(import.meta.url);

/** Chromium could not be found: the message says how to install it or point supv at it. */
export class ChromiumNotFoundError extends UserError {}

/**
 * Where supv looks for a browser, in order, after the environment variables and `.puppeteerrc.cjs`:
 * `chromium-paths.cjs` at the package root, shared with `.puppeteerrc.cjs` and `scripts/setup.mjs`.
 */
export const USUAL_CHROME_PATHS: readonly string[] = (require('../../chromium-paths.cjs') as { CHROMIUM_PATHS: readonly string[] }).CHROMIUM_PATHS;

/**
 * Find the Chromium to drive: `SUPV_CHROME`, `PUPPETEER_EXECUTABLE_PATH`, the
 * `executablePath` of supv's own `.puppeteerrc.cjs`, then the usual install
 * places. A variable naming a file that does not exist is an error rather than
 * silently ignored: the user asked for that browser.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string {
  for (const name of ['SUPV_CHROME', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const given = env[name];
    if (given) {
      if (existsSync(given)) return given;
      throw new ChromiumNotFoundError(`${name} is set to ${given}, but there is no such file. Point it at a Chrome or Chromium executable, or unset it.`);
    }
  }
  const fromRc = puppeteerRcPath();
  if (fromRc && existsSync(fromRc)) return fromRc;
  const found = USUAL_CHROME_PATHS.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new ChromiumNotFoundError(
    'Chromium was not found; supv needs it to render PDFs.\n' +
      '  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji\n' +
      '  Fedora:         sudo dnf install chromium\n' +
      '  macOS:          brew install --cask chromium   (or install Google Chrome)\n' +
      'or set SUPV_CHROME to the path of a Chrome or Chromium executable.',
  );
}

function puppeteerRcPath(): string | undefined {
  try {
    const rc = require('../../.puppeteerrc.cjs') as { executablePath?: unknown };
    return typeof rc.executablePath === 'string' ? rc.executablePath : undefined;
  } catch {
    return undefined;
  }
}

/** The browser's version string, or undefined when it cannot be run. */
export function chromiumVersion(executablePath: string): string | undefined {
  const result = spawnSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
