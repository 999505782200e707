// The cache part of supv's benchmark (scripts/bench/run.mjs --part cache), SPEC §11.7:
//
// - `supv lint --cache` over 10k generated records (a copy of the lint part's
//   fixtures in .bench/cache-10000, so the edits do not touch them): the first
//   run, which writes the cache; a run with nothing changed; and a run after
//   one record changed (a different record each time). Beside them, in the
//   same run, the cold `supv lint` and the read-and-parse floor (floor.mjs).
//   Then the same records committed to git: one record changed, with git's
//   history kept in the cache and with it read from git again.
//   With SUPV_BENCH_CACHE_100K=1 the same at 100k records (off by default: it
//   copies and generates 100,000 files).
// - One record with 150,000 unknown fields (a 4 MB file) linted cold: the
//   findings are capped at 100 per rule per file plus one "and N more".
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AS_OF, benchDir, fixtures, fold, jsonLine, log, runNode } from './harness.mjs';
import { fmtMB, fmtS, fmtX, table, verdict } from './format.mjs';

const lintArgs = (dir, extra = []) => ['bin/supv.js', 'lint', '--cwd', dir, '--format', 'json', '--as-of', AS_OF, ...extra];

async function supv(dir, extra = []) {
  const r = await runNode(lintArgs(dir, extra), { keepStdout: true });
  if (r.code !== 0 && r.code !== 1) throw new Error(`supv lint ${extra.join(' ')} exited ${r.code ?? r.signal}: ${r.stderr.trim()}`);
  return r;
}

/** A copy of the n-record fixtures to edit, made afresh (no cache in it). */
async function scratchCopy(n) {
  const source = await fixtures(n);
  const dir = path.join(benchDir, `cache-${n}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  return dir;
}

/** The session files of the copy, to change one at a time. */
function sessionFiles(dir, count) {
  const listing = path.join(dir, 'records', 'sessions');
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSorted(folder)) {
      if (found.length >= count) return;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.md')) found.push(file);
    }
  };
  walk(listing);
  return found;
}

const readdirSorted = (folder) => readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));

/** Change a record the way a person would: a line more in its body. */
function touch(file, i) {
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA note added for the benchmark (${i}).\n`);
}

/** A new record beside `file`: the same session under a new id (and file name), as `supv new session` would add one. */
function addBeside(file, i) {
  const text = readFileSync(file, 'utf8');
  const id = /^id: (.+)$/m.exec(text)[1];
  const fresh = `${id}-b${i}`;
  writeFileSync(path.join(path.dirname(file), `${fresh}.md`), text.replace(/^id: .+$/m, `id: ${fresh}`));
}

/** The staff records of the copy. */
function staffFiles(dir) {
  const folder = path.join(dir, 'records', 'staff');
  return readdirSorted(folder).filter((entry) => entry.name.endsWith('.md')).map((entry) => path.join(folder, entry.name));
}

async function cacheAt(n) {
  const reps = n <= 10_000 ? 3 : 1;
  const dir = await scratchCopy(n);
  log(`cache ${n.toLocaleString('en')}: floor, cold lint and cached lint, best of ${reps}`);
  // The files into the page cache first, as after a checkout.
  await runNode(['scripts/bench/floor.mjs', dir], { keepStdout: true });
  const first = await supv(dir, ['--cache']);
  const reference = (await supv(dir)).stdout;
  if (first.stdout !== reference) throw new Error(`lint --cache (first run) and lint differ at ${n} records`);
  let floor;
  let cold;
  let unchanged;
  let changed;
  let added;
  let staffChanged;
  const files = sessionFiles(dir, reps * 2);
  const staff = staffFiles(dir);
  for (let i = 0; i < reps; i++) {
    const f = await runNode(['scripts/bench/floor.mjs', dir], { keepStdout: true });
    // One record more after each round: the one added.
    if (jsonLine(f, 'floor.mjs').files !== n + i) throw new Error(`floor.mjs read the wrong number of files at ${n}`);
    floor = fold(floor, f);
    cold = fold(cold, await supv(dir));
    const u = await supv(dir, ['--cache']);
    unchanged = fold(unchanged, u);
    touch(files[i], i);
    const c = await supv(dir, ['--cache']);
    changed = fold(changed, c);
    // Identical findings, checked on the run after the change.
    const again = await supv(dir);
    if (c.stdout !== again.stdout) throw new Error(`lint --cache after a change and lint differ at ${n} records`);
    addBeside(files[reps + i], i);
    const a = await supv(dir, ['--cache']);
    added = fold(added, a);
    if (a.stdout !== (await supv(dir)).stdout) throw new Error(`lint --cache after a record was added and lint differ at ${n} records`);
    touch(staff[i % staff.length], i);
    const s = await supv(dir, ['--cache']);
    staffChanged = fold(staffChanged, s);
    if (s.stdout !== (await supv(dir)).stdout) throw new Error(`lint --cache after a staff record changed and lint differ at ${n} records`);
  }
  const inGit = n === 10_000 ? await inGitAt(dir, files.slice(reps * 2 - reps), reps) : undefined;
  rmSync(dir, { recursive: true, force: true });
  return { n, floor, cold, first, unchanged, changed, added, staffChanged, inGit };
}

