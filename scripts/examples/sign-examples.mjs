#!/usr/bin/env node
// Sign the example records (records/ of Larkfield Primary School, a FICTIONAL
// school) with the real `supv sign`, as each record's required signers would:
//
//   sessions   the supervisor, and the supervisee (one-to-one, peer, ad-hoc,
//              three-way) or every attendee (group, joint-agency); an external
//              supervisor (supervisor_external) does not sign in supv
//   contracts  supervisor and supervisee
//   decisions  the supervisor
//
//   node scripts/examples/sign-examples.mjs [--dir DIR] [--force] [--spawn [--concurrency N]]
//
// Deterministic: every signer signs on the first working day after the
// record's date (1 to 3 days later, well within sign_within), the supervisor
// at lunchtime and the others after school, each at a time of their own, with
// the Europe/London offset of that day. Someone with
// several records to sign on one day signs them in one `supv sign` call.
// Calls run in chronological order (by time, then staff id), so each record's
// signatures are listed in the order they were given and the output is the
// same on every run. The calls go to the CLI's own entry point, main() in
// lib/cli/main.js, in this process (the same code bin/supv.js runs, without
// paying for a new Node process per call); --spawn runs bin/supv.js instead,
// up to N processes at once where they touch different files.
//
// Re-runnable: a record to be signed afresh has its signatures block removed
// first (`supv sign` keeps earlier entries, as superseded). A record whose
// signatures are already exactly the planned ones and still verify is left
// alone (so a second run only verifies); --force re-signs every record.
// Key holders (example-keys.mjs) sign with their fictional key once it counts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { KEY_HOLDERS, exampleKey } from './example-keys.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const supv = path.join(root, 'bin', 'supv.js');

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const known = new Set(['--dir', '--force', '--spawn', '--concurrency']);
if (argv.some((a, i) => a.startsWith('--') && !known.has(a)) || (argv.includes('--dir') && !option('--dir'))) {
  process.stderr.write('usage: node scripts/examples/sign-examples.mjs [--dir DIR] [--force] [--spawn [--concurrency N]]\n');
  process.exit(2);
}
const dir = path.resolve(option('--dir') ?? root);
const force = argv.includes('--force');
const spawnEach = argv.includes('--spawn');
const concurrency = Math.max(1, Number(option('--concurrency') ?? Math.min(4, os.availableParallelism?.() ?? 2)));
const log = (msg) => process.stderr.write(`sign-examples: ${msg}\n`);

// Days the school is closed (England bank holidays in the example year and the
// Christmas closure): nobody signs on them.
const CLOSED = new Set(['2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31']);
const ONE_SUPERVISEE = new Set(['one-to-one', 'peer', 'ad-hoc', 'three-way']);

// ------------------------------------------------------------------ records

function listRecords(folder, out = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) listRecords(full, out);
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

function frontmatter(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  if (end < 0) return undefined;
  return yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.CORE_SCHEMA });
}

/** Who must sign, in the order a signature block lists them (as `supv lint` requires). */
function requiredSigners(data) {
  const signers = [];
  const add = (by, role) => { if (typeof by === 'string' && !signers.some((s) => s.by === by)) signers.push({ by, role }); };
  if (data.kind === 'session') {
    add(data.supervisor, 'supervisor');
    if (ONE_SUPERVISEE.has(data.type)) add(data.supervisee, 'supervisee');
    else for (const attendee of data.attendees ?? []) add(attendee, 'attendee');
  } else if (data.kind === 'contract') {
    add(data.supervisor, 'supervisor');
    add(data.supervisee, 'supervisee');
  } else if (data.kind === 'decision') {
    add(data.supervisor, 'supervisor');
  } else if (data.kind === 'case-audit') {
    add(data.auditor, 'auditor');
  }
  return signers;
}

// -------------------------------------------------------------------- times

const DAY_MS = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso) => Date.parse(`${iso}T00:00:00Z`);
const isWorkday = (iso) => { const wd = new Date(dayMs(iso)).getUTCDay(); return wd !== 0 && wd !== 6 && !CLOSED.has(iso); };

