import type { Finding } from '../model.js';
import type { Formatter } from './types.js';
import { escapeInline, palette, type Palette } from '../util/terminal.js';
import { plural } from '../util/text.js';
import { explainHint } from '../check/rules/docs.js';

/** Width of the widest cell of a column. */
function widest(cells: string[]): number {
  return Math.max(0, ...cells.map((c) => c.length));
}

/**
 * Human-readable output in the manner of ESLint's `stylish`: each file with
 * findings under its underlined path, one aligned row per finding
 * (`  line:col  severity  message  rule`), then where to read about a rule
 * (`supv explain RULE`) and a one-line summary, last. Columns are
 * aligned per file on the uncoloured text, then coloured. Prints nothing at
 * all when there are no findings, so a clean run is silent.
 *
 * File names and messages are printed with their control characters escaped
 * (a file may be named `a\nb.md`, and a message quotes values), before they are
 * measured and coloured: each finding stays one line, and a value can never
 * add an escape code of its own.
 */
export const stylish: Formatter = ({ results, color }) => {
  const c = palette(color);
  const withFindings = results.filter((r) => r.findings.length > 0);
  if (withFindings.length === 0) return '';

  let errors = 0;
  let warnings = 0;
  let out = '\n';
  for (const { file, findings } of withFindings) {
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
    out += `${c.underline(escapeInline(file))}\n${rows(findings, c)}\n\n`;
  }
  const total = errors + warnings;
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  // Where to read more, with no link: the rule pages ship with supv and `supv explain` prints them. The summary stays last.
  const example = escapeInline(withFindings[0]!.findings[0]!.rule);
  out += `${c.dim(`What a rule checks and how to fix its findings: ${explainHint('RULE')} (such as ${explainHint(example)})`)}\n`;
  out += `${(errors > 0 ? c.red : c.yellow)(c.bold(summary))}\n`;
  return out;
};

function rows(given: Finding[], c: Palette): string {
  const findings = given.map((f) => ({ ...f, message: escapeInline(f.message), rule: escapeInline(f.rule) }));
  // Line right-aligned and column left-aligned, so the colons line up.
  const lineWidth = widest(findings.map((f) => String(f.line)));
  const columnWidth = widest(findings.map((f) => String(f.column)));
  const severityWidth = widest(findings.map((f) => f.severity));
  const messageWidth = widest(findings.map((f) => f.message));
  return findings
    .map((f) => {
      const place = `${String(f.line).padStart(lineWidth)}:${String(f.column).padEnd(columnWidth)}`;
      const severity =
        (f.severity === 'error' ? c.red : c.yellow)(f.severity) + ' '.repeat(severityWidth - f.severity.length);
      return `  ${c.dim(place)}  ${severity}  ${f.message.padEnd(messageWidth)}  ${c.dim(f.rule)}`;
    })
    .join('\n');
}
