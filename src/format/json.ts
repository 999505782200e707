import type { Finding } from '../model.js';
import type { Formatter } from './types.js';
import type { LintResult } from './types.js';
import { escapeJsonControls } from '../util/terminal.js';

/**
 * Machine-readable findings: an array with one entry per file, each with its
 * findings and counts, pretty-printed with two spaces and a trailing newline.
 * Keys are written in a fixed order so the output diffs cleanly between runs.
 *
 * The text is the bytes of `JSON.stringify(files, null, 2)` over those
 * entries, with DEL and C1 escaped as well as C0 ({@link jsonString}), but
 * written out directly: a run over 10,000 files prints about 3 MB, and
 * building an object per finding, stringifying it and scanning the whole text
 * again for DEL and C1 was most of what printing it cost (`lint --cache`
 * after one change). An entry of another shape than a run makes (a value
 * that is not a string or a finite number) is stringified the ordinary way.
 */
export const json: Formatter = ({ results }) => {
  if (results.length === 0) return '[]\n';
  let text = '[';
  for (let index = 0; index < results.length; index++) {
    text += index === 0 ? '\n  ' : ',\n  ';
    text += fileEntry(results[index]!);
  }
  return `${text}\n]\n`;
};

/** One file's entry at depth one, from its `{` to its `}`. */
function fileEntry(result: LintResult): string {
  const { file, findings } = result;
  if (typeof file !== 'string') return ordinary(asEntry(result), '  ');
  let errors = 0;
  let warnings = 0;
  let list = '';
  // A file's path, written once when its findings name it too (they nearly always do).
  const fileText = jsonString(file);
  for (let index = 0; index < findings.length; index++) {
    const f = findings[index]!;
    if (f.severity === 'error') errors += 1;
    else if (f.severity === 'warning') warnings += 1;
    list += index === 0 ? '\n      ' : ',\n      ';
    list += findingEntry(f, f.file === file ? fileText : undefined);
  }
  return `{\n    "file": ${fileText},\n    "findings": ${findings.length === 0 ? '[]' : `[${list}\n    ]`},\n    "errorCount": ${errors},\n    "warningCount": ${warnings}\n  }`;
}

/** One finding at depth three, from its `{` to its `}`; `fileText` is its file already written, when known. */
function findingEntry(f: Finding, fileText: string | undefined): string {
  if (
    typeof f.file !== 'string' ||
    typeof f.line !== 'number' ||
    !Number.isFinite(f.line) ||
    typeof f.column !== 'number' ||
    !Number.isFinite(f.column) ||
    typeof f.rule !== 'string' ||
    typeof f.severity !== 'string' ||
    typeof f.message !== 'string'
  ) {
    return ordinary(asFinding(f), '      ');
  }
  return (
    `{\n        "file": ${fileText ?? jsonString(f.file)},\n        "line": ${f.line},\n        "column": ${f.column},\n        "rule": ${jsonString(f.rule)},` +
    `\n        "severity": ${jsonString(f.severity)},\n        "message": ${jsonString(f.message)}\n      }`
  );
}

/** The entry of one file, as the report has always put it together. */
function asEntry({ file, findings }: LintResult): object {
  return {
    file,
    findings: findings.map(asFinding),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** The fields of a finding the report shows, in their order. */
function asFinding(f: Finding): object {
  return { file: f.file, line: f.line, column: f.column, rule: f.rule, severity: f.severity, message: f.message };
}

/** `JSON.stringify(value, null, 2)`, DEL and C1 escaped, as it reads nested at `indent`. */
function ordinary(value: object, indent: string): string {
  // Newlines in the text are its layout: inside strings they are written `\n`.
  return escapeJsonControls(JSON.stringify(value, null, 2)).replaceAll('\n', `\n${indent}`);
}

/** DEL and C1: the control characters `JSON.stringify` leaves as they are. */
const DEL_OR_C1 = /[\u007f-\u009f]/;

/**
 * A string as JSON writes it, DEL and C1 as `\u0085`-style escapes too (as
 * `JSON.stringify` writes C0), so a report read with `cat` acts on nothing.
 */
function jsonString(value: string): string {
  const text = JSON.stringify(value);
  return DEL_OR_C1.test(text) ? escapeJsonControls(text) : text;
}
