#!/usr/bin/env node
// The supv demo: the example records of Larkfield Primary School (a FICTIONAL
// school; every name is invented) in a records repository of their own, whose
// git history reads like a real year of supervision, then lint, verify, build
// and whatever else this supv can do, as an inspector would see it.
//
//   npm run demo            (set-up, then this script)
//   node scripts/demo.mjs
//
// Steps:
//   1. Copy records/ and supv.config.yaml into <out>/demo-repo (deleted and
//      made afresh), `git init` it and commit the records in date order, each
//      on the day after its date at 16:00 UTC (or just after its last
//      signature, when that is later), staff records on their `started` date:
//      contemporaneous, so late-record has nothing to say. Commit messages name
//      staff and dates, never a child.
//   2. supv lint --as-of 2026-11-23 (the end of the example year): stylish on
//      the screen, SARIF and JSON into <out>/demo-repo/dist/.
//   3. supv verify.
//   4. supv build --out <out>/demo-repo/dist (PDFs, rendered with Chromium).
//   5. supv bundle and supv report, when this supv has them.
//
// <out> is dist/ of this repository, or $SUPV_DEMO_OUT. $SUPV_DEMO_STEPS
// (a comma-separated subset of lint,verify,build,bundle,report) runs only
// those steps; $SUPV_DEMO_BUILD_PATHS (records folders or files, separated by
// spaces or commas) builds only those records. Exit 0 when every step passed; 1 when lint found errors or a
// step failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const supv = path.join(root, 'bin', 'supv.js');
const AS_OF = '2026-11-23';
const outRoot = path.resolve(process.env.SUPV_DEMO_OUT || path.join(root, 'dist'));
const repo = path.join(outRoot, 'demo-repo');
const dist = path.join(repo, 'dist');
const ALL_STEPS = ['lint', 'verify', 'build', 'bundle', 'report'];
const steps = new Set(process.env.SUPV_DEMO_STEPS ? process.env.SUPV_DEMO_STEPS.split(',').map((s) => s.trim()).filter(Boolean) : ALL_STEPS);
for (const s of steps) if (!ALL_STEPS.includes(s)) { process.stderr.write(`demo: unknown step ${s} in SUPV_DEMO_STEPS (known: ${ALL_STEPS.join(', ')})\n`); process.exit(2); }

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s) => (color ? `\x1b[1m${s}\x1b[22m` : s);
const rel = (p) => path.relative(process.cwd(), p) || '.';
const started = Date.now();
const elapsed = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
let stepNo = 0;
const heading = (title) => process.stdout.write(`\n${bold(`== ${++stepNo}. ${title}`)}\n\n`);
const note = (msg) => process.stdout.write(`${msg}\n`);
const failures = [];

/** Run the real CLI in the demo repository; stdio inherited unless captured. */
function runSupv(args, { capture = false } = {}) {
  const t = Date.now();
  const result = spawnSync(process.execPath, [supv, ...args], {
    cwd: repo,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, ...(color ? { FORCE_COLOR: '1' } : {}) },
  });
  if (result.error) throw result.error;
  return { code: result.status ?? (result.signal ? 128 : 1), signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', time: elapsed(t) };
}

function stepResult(name, result, okCodes = [0]) {
  if (okCodes.includes(result.code)) {
    note(`\n${name}: exit ${result.code} (${result.time})`);
    return true;
  }
  const why = result.signal ? `killed by ${result.signal}` : result.code === 2 ? 'exit 2: usage, configuration or internal error' : `exit ${result.code}`;
  note(`\n${name}: FAILED, ${why} (${result.time})`);
  failures.push(`${name}: ${why}`);
  return false;
}

// ------------------------------------------------------------- 1. the repo

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function frontmatter(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return end > 0 ? yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.CORE_SCHEMA }) ?? {} : {};
}

