import type { Formatter } from './types.js';
import { escapeCharacter } from '../util/terminal.js';

// Control characters but tab, CR and LF (the runner's own escapes below carry CR and LF inside
// one command) are shown as `\u001b` (SPEC §11.8): the log viewer acts on escape codes as a terminal does.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

// Escaping as the Actions runner unescapes it:
// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(s: string): string {
  return s.replace(CONTROL, escapeCharacter).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one line per finding, so each finding is
 * annotated on its line in the pull request:
 * `::error file=PATH,line=L,col=C,title=supv RULE::MESSAGE`.
 * Nothing at all when there are no findings.
 */
export const github: Formatter = ({ results }) =>
  results
    .flatMap((r) => r.findings)
    .map((f) => {
      const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `title=${escapeProperty(`supv ${f.rule}`)}`,
      ].join(',');
      return `::${f.severity} ${properties}::${escapeData(f.message)}\n`;
    })
    .join('');