/** The first working day after `date`, if it is at most 3 days later; else the next day. */
function signingDay(date) {
  for (let k = 1; k <= 3; k++) {
    const day = isoDay(dayMs(date) + k * DAY_MS);
    if (isWorkday(day)) return day;
  }
  return isoDay(dayMs(date) + DAY_MS);
}

/**
 * Each person's habitual time for signing off records: the supervisor, who
 * writes the record, over lunch (12:05 to 13:55); supervisees and attendees
 * after school (15:30 to 17:50).
 */
function timeOf(person, role) {
  let h = 2166136261;
  for (const ch of person) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const minutes = role === 'supervisor' ? 12 * 60 + 5 + (h % 23) * 5 : 15 * 60 + 30 + (h % 29) * 5;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

/** Europe/London's UTC offset at midday on `day`, as +00:00 or +01:00. */
function londonOffset(day) {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName').value;
  const m = /GMT([+-]\d{2}:\d{2})?/.exec(name);
  return m?.[1] ?? '+00:00';
}

const timestampFor = (person, role, day) => `${day}T${timeOf(person, role)}${londonOffset(day)}`;

// --------------------------------------------------------------------- plan

const recordsDir = path.join(dir, 'records');
const files = listRecords(recordsDir).map((abs) => path.relative(dir, abs).split(path.sep).join('/')).sort();
const plan = new Map(); // file -> [{ by, role, at }]
for (const file of files) {
  const data = frontmatter(readFileSync(path.join(dir, file), 'utf8'));
  if (!data || typeof data !== 'object') { log(`${file}: frontmatter cannot be read; not signed`); continue; }
  const date = data.kind === 'contract' ? data.agreed : data.date;
  const signers = requiredSigners(data);
  if (signers.length === 0) continue;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) { log(`${file}: no date to sign after; not signed`); continue; }
  const day = signingDay(date);
  const entries = signers.map((s) => ({ ...s, at: timestampFor(s.by, s.role, day) }));
  // The signature block lists signatures in the order they were given.
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.by.localeCompare(b.by));
  plan.set(file, { data, entries });
}

