import type { Formatter } from './types.js';
import { escapeJsonControls } from '../util/terminal.js';

/**
 * Machine-readable findings: an array with one entry per file, each with its
 * findings and counts, pretty-printed with two spaces and a trailing newline.
 * Keys are written in a fixed order so the output diffs cleanly between runs.
 */
export const json: Formatter = ({ results }) => {
  const files = results.map(({ file, findings }) => ({
    file,
    findings: findings.map((f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
    })),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  }));
  // C0 controls come out as \u001b already; DEL and C1 too, so a report read in a terminal acts on nothing.
  return `${escapeJsonControls(JSON.stringify(files, null, 2))}\n`;
};
