#!/usr/bin/env node
// Make a fresh machine ready to build and test supv: npm packages, system tools
// (Chromium, poppler, fonts) and the compiled TypeScript in lib/.
//
// Plain Node ESM with no dependencies: it runs before `npm ci`. Idempotent and
// quiet: when nothing is missing it prints nothing and takes a few milliseconds.
// Progress goes to stderr, and only when a step actually does something.
//
// Environment:
//   SUPV_CHROME          a Chrome/Chromium to use instead of the system one
//   SUPV_SKIP_SYSTEM=1   do not check or install system packages
//   SUPV_SETUP_STRICT=1  exit 1 when TypeScript reports type errors
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The same list of usual Chromium places as .puppeteerrc.cjs and src/render/find-chromium.ts.
const { usualChromium } = createRequire(import.meta.url)('../chromium-paths.cjs');
const log = (msg) => process.stderr.write(`setup: ${msg}\n`);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// ---------------------------------------------------------------- npm packages

function ensureNodeModules() {
  const lockFile = path.join(root, 'package-lock.json');
  const modules = path.join(root, 'node_modules');
  const stampFile = path.join(modules, '.supv-installed');
  const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');

  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === lockHash) return;

  // node_modules installed by a plain `npm ci` before this script existed: npm's
  // own hidden lockfile is written after the install, so when it is newer than
  // package-lock.json the tree is current. Adopt it instead of reinstalling.
  const hidden = path.join(modules, '.package-lock.json');
  if (!existsSync(stampFile) && existsSync(hidden) &&
      statSync(hidden).mtimeMs >= statSync(lockFile).mtimeMs &&
      existsSync(path.join(modules, '.bin', 'tsc'))) {
    writeFileSync(stampFile, lockHash + '\n');
    return;
  }

  log(existsSync(modules) ? 'package-lock.json changed: npm ci' : 'node_modules missing: npm ci');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const status = run(npm, ['ci', '--no-audit', '--no-fund'], {
    // Belt and braces: .puppeteerrc.cjs already sets skipDownload.
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROME_DOWNLOAD: '1' },
  });
  if (status !== 0) {
    log(`npm ci failed (exit ${status})`);
    process.exit(status);
  }
  writeFileSync(stampFile, lockHash + '\n');
}

// ---------------------------------------------------------------- system tools

const PATH_DIRS = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
const onPath = (name) => PATH_DIRS.some((dir) => existsSync(path.join(dir, name)));

function chromeFound() {
  return Boolean(usualChromium()) || onPath('chromium') || onPath('chromium-browser');
}

let fcListOutput;
function fontFound(files, pattern) {
  // Fast path: the files Debian's packages install.
  if (files.some((f) => existsSync(f))) return true;
  if (fcListOutput === undefined) {
    const r = onPath('fc-list') ? spawnSync('fc-list', [], { encoding: 'utf8' }) : undefined;
    fcListOutput = r && r.status === 0 ? r.stdout : '';
  }
  return pattern.test(fcListOutput);
}

const TOOLS = [
  { what: 'Chromium', pkg: 'chromium', present: chromeFound },
  { what: 'pdftotext and pdfsig', pkg: 'poppler-utils', present: () => onPath('pdftotext') && onPath('pdfsig') },
  {
    what: 'Noto Sans CJK fonts',
    pkg: 'fonts-noto-cjk',
    present: () => fontFound(
      ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'],
      /Noto Sans CJK/i),
  },
  {
    what: 'Noto Color Emoji font',
    pkg: 'fonts-noto-color-emoji',
    present: () => fontFound(
      ['/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'],
      /Noto Color Emoji/i),
  },
];

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function aptGet(args) {
  // Another process may hold the dpkg lock (unattended upgrades, a parallel
  // setup): wait for it, and retry a few times if apt still gives up.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (let attempt = 1; ; attempt++) {
    const status = run('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], { env });
    if (status === 0 || attempt >= 4) return status;
    log(`apt-get ${args[0]} failed (exit ${status}); retrying in ${attempt * 10}s`);
    sleep(attempt * 10_000);
  }
}

