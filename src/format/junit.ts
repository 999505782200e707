import type { Finding } from '../model.js';
import type { Formatter, LintResult } from './types.js';
import { escapeCharacter, escapeControls } from '../util/terminal.js';

// Characters XML 1.0 does not allow at all, even escaped (https://www.w3.org/TR/xml/#charsets);
// with the `u` flag a lone surrogate is one code point, outside the allowed ranges, so it goes too.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escape text for an attribute value or element content. Control characters
 * (which XML refuses, or in C1's case discourages) are shown as `\u001b`, as
 * in every other output, rather than dropped: `kim\u001b[8m.md` says what the
 * file is called, `kim[8m.md` does not.
 */
function xml(s: string): string {
  return (
    escapeControls(s)
      .replace(ILLEGAL, escapeCharacter)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Parsers normalise raw whitespace in attributes to spaces; character references survive.
      .replace(/\t/g, '&#9;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
  );
}

function testcase(f: Finding): string {
  const name = `${f.rule} ${f.line}:${f.column}`;
  // `type` is the rule; the text says whether it is an error or a warning, since
  // JUnit has no warnings and a warning hidden as a pass would never be read.
  const text = `${f.severity}: ${f.message} (${f.file}:${f.line}:${f.column})`;
  return [
    `    <testcase classname="${xml(f.file)}" name="${xml(name)}">`,
    `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(text)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function testsuite({ file, findings }: LintResult): string {
  const cases =
    findings.length > 0
      ? findings.map(testcase)
      : [`    <testcase classname="${xml(file)}" name="no findings" />`];
  return [
    `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${findings.length}" errors="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML for CI dashboards (Jenkins, GitLab): one `<testsuite>` per file,
 * one failing `<testcase>` per finding, warnings included, and a single
 * passing testcase for a clean file. `errors` stays 0: in JUnit it means the
 * test itself crashed, not a finding of severity error.
 */
export const junit: Formatter = ({ results }) => {
  const tests = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="supv" tests="${tests}" failures="${failures}" errors="0">`,
    ...results.map(testsuite),
    '</testsuites>',
    '',
  ].join('\n');
};
