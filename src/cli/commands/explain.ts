import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../../check/rules/index.js';
import { packageFile } from '../../util/package-files.js';
import { suggestion } from '../../util/suggest.js';
import { UsageError, type Io } from '../io.js';

/** The width pages are wrapped to: what every terminal shows. */
const WIDTH = 80;

/**
 * `supv explain RULE`: the rule's page from docs/rules/ (what the policy
 * says, what is checked, how to fix), as plain text for a terminal. Control
 * characters are escaped on the way out, as for every command (src/cli/io.ts).
 */
export async function explainCommand(ruleId: string, io: Io): Promise<number> {
  const ids = rules.map((rule) => rule.meta.id);
  if (!ids.includes(ruleId)) throw new UsageError(unknownRuleMessage(ruleId, ids));
  const page = readFileSync(fileURLToPath(packageFile(`docs/rules/${ruleId}.md`)), 'utf8');
  io.stdout(markdownForTerminal(page));
  return 0;
}

/** "no rule xyz; did you mean unsigned?" with the list when nothing is close. */
export function unknownRuleMessage(given: string, ids: readonly string[]): string {
  const near = suggestion(given, ids);
  return near
    ? `there is no rule ${given}; did you mean ${near}? (supv explain ${near})`
    : `there is no rule ${given}; the rules are: ${ids.join(', ')}`;
}

/**
 * A docs page as plain text: headings underlined, emphasis and code marks
 * dropped, links as their text (another rule's page as "supv explain ID"),
 * paragraphs and list items wrapped to 80 columns, tables as aligned
 * columns, code blocks indented.
 */
export function markdownForTerminal(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(...wrap(inline(paragraph.join(' ')), '', ''));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(\s*)```/.exec(line);
    if (fence) {
      flush();
      // A fence indented under a list item keeps that indent, plus the usual four.
      const margin = fence[1]!.length;
      const indent = ' '.repeat(4 + margin);
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]!); i++) {
        const code = lines[i]!;
        const strip = Math.min(margin, code.length - code.trimStart().length);
        out.push(code.trim() === '' ? '' : `${indent}${code.slice(strip)}`);
      }
      out.push('');
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const title = inline(heading[2]!);
      if (out.length > 0 && out.at(-1) !== '') out.push('');
      out.push(title, (heading[1]!.length === 1 ? '=' : '-').repeat(title.length));
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trimStart().startsWith('|'); i++) {
        const cells = splitRow(lines[i]!);
        if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) continue;
        rows.push(cells.map(inline));
      }
      i--;
      out.push(...table(rows), '');
      continue;
    }
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const indent = ' '.repeat(item[1]!.length + 2);
      const bullet = item[2] === '*' ? '-' : item[2]!;
      let text = item[3]!;
      // A list item's text continues on the following indented lines.
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]!) && !/^\s*([-*]|\d+\.)\s/.test(lines[i + 1]!) && !/^\s*```/.test(lines[i + 1]!)) text += ` ${lines[++i]!.trim()}`;
      out.push(...wrap(inline(text), `${indent}${bullet} `, `${indent}${' '.repeat(bullet.length + 1)}`));
      continue;
    }
    if (line.trim() === '') {
      flush();
      if (out.length > 0 && out.at(-1) !== '') out.push('');
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** Emphasis and code marks dropped; links as their text, another rule's page as `supv explain ID`. */
function inline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, target: string) => {
      const page = /^(?:\.\/)?([a-z0-9-]+)\.md$/.exec(target)?.[1];
      if (page !== undefined) return `${label} (supv explain ${page})`;
      return /^https?:/.test(target) ? `${label} <${target}>` : label;
    })
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  // `\|` inside a cell is a literal bar.
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** The widest a leading column may be before its cells wrap: the leading columns together take at most half the width. */
const LEAD = WIDTH / 2;

/**
 * Rows as aligned columns, the last column wrapping under itself and a long
 * first column wrapping within its own width; when even that cannot fit (many
 * columns, a long word), each row as its first cell with the rest indented below.
 */
function table(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const columns = Math.max(...rows.map((row) => row.length));
  const cap = columns > 1 ? Math.floor(LEAD / (columns - 1)) - 2 : WIDTH;
  const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length));
  // A column wider than its share wraps at about a third of the line (never inside a word), leaving the last column room.
  const narrow = Math.floor((WIDTH * 0.3) / Math.max(1, columns - 1));
  const widths = Array.from({ length: columns - 1 }, (_, column) => {
    const natural = Math.max(...rows.map((row) => (row[column] ?? '').length));
    return natural <= cap ? natural : Math.max(narrow, ...rows.map((row) => longestWord(row[column] ?? '')));
  });
  const fits = widths.every((width, column) => rows.every((row) => longestWord(row[column] ?? '') <= width));
  const out: string[] = [];
  if (!fits || cap < 12) {
    const [header, ...body] = rows;
    for (const row of body) {
      out.push(...wrap(row[0] ?? '', '  ', '  '));
      for (let column = 1; column < columns; column++) out.push(...wrap(`${header![column] ?? ''}: ${row[column] ?? ''}`, '      ', '        '));
    }
    return out;
  }
  const leadWidth = 2 + widths.reduce((sum, width) => sum + width + 2, 0);
  rows.forEach((row, index) => {
    // Each leading cell wrapped to its column; the last cell wrapped to what is left.
    const cells = widths.map((width, column) => wrapTo(row[column] ?? '', width));
    const last = columns > 1 ? wrap(row[columns - 1] ?? '', ' '.repeat(leadWidth), ' '.repeat(leadWidth)).map((line) => line.slice(leadWidth)) : [];
    const height = Math.max(1, last.length, ...cells.map((cell) => cell.length));
    for (let line = 0; line < height; line++) {
      const lead = `  ${widths.map((width, column) => (cells[column]![line] ?? '').padEnd(width)).join('  ')}`;
      const text = columns > 1 ? `${lead}  ${last[line] ?? ''}` : lead;
      out.push(text.trimEnd());
    }
    if (index === 0 && rows.length > 1) out.push(`  ${'-'.repeat(Math.max(...out.map((line) => line.length)) - 2)}`);
  });
  return out;
}

/** Words wrapped to lines of at most `width` characters, no margin. */
function wrapTo(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

/** Words wrapped to {@link WIDTH}, the first line after `first`, the rest after `rest`. */
function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  let current = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = rest + word;
    } else {
      current += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(current);
  return lines;
}
