#!/usr/bin/env node
// supv's benchmarks (SPEC §9), side by side in one run: `npm run bench`.
//
//   node scripts/bench.mjs [--quick] [--part lint|build|watch] [--no-write]
//
// lint:  `supv lint` over 1k, 10k and 100k generated records (wall time and
//        peak RSS), next to the floor of reading the same files and parsing
//        their frontmatter with js-yaml (scripts/bench/floor.mjs), and next to
//        remark-lint-frontmatter-schema validating the same frontmatter against
//        the same schemas (scripts/bench/remark.mjs).
// build: `supv build` PDFs per second at concurrency 1, 2 and 4 for 200 and
//        1,000 records, next to raw Chromium page.pdf() on the same HTML
//        (scripts/bench/raw-chromium.mjs) and md-to-pdf on the same Markdown
//        (scripts/bench/md-to-pdf.mjs; a sample of 30 records, as it launches
//        a browser per file); and a no-op rebuild of 10k records (its 10,000
//        PDFs are built once and kept in .bench/out/noop-10000). About 10-12
//        minutes on a 2-core machine, plus about 10 the first time.
// watch: `supv watch` from saving a session record to its new PDF, median of
//        5 saves after a first one that launches Chromium, in repositories of
//        1k and 10k records (scripts/bench/watch-latency.mjs).
//
// Every contender runs as its own `node` process timed from spawn to exit, so
// Node's start-up counts on every side; peak RSS comes from
// scripts/bench/report-rss.mjs, preloaded with --import. Each runs in a
// process group of its own with a token in its environment and a time limit:
// past it, the group and every process carrying the token (its browsers,
// which Puppeteer starts in groups of their own) are killed, and whatever a
// contender leaves running after it exits is killed too. Fixtures are generated
// into .bench/ (git-ignored) and reused while their stamp matches.
//
// Results are printed and written into BENCHMARKS.md (the part that ran is
// replaced; the other part's section is kept). --no-write, or
// SUPV_BENCH_NO_WRITE=1, only prints. --quick: 1k lint, and a 200-PDF build at
// concurrency 1 and 2 (the smoke test uses it).
//
// Environment: SUPV_BENCH_DIR (instead of .bench/), SUPV_BENCH_NO_WRITE=1,
// SUPV_BENCH_REMARK_SECONDS (time budget for remark-lint-frontmatter-schema
// per size; by default none at 1k, 60 s beyond, 8 s with --quick).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { usualChromium } = createRequire(import.meta.url)('../chromium-paths.cjs');
// SUPV_BENCH_DIR moves fixtures and scratch output elsewhere (the smoke test uses a temporary folder).
const benchDir = process.env.SUPV_BENCH_DIR ? path.resolve(process.env.SUPV_BENCH_DIR) : path.join(root, '.bench');
const AS_OF = '2026-11-23';
const SEED = 1;
const MB = 1024 * 1024;

// ------------------------------------------------------------------ options

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const noWrite = argv.includes('--no-write') || process.env.SUPV_BENCH_NO_WRITE === '1';
const partArg = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : argv.find((a) => a.startsWith('--part='))?.slice(7);
if (partArg && !['lint', 'build', 'watch'].includes(partArg)) {
  process.stderr.write('usage: node scripts/bench.mjs [--quick] [--part lint|build|watch] [--no-write]\n');
  process.exit(2);
}
const parts = partArg ? [partArg] : ['lint', 'build', 'watch'];
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ------------------------------------------------------------------ machine

function machine() {
  const cpus = os.cpus();
  const chrome = usualChromium();
  let chromium = 'not found';
  if (chrome) {
    const result = spawnSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    chromium = (result.stdout || '').trim().split('\n').pop() || 'unknown';
  }
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    chromium,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

// ------------------------------------------------------------------ fixtures

const generatorFile = path.join(root, 'scripts', 'examples', 'generate-fixtures.mjs');
// The generator and the record writer it shares with make-examples.mjs: what the fixtures' bytes depend on.
// Not supv's content hash (lib/sign/content-hash.js), which its signatures use: that changes only with
// SPEC §5, and every change of stamp costs the no-op rebuild its 10-minute full build again.
const generatorSources = [generatorFile, path.join(root, 'scripts', 'examples', 'records.mjs')];

/** A generated repository of n records in .bench/records-n, regenerated only when its stamp differs. */
async function fixtures(n) {
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
function runNode(args, { keepStdout = false, timeoutMs = 30 * 60_000 } = {}) {
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
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(entry);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timer);
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
      resolve({ seconds, rss, cpu, code, signal, stdout, stderr, timedOut, leftovers });
    });
  });
}

