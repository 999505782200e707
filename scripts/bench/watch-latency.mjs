#!/usr/bin/env node
// `supv watch`: time from saving a session record to its new PDF on disk, for
// the benchmark's watch part (watch.mjs).
//
//   node scripts/bench/watch-latency.mjs DIR --saves N
//
// Copies the generated repository DIR to a scratch folder, starts the watch
// there in this process (lib/watch/watch.js: the same loop `supv watch` runs,
// PDFs on), and saves one session record N+1 times, each with a new line in
// its body. Each save is timed from the file write to the watch's render
// event, which comes after the PDF is renamed into place. The first save
// launches Chromium (the watch starts it on its first render) and is reported
// apart as `cold`; the N after it are the samples.
//
// Prints one JSON line: records, cold, samples (seconds), median.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--saves');
const saves = Number(args[args.indexOf('--saves') + 1] ?? 5) || 5;
if (!dir) {
  process.stderr.write('usage: node scripts/bench/watch-latency.mjs DIR --saves N\n');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const lib = (p) => pathToFileURL(path.join(root, 'lib', p)).href;
const { startWatch } = await import(lib('watch/watch.js'));
const { loadConfig } = await import(lib('config/config.js'));

const scratch = mkdtempSync(path.join(os.tmpdir(), 'supv-bench-watch-'));
cpSync(dir, scratch, { recursive: true, filter: (source) => !/[\\/](dist|\.bench-stamp\.json)$/.test(source) });
const repo = path.join(scratch);

// The first session record in path order.
const sessionsDir = path.join(repo, 'records', 'sessions');
const year = readdirSync(sessionsDir).sort()[0];
const file = path.join(sessionsDir, year, readdirSync(path.join(sessionsDir, year)).filter((n) => n.endsWith('.md')).sort()[0]);
const original = readFileSync(file, 'utf8');

let wake;
let records = 0;
const handle = startWatch({
  root: repo,
  config: loadConfig(repo).config,
  asOf: '2026-11-23',
  out: path.join(repo, 'dist'),
  render: true,
  toolVersion: 'bench',
  onEvent: (event) => {
    if (event.type === 'ready') records = event.records;
    if (event.type === 'render-off' || event.type === 'error') process.stderr.write(`watch: ${event.type}: ${event.reason ?? event.message}\n`);
    if (event.type === 'render' && event.built.length > 0) wake?.(event);
  },
});

const times = [];
try {
  await handle.ready;
  for (let i = 0; i <= saves; i++) {
    const rendered = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no PDF within 60 s of save ${i + 1}`)), 60_000);
      wake = (event) => {
        clearTimeout(timer);
        resolve(event);
      };
    });
    const saved = performance.now();
    writeFileSync(file, `${original.trimEnd()}\n\nSave ${i + 1}: the plan was reviewed.\n`);
    await rendered;
    times.push((performance.now() - saved) / 1000);
    // Let the watch settle before the next save, as a person typing would.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
} finally {
  await handle.close();
  rmSync(scratch, { recursive: true, force: true });
}
const [cold, ...samples] = times;
const sorted = [...samples].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
process.stdout.write(`${JSON.stringify({ records, cold, samples, median })}\n`);
