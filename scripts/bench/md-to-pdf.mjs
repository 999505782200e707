#!/usr/bin/env node
// The md-to-pdf package on the same Markdown files, for the benchmark's build
// part (build.mjs).
//
//   node scripts/bench/md-to-pdf.mjs DIR [--batch 10] [--limit N] [--max-seconds S] [--file-timeout S]
//
// Converts the *.md under DIR/records/ (or N of them, spread evenly over the
// sorted list so every kind of record is in the sample) with mdToPdf(), ten at
// a time: each call launches its own browser and file server, and given 200
// files at once it exhausted memory (SPEC §9), so batches of ten are its
// practical best. The system Chromium is used; no browser is downloaded. PDFs
// are written to a temporary folder and removed.
//
// Why this script once hung inside the benchmark: when a conversion fails
// (the browser is slow to start on a loaded machine, a navigation times out),
// mdToPdf() throws without closing the HTTP server it started, nor the browser
// when that had started, and those handles keep Node running for ever after the
// work is done. Run alone on a quiet machine nothing failed, so it exited. Now
// every conversion has a time limit, the script exits explicitly once it has
// printed its result, and any browser it launched is killed on the way out
// (each gets a profile folder under this run's temporary folder, so they are
// found by their command line).
//
// Prints a JSON line after every batch ({"progress":true,...}) so that a
// caller that has to kill it still knows how far it got, then one final line:
// pdfs, failed, attempted, files, seconds (the conversion loop), batch,
// stoppedEarly (the --max-seconds budget ran out before every file was tried),
// firstError.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { mdToPdf } from 'md-to-pdf';

const { usualChromium } = createRequire(import.meta.url)('../../chromium-paths.cjs');

const args = process.argv.slice(2);
const VALUED = ['--batch', '--limit', '--max-seconds', '--file-timeout'];
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const dir = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));
if (!dir) {
  process.stderr.write('usage: node scripts/bench/md-to-pdf.mjs DIR [--batch 10] [--limit N] [--max-seconds S] [--file-timeout S]\n');
  process.exit(2);
}
const batch = option('--batch', 10);
const limit = option('--limit', Infinity);
const maxSeconds = option('--max-seconds', Infinity);
const fileTimeoutMs = option('--file-timeout', 60) * 1000;

function walk(folder, out) {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

/** `count` files spread evenly over the list (the list is sorted by folder, so the first N would all be one kind). */
function spread(files, count) {
  if (!(count < files.length)) return files;
  return Array.from({ length: count }, (_, i) => files[Math.floor((i * files.length) / count)]);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const flags = [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const files = spread(walk(path.join(path.resolve(dir), 'records'), []), limit);
const work = mkdtempSync(path.join(os.tmpdir(), 'supv-bench-md-to-pdf-'));
const profiles = path.join(work, 'profiles');
let pdfs = 0;
let failed = 0;
let attempted = 0;
let firstError;
let stoppedEarly = false;
const t0 = performance.now();
const elapsed = () => (performance.now() - t0) / 1000;

/** One conversion, given up after the time limit (its browser is killed on the way out). */
function convert(file, index) {
  const launch_options = { executablePath: usualChromium(), headless: true, args: flags, userDataDir: path.join(profiles, String(index)) };
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no PDF after ${fileTimeoutMs / 1000} s`)), fileTimeoutMs);
  });
  const conversion = mdToPdf({ path: file }, { dest: path.join(work, `${index}.pdf`), launch_options, pdf_options: { format: 'A4' } });
  return Promise.race([conversion, timeout]).finally(() => clearTimeout(timer));
}

for (let i = 0; i < files.length; i += batch) {
  if (elapsed() >= maxSeconds) {
    stoppedEarly = true;
    break;
  }
  const slice = files.slice(i, i + batch);
  attempted += slice.length;
  const results = await Promise.allSettled(slice.map((file, j) => convert(file, i + j)));
  for (const result of results) {
    if (result.status === 'fulfilled' && result.value) pdfs += 1;
    else {
      failed += 1;
      firstError ??= String(result.reason?.message ?? result.reason).split('\n')[0];
    }
  }
  process.stdout.write(JSON.stringify({ progress: true, pdfs, failed, attempted, seconds: elapsed() }) + '\n');
}
const seconds = elapsed();
process.stdout.write(JSON.stringify({ pdfs, failed, attempted, files: files.length, seconds, batch, stoppedEarly, firstError }) + '\n');

// A failed or timed-out conversion leaves its file server and maybe its browser running: kill the browsers (found
// by their profile folder), remove the temporary folder, and exit rather than wait for handles that never close.
killBrowsersUnder(profiles);
rmSync(work, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
process.exit(0);

function killBrowsersUnder(folder) {
  if (!existsSync('/proc')) return; // Elsewhere Puppeteer's own exit handler kills the browsers it launched.
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`--user-data-dir=${folder}${path.sep}`)) continue;
      // Puppeteer starts each browser as the leader of its own process group.
      for (const target of [-Number(entry), Number(entry)]) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
    } catch {
      // Exited meanwhile.
    }
  }
}
