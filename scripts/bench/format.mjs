// How the benchmark writes its figures: seconds, megabytes, ratios, rates,
// PASS/FAIL, and the Markdown tables of BENCHMARKS.md.

export const MB = 1024 * 1024;

export const fmtS = (s) => (s === undefined ? '—' : s < 10 ? s.toFixed(2) : s.toFixed(1));
export const fmtMB = (bytes) => (bytes === undefined ? '—' : `${Math.round(bytes / MB)}`);
export const fmtX = (x) => (x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}x`);
export const fmtRate = (r) => (r === undefined || !Number.isFinite(r) ? '—' : r.toFixed(1));
export const verdict = (ok) => (ok === undefined ? '—' : ok ? 'PASS' : 'FAIL');

export function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map((h, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}
