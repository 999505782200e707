// What every part of supv's benchmark shares (scripts/bench/run.mjs runs the
// parts: lint.mjs, build.mjs, watch.mjs): where fixtures and scratch output go,
// generated fixtures reused while their stamp matches, and running each
// contender as its own `node` process, timed from spawn to exit, with its peak
// RSS and CPU time, in a process group of its own and under a time limit.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// SUPV_BENCH_DIR moves fixtures and scratch output elsewhere (the smoke test uses a temporary folder).
export const benchDir = process.env.SUPV_BENCH_DIR ? path.resolve(process.env.SUPV_BENCH_DIR) : path.join(root, '.bench');
export const AS_OF = '2026-11-23';
const SEED = 1;
export const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ------------------------------------------------------------------ fixtures

const generatorFile = path.join(root, 'scripts', 'examples', 'generate-fixtures.mjs');
// The generator and the record writer it shares with make-examples.mjs: what the fixtures' bytes depend on.
// Not supv's content hash (lib/sign/content-hash.js), which its signatures use: that changes only with
// SPEC §5, and every change of stamp costs the no-op rebuild its 10-minute full build again.
const generatorSources = [generatorFile, path.join(root, 'scripts', 'examples', 'records.mjs')];

/** A generated repository of n records in .bench/records-n, regenerated only when its stamp differs. */
export async function fixtures(n) {
  const dir = path.join(benchDir, `records-${n}`);
  const stampFile = path.join(dir, '.bench-stamp.json');
  const generator = createHash('sha256');
  for (const file of generatorSources) generator.update(readFileSync(file));
  const stamp = JSON.stringify({ n, seed: SEED, asOf: AS_OF, generator: generator.digest('hex') });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  log(`generating ${n.toLocaleString('en')} records in ${path.relative(root, dir)}`);
  rmSync(dir, { recursive: true, force: true });
  const { generateFixtures } = await import(pathToFileURL(generatorFile).href);
  generateFixtures(n, dir, { seed: SEED, asOf: AS_OF });
  writeFileSync(stampFile, stamp);
  return dir;
}

// ------------------------------------------------------------------ running

const rssPreload = pathToFileURL(path.join(root, 'scripts', 'bench', 'report-rss.mjs')).href;

/** Every process a contender starts carries this in its environment, Chromium included (it inherits it). */
const TOKEN_VAR = 'SUPV_BENCH_RUN';
const running = new Set();

/**
 * The processes whose environment carries `token` (Linux /proc; elsewhere none
 * are found). Puppeteer starts each Chromium as the leader of a process group
 * of its own, so killing a contender's group does not reach its browsers; the
 * token does.
 */
function processesWithToken(token) {
  const found = [];
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`${TOKEN_VAR}=${token}`)) found.push(Number(entry));
    } catch {
      // Exited meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Kill a contender's process group and everything carrying its token; how many token carriers there were. */
function killContender(child, token, { exited = false } = {}) {
  // Once it has exited (and been reaped) its pid may be reused; its group lives only while a member does.
  for (const target of exited ? [-child.pid] : [-child.pid, child.pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
  const left = processesWithToken(token);
  for (const pid of left) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
  }
  return left.length;
}

// Interrupted: take every contender (and its browsers) down too; they run in process groups of their own.
// Installed as this module loads, so before any contender starts.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const { child, token } of running) killContender(child, token);
    process.stderr.write(`bench: ${signal}: stopped\n`);
    process.exit(130);
  });
}

/**
 * Spawn `node ARGS`, timed from spawn to exit, with its peak RSS. stdout is
 * kept when `keepStdout`, else discarded by the OS (supv's report is big).
 * stdin is /dev/null and both pipes are read to the end, so a contender never
 * waits on either. Past `timeoutMs` the contender's process group and every
 * process carrying its token (its browsers) are killed with SIGKILL and the
 * result says `timedOut`; processes it leaves behind after a normal exit are
 * killed too, and counted in `leftovers`.
 */
/** Resident set size (kB) of a process; 0 once gone. */
function rssKb(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * With `treeMemory`, the result also has `treeBytes`: the highest sum, sampled
 * every half second, of the resident set size of the contender and every
 * process carrying its token (its Chromium and Chromium's children). Pages
 * the processes share count in each: an upper bound.
 */
export function runNode(args, { keepStdout = false, timeoutMs = 30 * 60_000, treeMemory = false } = {}) {
  mkdirSync(benchDir, { recursive: true });
  const rssFile = path.join(benchDir, `.rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', rssPreload, ...args], {
      cwd: root,
      env: { ...process.env, SUPV_BENCH_RSS_FILE: rssFile, FORCE_COLOR: '0', NO_COLOR: '1', [TOKEN_VAR]: token },
      stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
      // A process group of its own, so a time limit can kill whatever it started.
      detached: true,
    });
    const entry = { child, token };
    running.add(entry);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => {
      timedOut = true;
      killContender(child, token);
    }, timeoutMs);
    let treeKb = 0;
    const sampler = treeMemory
      ? setInterval(() => {
          const pids = new Set([child.pid, ...processesWithToken(token)]);
          let sum = 0;
          for (const pid of pids) sum += rssKb(pid);
          treeKb = Math.max(treeKb, sum);
        }, 500)
      : undefined;
    child.on('error', (error) => {
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      running.delete(entry);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      running.delete(entry);
      const leftovers = killContender(child, token, { exited: true });
      if (leftovers > 0) log(`${args[0]} left ${leftovers} process(es) running; killed`);
      let rss;
      let cpu;
      try {
        ({ rss, cpu } = JSON.parse(readFileSync(rssFile, 'utf8')));
        rmSync(rssFile, { force: true });
      } catch {
        // The child died before its exit handler ran.
      }
      resolve({ seconds, rss, cpu, code, signal, stdout, stderr, timedOut, leftovers, ...(treeMemory ? { treeBytes: treeKb * 1024 } : {}) });
    });
  });
}

/** The last JSON line a helper script printed. */
export function jsonLine(result, what) {
  const line = result.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`${what} printed no result (exit ${result.code ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
}

/** Fold another run into the best so far: least wall time, least CPU time, highest peak RSS. */
export function fold(so, r) {
  if (!so) return r;
  return {
    ...(r.seconds < so.seconds ? r : so),
    cpu: Math.min(so.cpu ?? Infinity, r.cpu ?? Infinity),
    rss: Math.max(so.rss ?? 0, r.rss ?? 0) || undefined,
  };
}

/** The last JSON line of a helper's output that passes `accept`, or undefined. */
export function lastJson(stdout, accept = () => true) {
  for (const line of stdout.trim().split('\n').reverse()) {
    try {
      const value = JSON.parse(line);
      if (accept(value)) return value;
    } catch {
      // Not JSON.
    }
  }
  return undefined;
}

/** The PDFs below `dir`: how many, and their bytes together. */
export function pdfFiles(dir) {
  let bytes = 0;
  let count = 0;
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.pdf')) {
        bytes += statSync(path.join(d, e.name)).size;
        count += 1;
      }
    }
  };
  walk(dir);
  return { bytes, count };
}