function ensureSystemTools() {
  if (process.env.SUPV_SKIP_SYSTEM === '1') return;
  let missing = TOOLS.filter((t) => !t.present());
  if (missing.length === 0) return;

  const pkgs = missing.map((t) => t.pkg);
  const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  if (isRoot && onPath('apt-get')) {
    log(`installing ${pkgs.join(', ')} (missing: ${missing.map((t) => t.what).join(', ')})`);
    let status = aptGet(['update', '-q']);
    if (status === 0) status = aptGet(['install', '-y', '-q', '--no-install-recommends', ...pkgs]);
    fcListOutput = undefined;
    missing = TOOLS.filter((t) => !t.present());
    if (status === 0 && missing.length === 0) return;
    log(`apt-get could not install everything (exit ${status}); still missing: ${missing.map((t) => t.what).join(', ')}`);
  }

  log(`missing system tools: ${missing.map((t) => t.what).join(', ')}`);
  log('PDF rendering and its tests need them; the tests that do will say so and skip. To install:');
  if (onPath('apt-get')) {
    log(`  sudo sh -c '${command}'`);
  } else {
    log('  Chromium: set SUPV_CHROME=/path/to/chrome, or run `npx puppeteer browsers install chrome`');
    log('            and point SUPV_CHROME at the binary it prints');
    log('  poppler (pdftotext, pdfsig): `brew install poppler`, `dnf install poppler-utils`, ...');
    log('  fonts: Noto Sans CJK and Noto Color Emoji from https://fonts.google.com/noto');
  }
}

// ------------------------------------------------------------------ TypeScript

function listFiles(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function ensureCompiled() {
  const srcDir = path.join(root, 'src');
  const libDir = path.join(root, 'lib');
  const stampFile = path.join(libDir, '.supv-compiled');
  if (!existsSync(srcDir)) return;

  // Fingerprint: every source file's path, size and mtime, the tsconfig and the
  // installed packages. Catches edits, new files and deleted files alike.
  const inputs = [...listFiles(srcDir).sort(), path.join(root, 'tsconfig.json'), path.join(root, 'node_modules', '.supv-installed')];
  const hash = createHash('sha256');
  for (const file of inputs) {
    let st;
    try { st = statSync(file); } catch { continue; }
    hash.update(`${path.relative(root, file)}\0${st.size}\0${st.mtimeMs}\n`);
  }
  const fingerprint = hash.digest('hex');

  let stamp;
  try { stamp = JSON.parse(readFileSync(stampFile, 'utf8')); } catch { stamp = undefined; }
  if (stamp && stamp.fingerprint === fingerprint) {
    if (stamp.typeErrors) log('lib/ was compiled with type errors: see `npm run typecheck`');
    return;
  }

  log(existsSync(libDir) ? 'src/ changed: compiling TypeScript to lib/' : 'compiling TypeScript to lib/');
  const tsc = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
  const status = run(tsc, ['-p', 'tsconfig.json']);
  if (status !== 0) {
    // tsc still emits JavaScript on type errors (noEmitOnError is off), so the
    // CLI runs; report the errors but let the tests go ahead.
    log(`tsc reported type errors (exit ${status})`);
    if (!existsSync(libDir) || process.env.SUPV_SETUP_STRICT === '1') process.exit(1);
  }
  // lib/ packed into a few files that load faster (scripts/pack.mjs); bin/supv.js uses lib/ as it is without it.
  if (run(process.execPath, [path.join(root, 'scripts', 'pack.mjs')]) !== 0) log('could not pack lib/ (scripts/pack.mjs): supv runs from lib/ as tsc wrote it');
  try {
    mkdirSync(libDir, { recursive: true });
    writeFileSync(stampFile, JSON.stringify({ fingerprint, typeErrors: status !== 0 }) + '\n');
  } catch (error) {
    log(`could not write ${path.relative(root, stampFile)}: ${error.message}`);
  }
}

ensureNodeModules();
ensureSystemTools();
ensureCompiled();