/**
 * The same records committed to git in about a hundred commits, then 2,000
 * commits more of a line each (a repository with two years of history): one record changed (HEAD where it was, as in
 * the pre-commit hook before each commit), with git's history kept in the
 * cache under HEAD, and read from git again (the kept history removed
 * before the run, as after a commit).
 */
function currentBranch(dir) {
  return execFileSync('git', ['symbolic-ref', '--short', 'HEAD'], { cwd: dir }).toString().trim();
}

async function inGitAt(dir, files, reps) {
  log('cache 10,000 in git: committing the records, then one record changed, history kept and read');
  const git = (...args) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26 });
  git('init', '-q');
  const all = [];
  const walk = (folder) => {
    for (const entry of readdirSorted(folder)) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else all.push(path.relative(dir, file));
    }
  };
  walk(path.join(dir, 'records'));
  const batch = Math.ceil(all.length / 100);
  for (let at = 0; at < all.length; at += batch) {
    git('add', '--', ...all.slice(at, at + batch));
    git('commit', '-q', '-m', `records ${at / batch + 1}`);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'the rest');
  // Then two years of work: 2,000 commits, each a line added to one session (written by git fast-import, which
  // needs no index: a commit made by `git commit` in a 10,000-file tree takes tens of milliseconds).
  const sessions = all.filter((file) => file.includes('/sessions/')).slice(0, 2000);
  const marks = [];
  const texts = new Map();
  let n = 0;
  for (const file of sessions) {
    const text = `${texts.get(file) ?? readFileSync(path.join(dir, file), 'utf8')}\nNoted after the session (${n}).\n`;
    texts.set(file, text);
    const data = Buffer.from(text);
    const message = `session notes ${n}`;
    marks.push(`commit refs/heads/${currentBranch(dir)}\ncommitter Bench <bench@example.invalid> ${1767225600 + n * 3600} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n${n === 0 ? 'from HEAD\n' : ''}M 100644 inline ${file}\ndata ${data.length}\n${text}\n`);
    n += 1;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: marks.join(''), maxBuffer: 1 << 26 });
  git('reset', '-q', '--hard');
  const commits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: dir }).toString().trim());
  const kept = path.join(dir, '.supv-cache', 'lint', 'history.json');
  await supv(dir, ['--cache']);
  await supv(dir, ['--cache']);
  let historyKept;
  let historyRead;
  for (let i = 0; i < reps; i++) {
    touch(files[i], 100 + i);
    historyKept = fold(historyKept, await supv(dir, ['--cache']));
    touch(files[i], 200 + i);
    rmSync(kept, { force: true });
    const r = await supv(dir, ['--cache']);
    historyRead = fold(historyRead, r);
    if (r.stdout !== (await supv(dir)).stdout) throw new Error('lint --cache in git after a change and lint differ');
  }
  return { commits, historyKept, historyRead };
}

/** One session with 150,000 unknown fields, about 4 MB, alone in a repository. */
function hostileRepo() {
  const dir = path.join(benchDir, 'many-findings');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'records', 'sessions', '2026'), { recursive: true });
  const lines = ['---', 'kind: session', 'id: 2026-01-05-jo-bloggs', 'date: 2026-01-05', 'type: one-to-one', 'supervisor: sam-lee', 'supervisee: jo-bloggs', 'duration_minutes: 60', 'functions: [accountability, development, support]'];
  for (let i = 0; i < 150_000; i++) lines.push(`unknown_field_${String(i).padStart(6, '0')}: valu`);
  lines.push('---', '', '## Summary of events', '', 'Text.', '');
  const text = lines.join('\n');
  writeFileSync(path.join(dir, 'records', 'sessions', '2026', '2026-01-05-jo-bloggs.md'), text);
  return { dir, bytes: Buffer.byteLength(text) };
}

