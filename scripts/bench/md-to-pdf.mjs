#!/usr/bin/env node
// The md-to-pdf package on the same Markdown files, for scripts/bench.mjs.
//
//   node scripts/bench/md-to-pdf.mjs DIR [--batch 10] [--limit N]
//
// Converts every *.md under DIR/records/ (or the first N) with mdToPdf(),
// ten at a time: each call launches its own browser and file server, and
// given 200 files at once it exhausted memory (SPEC §9), so batches of ten
// are its practical best. The system Chromium is used; no browser is
// downloaded. PDFs are written to a temporary folder and removed.
//
// Prints one JSON line: pdfs, failed, seconds (the whole conversion loop).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mdToPdf } from 'md-to-pdf';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const dir = args.find((a, i) => !a.startsWith('--') && !['--batch', '--limit'].includes(args[i - 1]));
if (!dir) {
  process.stderr.write('usage: node scripts/bench/md-to-pdf.mjs DIR [--batch 10] [--limit N]\n');
  process.exit(2);
}
const batch = option('--batch', 10);
const limit = option('--limit', Infinity);

function walk(folder, out) {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

const chrome = [process.env.SUPV_CHROME, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'].find((p) => p && existsSync(p));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const launch_options = {
  executablePath: chrome,
  headless: true,
  args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

const files = walk(path.join(path.resolve(dir), 'records'), []).slice(0, limit);
const out = mkdtempSync(path.join(os.tmpdir(), 'supv-bench-md-to-pdf-'));
let pdfs = 0;
let failed = 0;
let firstError;
const t0 = performance.now();
try {
  for (let i = 0; i < files.length; i += batch) {
    const results = await Promise.allSettled(
      files.slice(i, i + batch).map((file, j) =>
        mdToPdf({ path: file }, { dest: path.join(out, `${i + j}.pdf`), launch_options, pdf_options: { format: 'A4' } }),
      ),
    );
    for (const result of results) {
      if (result.status === 'fulfilled' && result.value) pdfs += 1;
      else {
        failed += 1;
        firstError ??= String(result.reason?.message ?? result.reason).split('\n')[0];
      }
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ pdfs, failed, seconds, batch, firstError }) + '\n');
