// The watch part of supv's benchmark (scripts/bench/run.mjs --part watch):
// `supv watch` from saving a session record to its new PDF, in repositories of
// 1k and 10k records (the saves are timed by watch-latency.mjs).
import { fixtures, jsonLine, log, runNode } from './harness.mjs';
import { fmtMB, fmtS, table, verdict } from './format.mjs';

export async function watchPart({ quick = false } = {}) {
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
