#!/usr/bin/env node
// supv's benchmarks (SPEC §9), side by side in one run: `npm run bench`.
//
//   node scripts/bench/run.mjs [--quick] [--part lint|build|watch|cache|bundle|bundle-10k] [--no-write]
//
// This file is the runner: its options, the machine it runs on, the parts in
// order, the printed report and BENCHMARKS.md. Beside it in scripts/bench/:
//
//   lint.mjs, build.mjs, watch.mjs    the parts, each measuring as below
//   harness.mjs                       the fixtures, and running a contender
//   format.mjs                        figures and Markdown tables
//   floor.mjs, remark.mjs, raw-chromium.mjs, md-to-pdf.mjs, watch-latency.mjs
//                                     what the parts run, each as a process
//   report-rss.mjs                    preloaded into each: peak RSS, CPU time
//   walk.mjs                          the file walk floor and remark share
//   profile-summary.mjs               not run here: sums up a .cpuprofile
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
// cache: `supv lint --cache` at 10k records (100k with SUPV_BENCH_CACHE_100K=1):
//        first run, nothing changed, one record changed, beside the cold lint
//        and the floor; and one 4 MB record with 150,000 unknown fields
//        (scripts/bench/cache.mjs; SPEC §11.7).
// bundle: `supv bundle` of 1,000 records next to `supv build --force` of the
//        same records: seconds, memory with and without Chromium, MB of PDF,
//        KB a page, fonts embedded (scripts/bench/bundle.mjs). bundle-10k: the
//        same for 10,000 records; long on a 2-core machine (a bundle and a full
//        build of 10,000), so it runs only when chosen with --part.
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
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildPart } from './build.mjs';
import { bundlePart } from './bundle.mjs';
import { fmtS } from './format.mjs';
import { log, root } from './harness.mjs';
import { lintPart } from './lint.mjs';
import { watchPart } from './watch.mjs';
import { cachePart } from './cache.mjs';

const { usualChromium } = createRequire(import.meta.url)('../../chromium-paths.cjs');

// ------------------------------------------------------------------ options

const argv = process.argv.slice(2);
const USAGE = 'usage: node scripts/bench/run.mjs [--quick] [--part lint|build|watch|cache|bundle|bundle-10k] [--no-write]\n';
if (argv.includes('--help') || argv.includes('-h')) {
  // Without this an unknown option was ignored and --help started the whole benchmark, rewriting BENCHMARKS.md.
  process.stdout.write(USAGE);
  process.exit(0);
}
// `npm run bench --part lint` (no `--`) hands npm the option: the script gets `lint` alone, and npm_config_part.
const PARTS = ['lint', 'build', 'watch', 'cache', 'bundle', 'bundle-10k'];
// bundle-10k takes long: only when chosen.
const DEFAULT_PARTS = ['lint', 'build', 'watch', 'cache', 'bundle'];
const known = (arg, index) => ['--quick', '--no-write', '--part'].includes(arg) || arg.startsWith('--part=') || argv[index - 1] === '--part' || PARTS.includes(arg);
if (!argv.every(known)) {
  process.stderr.write(`unknown option: ${argv.find((arg, index) => !known(arg, index))}\n${USAGE}`);
  process.exit(2);
}
const quick = argv.includes('--quick') || process.env.npm_config_quick === 'true';
const noWrite = argv.includes('--no-write') || process.env.npm_config_write === 'false' || process.env.SUPV_BENCH_NO_WRITE === '1';
const fromNpm = process.env.npm_config_part && process.env.npm_config_part !== 'true' ? process.env.npm_config_part : argv.find((a) => PARTS.includes(a));
const partArg = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : argv.find((a) => a.startsWith('--part='))?.slice(7) ?? fromNpm;
if (partArg && !PARTS.includes(partArg)) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const parts = partArg ? [partArg] : quick ? ['lint', 'build', 'watch'] : DEFAULT_PARTS;

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

// ------------------------------------------------------------------ main

const started = Date.now();
const info = machine();
const command = `\`${['node scripts/bench/run.mjs', ...argv].join(' ')}\``;
const loadNow = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const sections = {};
for (const part of parts) {
  log(`${part} part${quick ? ' (quick)' : ''}`);
  const partStarted = Date.now();
  const loadBefore = loadNow();
  const result =
    part === 'lint' ? await lintPart({ quick })
    : part === 'build' ? await buildPart({ quick })
    : part === 'cache' ? await cachePart({ quick })
    : part === 'bundle' ? await bundlePart({ sizes: [1000] })
    : part === 'bundle-10k' ? await bundlePart({ sizes: [10_000] })
    : await watchPart({ quick });
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

const heading = { lint: '## Lint', build: '## Build', watch: '## Watch', cache: '## Lint cache and many findings', bundle: '## Bundle', 'bundle-10k': '## 10k bundle' };
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
    'Written by `npm run bench` (scripts/bench/run.mjs); SPEC §9 sets the targets. ' +
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
    parts.includes('cache') ? `${heading.cache}${quick ? ' (quick)' : ''}\n\n${sections.cache.text}` : keep('Lint cache and many findings'),
    parts.includes('bundle') ? `${heading.bundle}\n\n${sections.bundle.text}` : keep('Bundle'),
    parts.includes('bundle-10k') ? `${heading['bundle-10k']}\n\n${sections['bundle-10k'].text}` : keep('10k bundle'),
    section('Findings'),
  ].filter(Boolean);
  writeFileSync(file, `${body.join('\n\n')}\n`);
  log(`wrote ${path.relative(root, file)}`);
}
