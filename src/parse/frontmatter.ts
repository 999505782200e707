import type { ReadProblem } from '../model.js';
import { parseYaml } from './yaml.js';

/** A record's text split and parsed, or the reason it could not be. */
export interface ParsedText {
  data: Record<string, unknown> | undefined;
  /** The YAML between the fences, starting with the newline that ends the opening fence. */
  frontmatter: string;
  /** The Markdown after the closing fence line, line endings turned into LF. */
  body: string;
  fenceLine: number;
  bodyLine: number;
  problem?: ReadProblem;
}

const FENCE = /^---[ \t]*$/;

/**
 * Split a record into frontmatter and body and parse the frontmatter. Line
 * endings are read as LF (a bare-CR or CRLF file keeps its line numbers), and
 * every position is a line of the file itself, the opening fence counted.
 *
 * The split is supv's own, not gray-matter's: every fence rule below (`---`
 * alone, or `---yaml`; any other language refused before anything is parsed;
 * the first `---` line closes) had to be checked here anyway, and gray-matter
 * then split the text a second time, copying every file into a Buffer and
 * carrying engines that `eval` JavaScript front matter. Measured on 10,000
 * records that second split was 170 ms of lint's 1.5 s budget (SPEC §9).
 * Without it no code that could run a record is loaded at all.
 */
export function parseRecordText(text: string): ParsedText {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const failed = (line: number, column: number, message: string): ParsedText => ({
    data: undefined,
    frontmatter: '',
    body: '',
    fenceLine: 1,
    bodyLine: 1,
    problem: { line, column, message },
  });

  if (normalised.trim() === '') return failed(1, 1, 'the file is empty; a record starts with a line `---`, then its fields, then a closing `---`');
  const firstBreak = normalised.indexOf('\n');
  const firstLine = firstBreak === -1 ? normalised : normalised.slice(0, firstBreak);
  if (!firstLine.startsWith('---')) {
    return failed(1, 1, 'the record has no frontmatter: its first line must be `---`');
  }
  if (!FENCE.test(firstLine)) {
    const language = firstLine.slice(3).trim();
    if (/^[a-z]+$/i.test(language) && language.toLowerCase() !== 'yaml') {
      return failed(1, 4, `\`---${language}\` frontmatter is not allowed: supv reads YAML only and never runs code from a record`);
    }
    if (language.toLowerCase() !== 'yaml') return failed(1, 1, 'the first line must be exactly `---`');
  }

  // The closing fence is the first line that starts with `---`; anything but `---` alone there is a mistake.
  const close = /\n---/g;
  close.lastIndex = firstLine.length;
  const found = close.exec(normalised);
  if (!found) {
    return failed(1, 1, 'the frontmatter opened on line 1 is never closed; add a line `---` after the last field');
  }
  const closeLine = lineAt(normalised, found.index + 1);
  const closeEnd = normalised.indexOf('\n', found.index + 1);
  const closeText = normalised.slice(found.index + 1, closeEnd === -1 ? undefined : closeEnd);
  if (!FENCE.test(closeText)) {
    return failed(closeLine, 1, 'a line starting with `---` must be the closing fence, `---` alone on its line');
  }

  const source = normalised.slice(FENCE.test(firstLine) ? 3 : firstLine.length, found.index);
  const parsed = source.trim() === '' ? { value: {} } : parseYaml(source);
  if ('problem' in parsed) {
    const offset = Math.min(parsed.problem.offset, source.length);
    const { line, column } = lineAndColumn(source, offset);
    return failed(line, column, parsed.problem.message);
  }
  return {
    data: (parsed.value as Record<string, unknown> | null | undefined) ?? {},
    frontmatter: source,
    body: closeEnd === -1 ? '' : normalised.slice(closeEnd + 1),
    fenceLine: 1,
    bodyLine: closeLine + 1,
  };
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * Line and column of an offset into the frontmatter source. The source starts
 * with the newline that ends the fence line, so its line numbers are the file's.
 */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const line = lineAt(source, offset);
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return { line, column: offset - lineStart + 1 };
}