// Records already signed exactly as planned, with every signature holding.
const done = new Set();
if (!force) {
  const verify = spawnSync(process.execPath, [supv, 'verify', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  let report;
  try { report = JSON.parse(verify.stdout); } catch { report = undefined; }
  const holds = new Map((report?.files ?? []).map((f) => [f.file, f.ok && f.signatures.length > 0 && f.signatures.every((s) => s.outcome === 'ok')]));
  for (const [file, { data, entries }] of plan) {
    const have = Array.isArray(data.signatures) ? data.signatures : [];
    const same = have.length === entries.length && entries.every((e, i) => have[i]?.by === e.by && have[i]?.role === e.role && have[i]?.at === e.at);
    if (same && holds.get(file)) done.add(file);
  }
}

// One task per person and time: every record they sign in that sitting.
const tasks = new Map();
for (const [file, { entries }] of plan) {
  if (done.has(file)) continue;
  for (const e of entries) {
    const key = `${e.at}|${e.by}`;
    if (!tasks.has(key)) tasks.set(key, { by: e.by, at: e.at, files: [] });
    tasks.get(key).files.push(file);
  }
}
const order = [...tasks.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.by.localeCompare(b.by));
const signatureCount = [...plan.values()].reduce((n, p) => n + p.entries.length, 0);
if (order.length === 0) {
  log(`all ${plan.size} records already signed (${signatureCount} signatures) and every signature holds; nothing to do (--force re-signs)`);
  process.exit(0);
}
log(`signing ${plan.size - done.size} of ${plan.size} records in ${order.length} sittings${spawnEach ? ` (${concurrency} processes at a time)` : ''}`);

// In-process by default: the very `main()` that bin/supv.js runs, called once
// per sitting (a fresh process per call costs about half a second of CPU, and
// there are over a hundred sittings). --spawn runs bin/supv.js for each call.
const supvMain = spawnEach ? undefined : (await import(pathToFileURL(path.join(root, 'lib', 'cli', 'main.js')).href)).main;

// The fictional example keys (example-keys.mjs): written to a temporary folder outside the repository while
// signing, removed at the end. A key holder signs with their key once it counts; before that, without.
const keyFolder = mkdtempSync(path.join(os.tmpdir(), 'supv-example-keys-'));
process.on('exit', () => rmSync(keyFolder, { recursive: true, force: true }));
function keyFileFor(by, at) {
  const from = KEY_HOLDERS[by];
  if (!from || at.slice(0, 10) < from) return undefined;
  const file = path.join(keyFolder, `${by}.key`);
  if (!existsSync(file)) writeFileSync(file, exampleKey(by).privateKeyPem, { mode: 0o600 });
  return file;
}

// Signing appends (earlier entries stay, superseded): a record signed afresh starts from no signatures.
for (const [file] of plan) {
  if (done.has(file)) continue;
  const abs = path.join(dir, file);
  const text = readFileSync(abs, 'utf8');
  const stripped = text.replace(/\nsignatures:[^\n]*\n(?:[ \t-][^\n]*\n)*(?=---\r?\n)/, '\n');
  if (stripped !== text) writeFileSync(abs, stripped);
}

async function runSign(task) {
  const key = keyFileFor(task.by, task.at);
  const args = ['sign', ...task.files, '--as', task.by, '--at', task.at, ...(key ? ['--key', key] : [])];
  if (supvMain) {
    let stderr = '';
    try {
      const code = await supvMain(args, { stdout: () => {}, stderr: (t) => { stderr += t; }, cwd: dir, env: process.env, isTTY: false, now: () => new Date() });
      return { code, stderr };
    } catch (error) {
      return { code: 2, stderr: `${error?.stack ?? error}\n` };
    }
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [supv, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', (error) => resolve({ code: 2, stderr: String(error) }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const started = Date.now();
let failed;
if (supvMain) {
  // One after another, in chronological order.
  for (const task of order) {
    const { code, stderr } = await runSign(task);
    if (code !== 0) { failed = { task, code, stderr }; break; }
  }
} else {
  // Up to N processes at once, each task starting once it is next in line for all its files.
  const queue = new Map();
  for (const task of order) for (const file of task.files) { if (!queue.has(file)) queue.set(file, []); queue.get(file).push(task); }
  const pending = [...order];
  const running = new Set();
  await new Promise((resolveAll) => {
    const pump = () => {
      if (!failed) {
        for (let i = 0; i < pending.length && running.size < concurrency; i++) {
          const task = pending[i];
          if (!task.files.every((f) => queue.get(f)[0] === task)) continue;
          pending.splice(i--, 1);
          const job = runSign(task).then(({ code, stderr }) => {
            running.delete(job);
            for (const f of task.files) queue.get(f).shift();
            if (code !== 0 && !failed) failed = { task, code, stderr };
            pump();
          });
          running.add(job);
        }
      }
      if ((failed || pending.length === 0) && running.size === 0) resolveAll();
    };
    pump();
  });
}

if (failed) {
  process.stderr.write(failed.stderr);
  log(`supv sign --as ${failed.task.by} --at ${failed.task.at} failed (exit ${failed.code}) on ${failed.task.files.join(', ')}`);
  process.exit(1);
}
log(`signed ${plan.size - done.size} records in ${order.length} supv sign calls (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// Check every signature against the staff records as written (not as git history has them: the folder
// signed may be a checkout where the records were committed long after their dates, the project's own
// records among them, where keys count only from the day they were committed).
const { loadRecords } = await import(pathToFileURL(path.join(root, 'lib', 'load', 'load.js')).href);
const { signatureStatuses, workingTreeKeys } = await import(pathToFileURL(path.join(root, 'lib', 'sign', 'check.js')).href);
const records = loadRecords(dir);
const context = { records, timezone: 'Europe/London', requireKeys: false, keys: workingTreeKeys(records) };
const counted = { verified: 0, recorded: 0, superseded: 0, 'not-valid': 0 };
const bad = [];
for (const record of records.files) {
  for (const one of signatureStatuses(record, context).signatures) {
    counted[one.status] += 1;
    if (one.status === 'not-valid') bad.push(`${record.file}: ${one.entry.by} (${one.entry.role}): ${one.reason}`);
  }
}
if (bad.length > 0) {
  process.stderr.write(`${bad.join('\n')}\n`);
  log('a signature is not valid after signing');
  process.exit(1);
}
log(`checked: ${counted.verified} signatures with a personal key, ${counted.recorded} recorded, none not valid`);