export async function cachePart({ quick = false } = {}) {
  const sizes = quick ? [1000] : process.env.SUPV_BENCH_CACHE_100K === '1' ? [10_000, 100_000] : [10_000];
  const results = [];
  for (const n of sizes) results.push(await cacheAt(n));

  log('one record with 150,000 unknown fields');
  const { dir, bytes } = hostileRepo();
  let many;
  let findings;
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const r = await runNode(lintArgs(dir), { keepStdout: true, timeoutMs: 10 * 60_000 });
    if (r.timedOut) throw new Error('lint of the 150,000-field record did not finish in 10 minutes');
    findings = JSON.parse(r.stdout).flatMap((result) => result.findings);
    many = fold(many, r);
  }
  const schemaFindings = findings.filter((finding) => finding.rule === 'schema');
  const more = schemaFindings.find((finding) => /^and [\d,]+ more /.test(finding.message));
  rmSync(dir, { recursive: true, force: true });

  const rows = [];
  for (const r of results) {
    const n = r.n.toLocaleString('en');
    const row = (what, m) => [n, what, fmtS(m.seconds), fmtS(m.cpu), fmtMB(m.rss), fmtX(m.seconds / r.floor.seconds), fmtX(m.cpu / r.floor.cpu)];
    rows.push(row('floor: read and parse (floor.mjs)', r.floor));
    rows.push(row('supv lint (no cache)', r.cold));
    rows.push(row('supv lint --cache, first run (writes the cache; one run)', r.first));
    rows.push(row('supv lint --cache, nothing changed', r.unchanged));
    rows.push(row('supv lint --cache, one record changed', r.changed));
    rows.push(row('supv lint --cache, one record added', r.added));
    rows.push(row('supv lint --cache, one staff record changed (everything re-checked)', r.staffChanged));
    if (r.inGit) {
      rows.push(row(`in git (${r.inGit.commits} commits): supv lint --cache, one record changed, history kept under HEAD`, r.inGit.historyKept));
      rows.push(row(`in git (${r.inGit.commits} commits): supv lint --cache, one record changed, history read from git`, r.inGit.historyRead));
    }
  }
  const targets = [];
  const at10k = results.find((r) => r.n === 10_000);
  if (at10k) {
    targets.push(['10k: after changing one record, lint --cache under 0.5 s', `${fmtS(at10k.changed.seconds)} s wall, ${fmtS(at10k.changed.cpu)} s CPU`, verdict(at10k.changed.seconds < 0.5), verdict(at10k.changed.cpu < 0.5)]);
    targets.push(['10k: after changing one record, below the floor', `${fmtX(at10k.changed.seconds / at10k.floor.seconds)} wall, ${fmtX(at10k.changed.cpu / at10k.floor.cpu)} CPU`, verdict(at10k.changed.seconds < at10k.floor.seconds), verdict(at10k.changed.cpu < at10k.floor.cpu)]);
    targets.push(['10k: after adding one record, lint --cache under 0.5 s (beyond SPEC §11.7, which asks it of a changed record)', `${fmtS(at10k.added.seconds)} s wall, ${fmtS(at10k.added.cpu)} s CPU`, verdict(at10k.added.seconds < 0.5), verdict(at10k.added.cpu < 0.5)]);
    targets.push(['10k: nothing changed, below the floor', `${fmtX(at10k.unchanged.seconds / at10k.floor.seconds)} wall, ${fmtX(at10k.unchanged.cpu / at10k.floor.cpu)} CPU`, verdict(at10k.unchanged.seconds < at10k.floor.seconds), verdict(at10k.unchanged.cpu < at10k.floor.cpu)]);
    targets.push(['10k: cold lint within 3x of the floor', `${fmtX(at10k.cold.seconds / at10k.floor.seconds)} wall, ${fmtX(at10k.cold.cpu / at10k.floor.cpu)} CPU`, verdict(at10k.cold.seconds / at10k.floor.seconds <= 3), verdict(at10k.cold.cpu / at10k.floor.cpu <= 3)]);
  }
  targets.push(['one 4 MB record with 150,000 unknown fields under 5 s', `${fmtS(many.seconds)} s wall, ${fmtS(many.cpu)} s CPU`, verdict(many.seconds < 5), verdict(many.cpu < 5)]);
  targets.push(['at most 100 findings of a rule in a file, plus one "and N more"', `${schemaFindings.length} schema findings; last: "${more ? more.message.slice(0, 60) : 'none'}…"`, verdict(schemaFindings.length === 101 && !!more), verdict(schemaFindings.length === 101 && !!more)]);

  const text = [
    table(['Records', 'Run', 'wall (s)', 'CPU (s)', 'RSS (MB)', '/ floor (wall)', '/ floor (CPU)'], rows),
    '',
    `Each cached run's findings were compared with a cold lint's: identical. "One record changed" adds a line to a different session's body before each run; "one record added" writes a new session beside another (its copy under a new id); "one staff record changed" adds a line to a staff record's body, which makes every rule about several records run over every record again. "In git": the same records committed in about a hundred commits and 2,000 more of one line each, then one session changed with HEAD where it was (the pre-commit hook before a commit), once with git's history kept in the cache under HEAD and once with it removed first (as after a commit), so that git's log is read. Times are best of 3 (at 100k, and the first run: one run).`,
    '',
    table(['One file, many findings', 'wall (s)', 'CPU (s)', 'RSS (MB)'], [[`1 record, ${(bytes / 1e6).toFixed(1)} MB, 150,000 unknown fields`, fmtS(many.seconds), fmtS(many.cpu), fmtMB(many.rss)]]),
    '',
    table(['Target (SPEC §11.7)', 'Measured', 'Result (wall)', 'Result (CPU)'], targets),
  ].join('\n');
  return { text, results, targets };
}