/** The last JSON line a helper script printed. */
function jsonLine(result, what) {
  const line = result.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`${what} printed no result (exit ${result.code ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
}

/** Fold another run into the best so far: least wall time, least CPU time, highest peak RSS. */
function fold(so, r) {
  if (!so) return r;
  return {
    ...(r.seconds < so.seconds ? r : so),
    cpu: Math.min(so.cpu ?? Infinity, r.cpu ?? Infinity),
    rss: Math.max(so.rss ?? 0, r.rss ?? 0) || undefined,
  };
}

/** Best of `reps` runs (see fold). */
async function best(reps, once) {
  let result;
  for (let i = 0; i < reps; i++) result = fold(result, await once());
  return result;
}

// ------------------------------------------------------------------ formatting

const fmtS = (s) => (s === undefined ? '—' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const fmtMB = (bytes) => (bytes === undefined ? '—' : `${Math.round(bytes / MB)}`);
const fmtX = (x) => (x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}x`);
const fmtRate = (r) => (r === undefined || !Number.isFinite(r) ? '—' : r.toFixed(1));
const verdict = (ok) => (ok === undefined ? '—' : ok ? 'PASS' : 'FAIL');

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map((h, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

// ------------------------------------------------------------------ lint part

async function lintPart() {
  const sizes = quick ? [1000] : [1000, 10_000, 100_000];
  // remark-lint-frontmatter-schema compiles the schema with Ajv for every file
  // (about 25 ms a record here); past this many seconds the run is stopped and
  // the rest is extrapolated from the files it did, and the table says so.
  // SUPV_BENCH_REMARK_SECONDS overrides the budget for every size (0: no budget).
  const remarkBudget = (n) => (process.env.SUPV_BENCH_REMARK_SECONDS !== undefined ? Number(process.env.SUPV_BENCH_REMARK_SECONDS) : quick ? 8 : n <= 1000 ? 0 : 60);
  const rows = [];
  const results = [];
  const notes = [];
  // supv and the floor at every size first, remark after: remark runs for a
  // minute at a time, and on this shared VM a supv run straight after one was
  // measured half as fast again (27 s against 17.5 s at 100,000 records).
  const measured = new Map();
  for (const n of sizes) {
    const dir = await fixtures(n);
    const reps = n <= 10_000 ? 3 : 1;
    log(`lint ${n.toLocaleString('en')}: supv and floor, best of ${reps}`);
    let supv;
    let floor;
    // One untimed read first, so every timed run finds the files in the page cache (as after a checkout
    // or an edit). Without it the first run at 100,000 records paid for the disk: 16.4 s against 10.6 s.
    await runNode(['scripts/bench/floor.mjs', dir], { keepStdout: true });
    // Interleaved, so background load falls on both sides alike.
    for (let i = 0; i < reps; i++) {
      const s = await runNode(['bin/supv.js', 'lint', '--cwd', dir, '--format', 'json', '--as-of', AS_OF]);
      if (s.code !== 0 && s.code !== 1) throw new Error(`supv lint exited ${s.code ?? s.signal} on ${n} records: ${s.stderr.trim()}`);
      supv = fold(supv, s);
      const f = await runNode(['scripts/bench/floor.mjs', dir], { keepStdout: true });
      const fj = jsonLine(f, 'floor.mjs');
      if (fj.files !== n) throw new Error(`floor.mjs read ${fj.files} files, expected ${n}`);
      floor = fold(floor, f);
    }
    measured.set(n, { dir, supv, floor });
  }
  for (const n of sizes) {
    const { dir, supv, floor } = measured.get(n);
    log(`lint ${n.toLocaleString('en')}: remark-lint-frontmatter-schema${remarkBudget(n) ? ` (stops after ${remarkBudget(n)} s and extrapolates)` : ''}`);
    let remark;
    let remarkNote = '';
    const rArgs = ['scripts/bench/remark.mjs', dir];
    if (remarkBudget(n)) rArgs.push('--max-seconds', String(remarkBudget(n)));
    const r = await runNode(rArgs, { keepStdout: true });
    try {
      const rj = jsonLine(r, 'remark.mjs');
      if (rj.processed < rj.files) {
        // Start-up and schema bundling as measured; the per-file loop scaled to every file.
        const scale = rj.files / rj.processed;
        const seconds = r.seconds - rj.loopSeconds + rj.loopSeconds * scale;
        // CPU time scaled by the same share of the run the loop took.
        const loopShare = rj.loopSeconds / r.seconds;
        const cpu = r.cpu === undefined ? undefined : r.cpu * (1 - loopShare) + r.cpu * loopShare * scale;
        remark = { seconds, cpu, rss: undefined, estimated: true, partialRss: r.rss, processed: rj.processed };
        remarkNote = `extrapolated from ${rj.processed.toLocaleString('en')} of ${rj.files.toLocaleString('en')} records`;
      } else {
        remark = { seconds: r.seconds, cpu: r.cpu, rss: r.rss };
      }
      remark.messages = rj.messages;
    } catch (error) {
      notes.push(`remark-lint-frontmatter-schema failed at ${n} records: ${error.message}`);
    }
    const result = { n, supv, floor, remark, remarkNote };
    results.push(result);
    const est = remark?.estimated ? '≈ ' : '';
    rows.push([
      n.toLocaleString('en'),
      fmtS(supv.seconds),
      fmtS(supv.cpu),
      fmtMB(supv.rss),
      fmtS(floor.seconds),
      fmtS(floor.cpu),
      fmtMB(floor.rss),
      remark ? `${est}${fmtS(remark.seconds)}` : 'failed',
      remark ? `${est}${fmtS(remark.cpu)}` : '—',
      remark ? (remark.estimated ? `(${fmtMB(remark.partialRss)} after ${remark.processed.toLocaleString('en')})` : fmtMB(remark.rss)) : '—',
      fmtX(supv.seconds / floor.seconds),
      fmtX(supv.cpu / floor.cpu),
      remark ? `${est}${fmtX(remark.seconds / supv.seconds)}` : '—',
      remark ? `${est}${fmtX(remark.cpu / supv.cpu)}` : '—',
    ]);
    log(`lint ${n.toLocaleString('en')}: supv ${fmtS(supv.seconds)} s, floor ${fmtS(floor.seconds)} s, remark ${remark ? fmtS(remark.seconds) : 'failed'} s`);
  }

  const at = (n) => results.find((r) => r.n === n);
  const targets = [];
  if (at(10_000)) {
    const r = at(10_000);
    targets.push(['10k records under 1.5 s', `${fmtS(r.supv.seconds)} s wall, ${fmtS(r.supv.cpu)} s CPU`, verdict(r.supv.seconds < 1.5), verdict(r.supv.cpu < 1.5)]);
    targets.push(['10k records within 3x of the read-and-parse floor', `${fmtX(r.supv.seconds / r.floor.seconds)} wall, ${fmtX(r.supv.cpu / r.floor.cpu)} CPU`, verdict(r.supv.seconds / r.floor.seconds <= 3), verdict(r.supv.cpu / r.floor.cpu <= 3)]);
  }
  if (at(100_000)) {
    const r = at(100_000);
    targets.push(['100k records under 15 s', `${fmtS(r.supv.seconds)} s wall, ${fmtS(r.supv.cpu)} s CPU`, verdict(r.supv.seconds < 15), verdict(r.supv.cpu < 15)]);
  }
  const peak = Math.max(...results.map((r) => r.supv.rss ?? 0));
  const memory = verdict(peak < 1024 * MB);
  targets.push([`peak memory under 1 GB (largest run, ${results.at(-1).n.toLocaleString('en')} records)`, `${fmtMB(peak)} MB`, memory, memory]);

  const text = [
    table(
      ['Records', 'supv lint wall (s)', 'supv CPU (s)', 'supv RSS (MB)', 'floor wall (s)', 'floor CPU (s)', 'floor RSS (MB)', 'remark wall (s)', 'remark CPU (s)', 'remark RSS (MB)', 'supv / floor (wall)', 'supv / floor (CPU)', 'remark / supv (wall)', 'remark / supv (CPU)'],
      rows,
    ),
    '',
    'remark = remark-lint-frontmatter-schema. CPU is user + system time of the process; on a busy machine it is the steadier figure.',
    '',
    table(['Target (SPEC §9)', 'Measured', 'Result (wall)', 'Result (CPU)'], targets),
    ...results.filter((r) => r.remarkNote).map((r) => `\n≈ ${r.n.toLocaleString('en')} records: remark-lint-frontmatter-schema ${r.remarkNote} (it was stopped after its time budget); it compiles the schema with Ajv for every file, so its time per record is constant and the extrapolation linear.`),
    ...notes.map((note) => `\n${note}`),
  ].join('\n');
  return { text, results, targets };
}

// ------------------------------------------------------------------ build part

function countPdfs(dir) {
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
      else if (e.name.endsWith('.pdf')) count += 1;
    }
  };
  walk(dir);
  return count;
}