function git(args, input) {
  const result = spawnSync('git', args, { cwd: repo, input, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args[0]} failed (exit ${result.status}): ${result.stderr.trim()}`);
  return result.stdout;
}

heading(`A records repository with a year of history: ${rel(repo)}`);
let t = Date.now();
rmSync(repo, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
cpSync(path.join(root, 'records'), path.join(repo, 'records'), { recursive: true });
cpSync(path.join(root, 'supv.config.yaml'), path.join(repo, 'supv.config.yaml'));
// templates/ in this repository are supv's built-in templates, not a records
// repository's local overrides: the demo uses the built-in ones.
note('copied records/ and supv.config.yaml (no local templates: the built-in ones are used)');
writeFileSync(path.join(repo, '.gitignore'), 'dist/\n');

const staffNames = new Map();
const childNames = new Set();
const entries = []; // { file, when (ms), message }
const files = listFiles(path.join(repo, 'records')).filter((f) => f.endsWith('.md')).map((f) => path.relative(repo, f).split(path.sep).join('/')).sort();
const data = new Map(files.map((f) => [f, frontmatter(readFileSync(path.join(repo, f), 'utf8'))]));
for (const d of data.values()) {
  if (d.kind === 'staff') staffNames.set(d.id, d.name);
  if (d.child?.name) childNames.add(String(d.child.name));
}
const nameOf = (id) => staffNames.get(id) ?? id;
const DAY = 86_400_000;
const TYPE_WORDS = { 'one-to-one': 'Session record', group: 'Group session record', peer: 'Peer session record', 'ad-hoc': 'Ad-hoc session record', 'joint-agency': 'Joint-agency session record' };
for (const file of files) {
  const d = data.get(file);
  const date = d.kind === 'staff' ? d.started : d.kind === 'contract' ? d.agreed : d.date;
  if (typeof date !== 'string') { note(`  ${file}: no date, committed with the first records`); }
  const base = Date.parse(`${date ?? '1970-01-01'}T16:00:00Z`);
  // The day after the record's date at 16:00 UTC, staff on their first day;
  // never before the record's last signature (signed 1 to 3 days after).
  let when = d.kind === 'staff' ? base : base + DAY;
  for (const s of Array.isArray(d.signatures) ? d.signatures : []) {
    const signed = Date.parse(s?.at);
    if (Number.isFinite(signed) && signed + 10 * 60_000 > when) when = signed + 10 * 60_000;
  }
  let message;
  switch (d.kind) {
    case 'session': {
      const who = d.supervisee ? `${nameOf(d.supervisee)}, ` : Array.isArray(d.attendees) ? `${d.attendees.length} attendees, ` : '';
      message = `${TYPE_WORDS[d.type] ?? 'Session record'} ${date} (${who}supervisor: ${nameOf(d.supervisor)})`;
      break;
    }
    case 'decision': message = `Decision record ${date} for case ${d.case} (supervisor: ${nameOf(d.supervisor)})`; break;
    case 'case-audit': message = `Case file audit ${date} for case ${d.case} (auditor: ${nameOf(d.auditor)}, worker: ${nameOf(d.worker)})`; break;
    case 'contract': message = `Supervision contract agreed ${date} (${nameOf(d.supervisee)}, supervisor: ${nameOf(d.supervisor)})`; break;
    case 'staff': message = `Staff record: ${d.name}, ${d.role}, started ${date}`; break;
    default: message = `Record ${d.id ?? path.basename(file, '.md')}`;
  }
  entries.push({ file, when, message });
}
entries.sort((a, b) => a.when - b.when || a.file.localeCompare(b.file));
for (const e of entries) {
  for (const child of childNames) if (e.message.toLowerCase().includes(child.toLowerCase())) throw new Error(`demo: a commit message would name a child (${e.file})`);
}

// All commits in one `git fast-import` (a process per commit is slow): the
// configuration first, then one commit per record in date order.
const ident = 'Larkfield Demo <demo@larkfield.example>';
const gitDate = (ms) => `${Math.floor(ms / 1000)} +0000`;
const stream = [];
const blob = (file) => { const bytes = readFileSync(path.join(repo, file)); stream.push(`data ${bytes.length}\n`, bytes, '\n'); };
const commit = (n, when, message, changed) => {
  const msg = Buffer.from(message + '\n');
  stream.push(`commit refs/heads/main\nmark :${n}\nauthor ${ident} ${gitDate(when)}\ncommitter ${ident} ${gitDate(when)}\ndata ${msg.length}\n`, msg);
  if (n > 1) stream.push(`from :${n - 1}\n`);
  for (const file of changed) { stream.push(`M 100644 inline ${file}\n`); blob(file); }
  stream.push('\n');
};
commit(1, entries[0].when - 60 * 60_000, 'Supervision records for Larkfield Primary School: policy and configuration', ['supv.config.yaml', '.gitignore']);
entries.forEach((e, i) => commit(i + 2, e.when, e.message, [e.file]));

git(['init', '-q', '-b', 'main']);
git(['config', 'user.name', 'Larkfield Demo']);
git(['config', 'user.email', 'demo@larkfield.example']);
git(['config', 'commit.gpgsign', 'false']);
const imported = spawnSync('git', ['fast-import', '--quiet', '--date-format=raw'], { cwd: repo, input: Buffer.concat(stream.map((s) => (typeof s === 'string' ? Buffer.from(s) : s))), maxBuffer: 64 << 20 });
if (imported.status !== 0) throw new Error(`git fast-import failed: ${imported.stderr}`);
git(['reset', '-q']); // the index to match HEAD; the work tree already holds the same files
const dirty = git(['status', '--porcelain']).trim();
if (dirty) throw new Error(`demo: the work tree differs from the history:\n${dirty}`);
const log = git(['log', '--reverse', '--date=format:%Y-%m-%d %H:%M', '--format=%ad  %s']).trim().split('\n');
note(`committed ${entries.length} records in ${entries.length + 1} commits, ${log[1].slice(0, 10)} to ${log.at(-1).slice(0, 10)} (${elapsed(t)}):`);
for (const line of [...log.slice(0, 3), '...', ...log.slice(-4)]) note(`  ${line}`);

// ---------------------------------------------------------- 2. to 5. supv

mkdirSync(dist, { recursive: true });
const help = runSupv(['--help'], { capture: true }).stdout;
const hasCommand = (name) => new RegExp(`^\\s+${name}\\b`, 'm').test(help.split(/^Commands:/m)[1] ?? '');
const common = ['--as-of', AS_OF];
const summary = [];

if (steps.has('lint')) {
  heading(`supv lint --as-of ${AS_OF} (the example year ends on ${AS_OF}; rules are judged on that date, not today)`);
  const screen = runSupv([...common, 'lint'], { capture: true });
  process.stdout.write(screen.stdout.trim() ? screen.stdout : 'no problems found: no errors, no warnings\n');
  process.stderr.write(screen.stderr);
  stepResult('lint', screen, [0, 1]);
  const sarif = runSupv([...common, 'lint', '--format', 'sarif', '--output', path.join(dist, 'lint.sarif')], { capture: true });
  const json = runSupv([...common, 'lint', '--format', 'json', '--output', path.join(dist, 'lint.json')], { capture: true });
  let errors = 0;
  let warnings = 0;
  try {
    const report = JSON.parse(readFileSync(path.join(dist, 'lint.json'), 'utf8'));
    for (const file of report) for (const f of file.findings ?? file.messages ?? []) { if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; }
    note(`lint.json: ${errors} errors, ${warnings} warnings; reports written to ${rel(path.join(dist, 'lint.sarif'))} and ${rel(path.join(dist, 'lint.json'))}`);
  } catch (error) {
    failures.push(`lint --format json: ${rel(path.join(dist, 'lint.json'))} cannot be read (${error.message})`);
  }
  for (const [name, r] of [['lint --format sarif', sarif], ['lint --format json', json]]) {
    if (r.code !== screen.code) { process.stderr.write(r.stderr); failures.push(`${name}: exit ${r.code}, not ${screen.code} as on the screen`); }
  }
  if (screen.code !== 0 || errors > 0) failures.push(`lint: ${errors} errors on the example records (exit ${screen.code})`);
  summary.push(`lint: exit ${screen.code}, ${errors} errors, ${warnings} warnings as of ${AS_OF}`);
}

if (steps.has('verify')) {
  heading('supv verify (every record signature still matches its record)');
  const r = runSupv([...common, 'verify'], { capture: true });
  // One line per record: show the first few, every one that is not ok, and the summary.
  const lines = r.stdout.trimEnd().split('\n');
  const okLine = (line) => /^(\S+\s+)?ok\b/.test(line.trim());
  let hidden = 0;
  lines.forEach((line, i) => {
    if (i === lines.length - 1 && hidden > 0) note(`(${hidden} more records ok, not listed here; supv verify in ${rel(repo)} lists them all)`);
    if (i < 4 || !okLine(line) || i === lines.length - 1) note(line);
    else hidden++;
  });
  process.stderr.write(r.stderr);
  stepResult('verify', r);
  summary.push(`verify: exit ${r.code}`);
}

if (steps.has('build')) {
  if (!hasCommand('build')) {
    note('\n(skipped: this supv has no build command yet)');
  } else {
    const only = (process.env.SUPV_DEMO_BUILD_PATHS ?? '').split(/[\s,]+/).filter(Boolean);
    heading(`supv build --out ${rel(dist)}${only.length ? ` ${only.join(' ')}` : ''} (PDFs rendered with the system Chromium)`);
    const r = runSupv([...common, 'build', '--out', dist, ...only]);
    stepResult('build', r);
    summary.push(`build: exit ${r.code}`);
  }
}

for (const command of ['bundle', 'report']) {
  if (!steps.has(command)) continue;
  if (!hasCommand(command)) {
    note(`\n(skipped supv ${command}: this supv has no ${command} command yet)`);
    continue;
  }
  const commandHelp = runSupv([command, '--help'], { capture: true }).stdout;
  const target = path.join(dist, command === 'bundle' ? 'bundle.pdf' : 'report');
  const outOption = /--out\b/.test(commandHelp) ? ['--out', target] : /--output\b/.test(commandHelp) ? ['--output', target] : [];
  heading(`supv ${command} ${outOption.map((a) => (a.startsWith('/') ? rel(a) : a)).join(' ')}`.trim());
  const r = runSupv([...common, command, ...outOption]);
  stepResult(command, r);
  summary.push(`${command}: exit ${r.code}`);
}

// ------------------------------------------------------------- summary

heading(`What is in ${rel(dist)}`);
const produced = existsSync(dist) ? listFiles(dist).sort() : [];
const pdfs = produced.filter((f) => f.endsWith('.pdf'));
const byFolder = new Map();
for (const f of pdfs) { const k = path.relative(dist, path.dirname(f)) || '.'; byFolder.set(k, (byFolder.get(k) ?? 0) + 1); }
for (const f of produced.filter((p) => !p.endsWith('.pdf') || path.dirname(p) === dist)) {
  note(`  ${path.relative(dist, f).padEnd(28)} ${(statSync(f).size / 1024).toFixed(1).padStart(8)} KiB`);
}
for (const [folder, n] of byFolder) if (folder !== '.') note(`  ${(folder + '/').padEnd(28)} ${String(n).padStart(5)} PDFs`);
note(`\nrecords repository: ${rel(repo)} (${entries.length + 1} commits; try: git -C ${rel(repo)} log --oneline)`);
for (const line of summary) note(`  ${line}`);
note(`\ndemo took ${elapsed(started)}`);
if (failures.length > 0) {
  note(`\nDEMO FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
note('demo: all steps passed');
