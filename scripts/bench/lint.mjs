// The lint part of supv's benchmark (scripts/bench/run.mjs --part lint):
// `supv lint` over 1k, 10k and 100k generated records (wall time, CPU time and
// peak RSS), next to the floor of reading the same files and parsing their
// frontmatter with js-yaml (floor.mjs), and next to remark-lint-frontmatter-
// schema validating the same frontmatter against the same schemas (remark.mjs).
import { AS_OF, fixtures, fold, jsonLine, log, runNode } from './harness.mjs';
import { fmtMB, fmtS, fmtX, MB, table, verdict } from './format.mjs';

export async function lintPart({ quick = false } = {}) {
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