function supvBuildAvailable() {
  const result = spawnSync(process.execPath, ['bin/supv.js', 'build', '--help'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 && /--concurrency/.test(result.stdout) && /--force/.test(result.stdout);
}

async function supvBuild(dir, out, concurrency, { force, timeoutMs = 10 * 60_000, keepStdout = false }) {
  const args = ['bin/supv.js', 'build', '--cwd', dir, '--out', out, '--concurrency', String(concurrency), '--as-of', AS_OF];
  if (force) args.push('--force');
  const r = await runNode(args, { timeoutMs, keepStdout });
  if (r.timedOut) throw new Error(`supv build was stopped after ${Math.round(timeoutMs / 1000)} s`);
  if (r.code !== 0) throw new Error(`supv build exited ${r.code ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return r;
}

/** The last JSON line of a helper's output that passes `accept`, or undefined. */
function lastJson(stdout, accept = () => true) {
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

/**
 * md-to-pdf on a sample of the 200-record set, ten files at a time as the
 * package manages best. It launches a browser per file (about 1 PDF/s here),
 * so it gets a sample, a soft budget (no new batch starts after it) and a hard
 * time limit (its process group and its browsers are killed); a partial run is
 * reported as such, from the progress line it prints after every batch.
 */
async function mdToPdfRun(notes) {
  const dir = await fixtures(200);
  const sample = quick ? 10 : 30;
  const budget = quick ? 60 : 150;
  const hardLimit = budget + 90;
  log(`build: md-to-pdf on ${sample} of the 200 records, batches of ten (budget ${budget} s, killed at ${hardLimit} s)`);
  const r = await runNode(['scripts/bench/md-to-pdf.mjs', dir, '--batch', '10', '--limit', String(sample), '--max-seconds', String(budget), '--file-timeout', '60'], {
    keepStdout: true,
    timeoutMs: hardLimit * 1000,
  });
  const final = lastJson(r.stdout, (j) => !j.progress);
  const progress = lastJson(r.stdout, (j) => j.progress);
  const j = final ?? progress;
  if (!j || j.pdfs === 0) {
    notes.push(`md-to-pdf made no PDF${r.timedOut ? ` and was killed after ${hardLimit} s` : ` (exit ${r.code ?? r.signal})`}: ${j?.firstError ?? r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    return undefined;
  }
  const result = { rate: j.pdfs / j.seconds, pdfs: j.pdfs, failed: j.failed, attempted: j.attempted, sample, seconds: j.seconds, rss: r.rss, partial: !final || j.stoppedEarly };
  if (!final) notes.push(`md-to-pdf was killed at its hard limit of ${hardLimit} s; its figure is from the ${j.attempted} files it had finished by its last batch.`);
  else if (j.stoppedEarly) notes.push(`md-to-pdf used up its ${budget} s budget after ${j.attempted} of ${sample} files; its figure is from those.`);
  if (j.failed) notes.push(`md-to-pdf: ${j.failed} of ${j.attempted} conversions failed (first: ${final?.firstError ?? 'see the progress lines'}); the rate counts only the PDFs it made, over the whole time.`);
  return result;
}

/**
 * The no-op rebuild of 10k records. It needs all 10,000 PDFs first (about
 * 10 minutes at concurrency 2 here), kept in .bench/out/noop-10000 with a stamp
 * of the fixtures they came from, so only the first run (or one after the
 * fixtures change) pays for it. A catch-up build runs untimed first (after a
 * change to the templates it renders again whatever changed); then the timed
 * runs must report nothing built.
 */
async function noopRun(notes) {
  const n = 10_000;
  const dir = await fixtures(n);
  const out = path.join(benchDir, 'out', `noop-${n}`);
  const stampFile = path.join(out, '.bench-stamp.json');
  const stamp = readFileSync(path.join(dir, '.bench-stamp.json'), 'utf8');
  const cached = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!cached) {
    log(`build: one-time full build of ${n.toLocaleString('en')} records for the no-op rebuild (kept in ${path.relative(root, out)}; about 10 minutes, once)`);
    rmSync(out, { recursive: true, force: true });
  } else {
    log(`build: bringing the cached ${n.toLocaleString('en')}-record build in ${path.relative(root, out)} up to date (untimed)`);
  }
  const first = await supvBuild(dir, out, 2, { force: false, timeoutMs: 45 * 60_000, keepStdout: true });
  writeFileSync(stampFile, stamp);
  const firstBuilt = Number(/^built (\d+)/.exec(first.stdout)?.[1] ?? NaN);
  if (!cached) notes.push(`The one-time full build of ${n.toLocaleString('en')} records for the no-op rebuild took ${fmtS(first.seconds)} s (${fmtRate(firstBuilt / first.seconds)} PDFs/s at concurrency 2); it is kept in .bench/out/noop-10000 for later runs.`);
  else if (firstBuilt > 0) notes.push(`The cached ${n.toLocaleString('en')}-record build was brought up to date first: ${firstBuilt} PDFs rendered again in ${fmtS(first.seconds)} s (untimed).`);
  log(`build: no-op rebuild of ${n.toLocaleString('en')}, 3 runs`);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const r = await supvBuild(dir, out, 2, { force: false, timeoutMs: 5 * 60_000, keepStdout: true });
    if (!/^built 0, unchanged 10000, failed 0 /.test(r.stdout)) throw new Error(`the rebuild was not a no-op: ${r.stdout.trim()}`);
    runs.push(r);
  }
  return { runs, best: runs.reduce((a, b) => fold(a, b)), median: [...runs].sort((a, b) => a.seconds - b.seconds)[1] };
}

async function buildPart() {
  const partStarted = Date.now();
  const sizes = quick ? [200] : [200, 1000];
  const concurrencies = quick ? [1, 2] : [1, 2, 4];
  const notes = [];
  const hasBuild = supvBuildAvailable();
  if (!hasBuild) notes.push('`supv build` is not available in this tree (`node bin/supv.js build --help` did not list --concurrency and --force); its columns are empty.');

  const mdToPdf = await mdToPdfRun(notes);
  const mdCell = mdToPdf ? `${mdToPdf.partial ? '≈ ' : ''}${fmtRate(mdToPdf.rate)}` : '—';

  const rows = [];
  const measured = [];
  for (const n of sizes) {
    const dir = await fixtures(n);
    // Interleaved and best of two at 200 records, so background load falls on both sides alike; one run at 1,000.
    const reps = n <= 200 ? 2 : 1;
    for (const c of concurrencies) {
      let rawJ;
      let rawSeconds;
      let supv;
      for (let rep = 1; rep <= reps; rep++) {
        const of = reps > 1 ? ` (run ${rep} of ${reps})` : '';
        log(`build ${n}: concurrency ${c}: raw Chromium${of}`);
        const raw = await runNode(['scripts/bench/raw-chromium.mjs', dir, '--concurrency', String(c)], { keepStdout: true, timeoutMs: 10 * 60_000 });
        try {
          if (raw.timedOut) throw new Error('stopped after 10 minutes');
          const j = jsonLine(raw, 'raw-chromium.mjs');
          if (j.html !== 'supv') notes.push('raw Chromium printed markdown-it HTML: supv\'s render module (lib/render/html.js) could not be used.');
          if (!rawJ || j.pdfs / j.seconds > rawJ.pdfs / rawJ.seconds) rawJ = j;
          rawSeconds = Math.min(rawSeconds ?? Infinity, raw.seconds);
        } catch (error) {
          notes.push(`raw Chromium failed at ${n} records, concurrency ${c}: ${error.message}`);
        }
        if (hasBuild) {
          log(`build ${n}: concurrency ${c}: supv build --force${of}`);
          const out = path.join(benchDir, 'out', `build-${n}`);
          rmSync(out, { recursive: true, force: true });
          try {
            const r = await supvBuild(dir, out, c, { force: true });
            const pdfs = countPdfs(out);
            const run = { seconds: r.seconds, cpu: r.cpu, rss: r.rss, pdfs, rate: pdfs / r.seconds };
            if (!supv || run.rate > supv.rate) supv = { ...run, rss: Math.max(run.rss ?? 0, supv?.rss ?? 0) || undefined };
          } catch (error) {
            notes.push(`supv build failed at ${n} records, concurrency ${c}: ${error.message}`);
          }
        }
      }
      const raw = { seconds: rawSeconds };
      const rawRate = rawJ ? rawJ.pdfs / rawJ.seconds : undefined;
      const rawRateWall = rawJ ? rawJ.pdfs / raw.seconds : undefined;
      measured.push({ n, c, supv, rawRate, rawRateWall, rawJ });
      rows.push([
        n.toLocaleString('en'),
        String(c),
        supv ? fmtRate(supv.rate) : '—',
        supv ? fmtMB(supv.rss) : '—',
        fmtRate(rawRate),
        fmtRate(rawRateWall),
        mdCell,
        supv && rawRate ? fmtX(supv.rate / rawRate) : '—',
        supv && rawRateWall ? fmtX(supv.rate / rawRateWall) : '—',
        supv && mdToPdf ? fmtX(supv.rate / mdToPdf.rate) : '—',
      ]);
      log(`build ${n} c${c}: supv ${supv ? fmtRate(supv.rate) : '—'}/s, raw ${fmtRate(rawRate)}/s (${fmtRate(rawRateWall)}/s with start-up)`);
    }
  }

  // No-op rebuild of 10k: needs one full build first, kept in .bench/ between runs.
  let noop;
  if (!quick && hasBuild) {
    try {
      noop = await noopRun(notes);
    } catch (error) {
      notes.push(`no-op rebuild of 10,000 records could not be measured: ${error.message}`);
    }
  }

  const targets = [];
  for (const m of measured) {
    if (m.supv && m.rawRate) targets.push([`${m.n.toLocaleString('en')} records, concurrency ${m.c}: at least 80% of raw Chromium`, `${fmtX(m.supv.rate / m.rawRate)} of its render loop, ${fmtX(m.supv.rate / m.rawRateWall)} of its whole run`, verdict(m.supv.rate / m.rawRate >= 0.8)]);
  }
  for (const m of measured) {
    if (m.supv && mdToPdf) targets.push([`${m.n.toLocaleString('en')} records, concurrency ${m.c}: at least 5x md-to-pdf`, fmtX(m.supv.rate / mdToPdf.rate), verdict(m.supv.rate / mdToPdf.rate >= 5)]);
  }
  if (noop) {
    const all = noop.runs.map((r) => fmtS(r.seconds)).join(', ');
    targets.push(['no-op rebuild of 10,000 records under 3 s', `${fmtS(noop.best.seconds)} s best, ${fmtS(noop.median.seconds)} s median (runs: ${all} s; ${fmtS(noop.best.cpu)} s CPU; ${fmtMB(noop.best.rss)} MB)`, verdict(noop.best.seconds < 3)]);
  } else if (!quick) targets.push(['no-op rebuild of 10,000 records under 3 s', 'not measured', '—']);

  const mdHeader = mdToPdf ? `md-to-pdf, ${mdToPdf.attempted} of the 200 records, batches of 10 (PDFs/s)` : 'md-to-pdf (PDFs/s)';
  const text = [
    table(
      ['Records', 'Concurrency', 'supv build (PDFs/s)', 'supv RSS (MB)', 'raw Chromium, render loop (PDFs/s)', 'raw Chromium incl. launch + prep (PDFs/s)', mdHeader, 'supv / raw loop', 'supv / raw incl. start-up', 'supv / md-to-pdf'],
      rows,
    ),
    '',
    table(['Target (SPEC §9)', 'Measured', 'Result'], targets),
    '',
    'supv build is timed from spawn to exit of `supv build --force` (start-up, loading and linking the records, launching Chromium, writing PDFs and the manifest all count); its RSS is the Node process\'s, not Chromium\'s. ' +
      'Raw Chromium is scripts/bench/raw-chromium.mjs: the setContent + pdf loop on the HTML supv renders, already prepared, with pages already open (SPEC §9: "on prepared HTML"); the column after it divides by its whole process time instead (Node start-up, preparing the HTML, launching the browser). ' +
      (mdToPdf
        ? `md-to-pdf is run on a sample only, as it launches a browser for every file: ${mdToPdf.pdfs} PDFs from ${mdToPdf.attempted} of the 200-record set's files (spread over every kind of record) in ${fmtS(mdToPdf.seconds)} s, ten files at a time (peak RSS ${fmtMB(mdToPdf.rss)} MB, Node only); that rate is the comparison for both sizes.${mdToPdf.partial ? ' ≈: a partial run (see below).' : ''} `
        : '') +
      'At 200 records each rate is the better of two runs, raw Chromium and supv interleaved; at 1,000, one run each. ' +
      'The no-op rebuild is `supv build` of the 10,000-record set with every PDF up to date, three runs, timed from spawn to exit.',
    ...notes.map((note) => `\n${note}`),
    `\nThe build part took ${fmtS((Date.now() - partStarted) / 1000)} s.`,
  ].join('\n');
  return { text, targets };
}

// ------------------------------------------------------------------ watch part

async function watchPart() {
  const sizes = quick ? [200] : [1000, 10000];
  const saves = 5;
  const rows = [];
  const targets = [];
  const notes = [];
  for (const n of sizes) {
    const dir = await fixtures(n);
    log(`watch: ${saves} saves in ${n.toLocaleString('en')} records`);
    const r = await runNode(['scripts/bench/watch-latency.mjs', dir, '--saves', String(saves)], { keepStdout: true });
    try {
      const j = jsonLine(r, 'watch-latency.mjs');
      rows.push([n.toLocaleString('en'), fmtS(j.median), j.samples.map(fmtS).join(', '), fmtS(j.cold), fmtMB(r.rss)]);
      targets.push([`${n.toLocaleString('en')} records: save to new PDF under 1.5 s (median of ${saves})`, `${fmtS(j.median)} s`, verdict(j.median < 1.5)]);
    } catch (error) {
      notes.push(`${n.toLocaleString('en')} records could not be measured: ${error.message}`);
    }
  }
  const text = [
    table(['Records', 'save to new PDF, median (s)', `${saves} saves (s)`, 'first save, Chromium launch included (s)', 'peak RSS (MB)'], rows),
    '',
    table(['Target (SPEC §9)', 'Measured', 'Result'], targets),
    '',
    'Each save rewrites one session record with a new line in its body; the time runs from the write to the watch\'s render event, after the PDF is renamed into place. ' +
      'It includes the 150 ms debounce, re-reading the file, re-running every rule over the whole repository (findings are reported before the PDF is rendered), and rendering one PDF with the browser the watch keeps open. ' +
      'The watch starts Chromium on its first render, so the first save is shown apart.',
    ...notes.map((note) => `\n${note}`),
  ].join('\n');
  return { text, targets };
}

// ------------------------------------------------------------------ main

const started = Date.now();
const info = machine();
const command = `\`${['node scripts/bench.mjs', ...argv].join(' ')}\``;
const loadNow = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const sections = {};
for (const part of parts) {
  log(`${part} part${quick ? ' (quick)' : ''}`);
  const partStarted = Date.now();
  const loadBefore = loadNow();
  const result = part === 'lint' ? await lintPart() : part === 'build' ? await buildPart() : await watchPart();
  // Each part says when it ran and under what load: parts are often run, and written, at different times.
  const when = `${new Date(partStarted).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  result.text = `Run: ${when}, ${fmtS((Date.now() - partStarted) / 1000)} s, ${command}; load average (1, 5, 15 min) at start ${loadBefore}, at end ${loadNow()}.\n\n${result.text}`;
  sections[part] = result;
}
const elapsed = (Date.now() - started) / 1000;

const machineText = [
  `- CPU: ${info.cpu}`,
  `- Memory: ${info.memory}`,
  `- Node: ${info.node}`,
  `- Chromium: ${info.chromium}`,
  `- OS: ${info.os}`,
  '',
  'A shared machine: each part below says when it ran and the load average then.',
].join('\n');

const heading = { lint: '## Lint', build: '## Build', watch: '## Watch' };
const printed = [`## Machine\n\n${machineText}`, ...parts.map((part) => `${heading[part]}${quick ? ' (quick)' : ''}\n\n${sections[part].text}`)].join('\n\n');
process.stdout.write(`${printed}\n`);
log(`done in ${fmtS(elapsed)} s`);

if (!noWrite) {
  const file = path.join(root, 'BENCHMARKS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const section = (name) => {
    const match = new RegExp(`(^|\\n)(## ${name}[^\\n]*\\n[\\s\\S]*?)(?=\\n## |$)`).exec(old);
    return match ? match[2].trimEnd() : undefined;
  };
  // Written before parts carried their own run line, the Machine section held the last run's load and command:
  // a kept part that ran then keeps them, moved into its own section.
  const oldMachine = section('Machine') ?? '';
  const oldRun = /^- Run: (.*)$/m.exec(oldMachine)?.[1];
  const oldLoad = /^- Load average \(1, 5, 15 min\) at start: (.*?); at end: (.*)$/m.exec(oldMachine);
  const keep = (name) => {
    const text = section(name);
    if (!text || text.split('\n')[2]?.startsWith('Run: ') || !oldRun || !oldLoad) return text;
    const part = /--part[ =](\w+)/.exec(oldRun)?.[1];
    if (part && part !== name.toLowerCase()) return text;
    const newline = text.indexOf('\n');
    return `${text.slice(0, newline)}\n\nRun: ${oldRun}; load average (1, 5, 15 min) at start ${oldLoad[1]}, at end ${oldLoad[2]}.${text.slice(newline)}`;
  };
  const intro =
    '# Benchmarks\n\n' +
    'Written by `npm run bench` (scripts/bench.mjs); SPEC §9 sets the targets. ' +
    'Every contender runs as its own `node` process, timed from spawn to exit, so start-up counts on every side; ' +
    'peak memory is the process\'s maximum resident set size. Times are best of three for 1k and 10k records and one run for 100k. ' +
    'The records come from `scripts/examples/generate-fixtures.mjs` (seed 1, as of 2026-11-23).\n\n' +
    'The floor is scripts/bench/floor.mjs: find the same files, read them, parse their frontmatter with js-yaml\'s CORE_SCHEMA, nothing else. ' +
    'remark-lint-frontmatter-schema runs through remark + remark-frontmatter with the same JSON Schemas (scripts/bench/remark.mjs explains the two adjustments it needs).';
  const body = [
    intro,
    `## Machine\n\n${machineText}`,
    parts.includes('lint') ? `${heading.lint}${quick ? ' (quick)' : ''}\n\n${sections.lint.text}` : keep('Lint'),
    parts.includes('build') ? `${heading.build}${quick ? ' (quick)' : ''}\n\n${sections.build.text}` : keep('Build'),
    parts.includes('watch') ? `${heading.watch}${quick ? ' (quick)' : ''}\n\n${sections.watch.text}` : keep('Watch'),
    section('Findings'),
  ].filter(Boolean);
  writeFileSync(file, `${body.join('\n\n')}\n`);
  log(`wrote ${path.relative(root, file)}`);
}
