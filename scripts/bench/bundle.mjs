// The bundle part of supv's benchmark (scripts/bench/run.mjs --part bundle, or
// --part bundle-10k): `supv bundle` of every record of a generated repository
// (1,000 records; 10,000 with bundle-10k, which takes long on a small machine
// and runs only when chosen), next to `supv build --force` of the same
// records at the same concurrency. Seconds, memory (the node process's peak
// RSS, and the peak sum of the RSS of node and every Chromium process,
// sampled every half second: an upper bound, as shared pages count in each), MB of PDF, KB a page and fonts embedded
// (`pdffonts`). SPEC §11.7: at most 10 KB a page, under 1 GB of memory,
// and no slower than the build. A bundle over the default volume size (14MB)
// is written as volumes (bundle-N-volume-1-of-V.pdf ...): their number and
// the largest one's size are reported, as issue 20 asks that every file can
// be e-mailed; the sizes, pages and fonts are the volumes' together.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AS_OF, benchDir, fixtures, log, pdfFiles, runNode } from './harness.mjs';
import { fmtMB, fmtS, fmtX, MB, table, verdict } from './format.mjs';

/** Fonts embedded in a PDF, as pdffonts lists them (each font object once). */
function embeddedFonts(file) {
  const result = spawnSync('pdffonts', [file], { encoding: 'utf8', maxBuffer: 256 * MB });
  if (result.status !== 0) return undefined;
  return result.stdout.split('\n').slice(2).filter((line) => /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line) && /\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line)).length;
}

export async function bundlePart({ sizes = [1000] } = {}) {
  const rows = [];
  const notes = [];
  const targets = [];
  for (const n of sizes) {
    const dir = await fixtures(n);
    const timeoutMs = (n >= 10_000 ? 180 : 30) * 60_000;
    const out = path.join(benchDir, 'out', `bundle-${n}.pdf`);
    const volumeName = new RegExp(`^bundle-${n}-volume-\\d+-of-\\d+\\.pdf$`);
    const volumeFiles = () => {
      try {
        return readdirSync(path.dirname(out)).filter((name) => volumeName.test(name)).map((name) => path.join(path.dirname(out), name));
      } catch {
        return [];
      }
    };
    rmSync(out, { force: true });
    for (const file of volumeFiles()) rmSync(file, { force: true });
    log(`bundle ${n}: supv bundle`);
    const bundle = await runNode(['bin/supv.js', 'bundle', '--cwd', dir, '--as-of', AS_OF, '--out', out], { keepStdout: true, treeMemory: true, timeoutMs });
    if (bundle.timedOut || bundle.code !== 0) {
      notes.push(`supv bundle of ${n.toLocaleString('en')} records ${bundle.timedOut ? 'was stopped' : `exited ${bundle.code ?? bundle.signal}`}: ${bundle.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      continue;
    }
    const said = /(\d+) records, (\d+) pages/.exec(bundle.stdout);
    const records = Number(said?.[1]);
    const pages = Number(said?.[2]);
    // One file, or the volumes it was split into.
    const files = volumeFiles().length > 0 ? volumeFiles() : [out];
    const sizes = files.map((file) => statSync(file).size);
    const bytes = sizes.reduce((sum, size) => sum + size, 0);
    const largest = Math.max(...sizes);
    const fontCounts = files.map((file) => embeddedFonts(file));
    const fonts = fontCounts.some((count) => count === undefined) ? undefined : fontCounts.reduce((sum, count) => sum + count, 0);
    for (const file of files) if (file !== out) rmSync(file, { force: true });
    log(`bundle ${n}: ${fmtS(bundle.seconds)} s, ${fmtMB(bundle.rss)} MB supv, ${fmtMB(bundle.treeBytes)} MB with Chromium, ${pages} pages, ${(bytes / MB).toFixed(1)} MB of PDF in ${files.length} ${files.length === 1 ? 'file' : 'volumes'} (largest ${(largest / MB).toFixed(1)} MB), ${fonts} fonts; supv build --force of the same records`);
    const buildOut = path.join(benchDir, 'out', `bundle-build-${n}`);
    rmSync(buildOut, { recursive: true, force: true });
    const build = await runNode(['bin/supv.js', 'build', '--cwd', dir, '--as-of', AS_OF, '--out', buildOut, '--force'], { treeMemory: true, timeoutMs });
    const built = pdfFiles(buildOut);
    rmSync(buildOut, { recursive: true, force: true });
    const buildOk = !build.timedOut && build.code === 0;
    if (!buildOk) notes.push(`supv build of ${n.toLocaleString('en')} records ${build.timedOut ? 'was stopped' : `exited ${build.code ?? build.signal}`}`);
    log(`bundle ${n}: build ${fmtS(build.seconds)} s, ${fmtMB(build.treeBytes)} MB with Chromium, ${built.count} PDFs`);
    rows.push([
      n.toLocaleString('en'),
      String(records),
      String(pages),
      fmtS(bundle.seconds),
      buildOk ? fmtS(build.seconds) : '—',
      buildOk ? fmtX(bundle.seconds / build.seconds) : '—',
      fmtMB(bundle.rss),
      fmtMB(bundle.treeBytes),
      buildOk ? fmtMB(build.treeBytes) : '—',
      (bytes / MB).toFixed(1),
      String(files.length),
      (largest / MB).toFixed(1),
      buildOk ? (built.bytes / MB).toFixed(1) : '—',
      (bytes / 1024 / pages).toFixed(1),
      String(fonts ?? '—'),
    ]);
    const at = `${n.toLocaleString('en')} records`;
    targets.push([`${at}: at most 10 KB a page on average`, `${(bytes / 1024 / pages).toFixed(1)} KB (${pages} pages, ${(bytes / MB).toFixed(1)} MB)`, verdict(bytes / 1024 / pages <= 10)]);
    targets.push([`${at}: every file can be e-mailed (issue 20: at most the 14 MB volume size)`, `${files.length} ${files.length === 1 ? 'file' : 'volumes'}, the largest ${(largest / MB).toFixed(1)} MB (${largest} bytes)`, verdict(largest <= 14_000_000)]);
    targets.push([`${at}: under 1 GB of memory`, `${fmtMB(bundle.rss)} MB supv, ${fmtMB(bundle.treeBytes)} MB with Chromium`, verdict((bundle.treeBytes ?? bundle.rss) < 1024 * MB)]);
    if (buildOk) targets.push([`${at}: no slower than building the same records' PDFs`, `${fmtS(bundle.seconds)} s against ${fmtS(build.seconds)} s (${fmtX(bundle.seconds / build.seconds)})`, verdict(bundle.seconds <= build.seconds)]);
  }
  const text = [
    'Every record of the generated repository (`supv bundle` with no selection: cover, summary, contents, every record of every member of staff), then `supv build --force` of the same repository, one after the other at the default concurrency (the machine\'s cores). Memory: the supv process\'s peak RSS, and the peak sum of the resident set sizes of supv and all its Chromium processes, sampled every 0.5 s (memory they share counts in each, so this is an upper bound). Fonts: the font objects `pdffonts` lists with an embedded font program.',
    table(['Repository', 'Records', 'Pages', 'bundle s', 'build s', 'bundle / build', 'bundle MB (supv)', 'bundle MB (with Chromium)', 'build MB (with Chromium)', 'bundle PDF MB', 'Files (volumes)', 'Largest file MB', 'build PDFs MB', 'KB a page', 'Fonts embedded'], rows),
    table(['Target (SPEC §11.7)', 'Measured', ''], targets),
    ...notes.map((note) => `Note: ${note}`),
  ].join('\n\n');
  return { text };
}
