import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatters, type FormatInput, type LintResult } from '../src/format/index.js';
import type { Finding } from '../src/model.js';
import { escapeJsonControls } from '../src/util/terminal.js';

/**
 * The JSON report puts its entries together in loops (src/format/json.ts);
 * these hold it to the bytes it was made of before: the entries built with
 * map and filter, `JSON.stringify(files, null, 2)`, then DEL and C1 escaped
 * over the whole text.
 */
function theOldWay({ results }: FormatInput): string {
  const files = results.map(({ file, findings }) => ({
    file,
    findings: findings.map((f) => ({ file: f.file, line: f.line, column: f.column, rule: f.rule, severity: f.severity, message: f.message })),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  }));
  return `${escapeJsonControls(JSON.stringify(files, null, 2))}\n`;
}

function input(results: LintResult[]): FormatInput {
  return { results, rules: [], cwd: '/srv/records', color: false, toolVersion: '1.2.3' };
}

const finding = (file: string, message: string, more: Partial<Finding> = {}): Finding => ({ file, line: 3, column: 5, rule: 'unknown-ref', severity: 'error', message, ...more });

/** Every kind of character a string may hold that JSON or a terminal treats specially. */
const awkward = [
  'plain words',
  'quotes " and \' and backslash \\ and slash /',
  'C0: \u0000 \u0001 \u0007 \b \t \n \u000b \f \r \u001b[8m \u001f',
  'DEL \u007f and C1 \u0080 \u0085 \u009b2J \u009f, then \u00a0 (not a control)',
  'only DEL: \u007f',
  'only one C1: \u009f',
  'non-ASCII: Zoë Ó Súilleabháin, 王芳, ✓, 😀, \u2028 \u2029',
  'lone surrogates \ud800 and \udfff, a pair \ud83d\ude00',
  '',
];

describe('json report', () => {
  it('is byte for byte what JSON.stringify and the escape of DEL and C1 made, whatever the strings hold', () => {
    const results: LintResult[] = [
      { file: 'records/staff/clean.md', findings: [] },
      ...awkward.map((text, index) => ({
        file: `records/sessions/2026/${text}-${index}.md`,
        findings: [
          finding(`records/sessions/2026/${text}-${index}.md`, text),
          finding(`records/sessions/2026/${text}-${index}.md`, `${text}${text}`, { rule: text, severity: 'warning', line: 1, column: 1 }),
          // A finding about another file than its entry (the run's one warning about history sits on the config file's entry).
          finding('supv.config.yaml', text, { severity: 'error' }),
        ],
      })),
      { file: 'records/staff/kim\u001b[8m\u009b.md', findings: [finding('records/staff/kim\u001b[8m\u009b.md', 'x', { severity: 'info' as Finding['severity'] })] },
    ];
    const out = formatters.json(input(results));
    expect(out).toBe(theOldWay(input(results)));
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(out)[1].findings[0].message).toBe(awkward[0]);
  });

  it('is the same for no files, a file without findings, and values of another shape than a run makes', () => {
    expect(formatters.json(input([]))).toBe(theOldWay(input([])));
    const odd = [
      { file: 'records/a.md', findings: [{ ...finding('records/a.md', 'no message'), message: undefined } as unknown as Finding] },
      { file: 'records/b.md', findings: [finding('records/b.md', 'bad numbers', { line: Number.NaN, column: Number.POSITIVE_INFINITY }), finding('records/b.md', 'negative zero', { line: -0, column: 1e21 })] },
      { file: undefined as unknown as string, findings: [finding('records/c.md', 'entry without a file \u0085')] },
    ];
    expect(formatters.json(input(odd))).toBe(theOldWay(input(odd)));
  });

  it('is the same over any findings (property)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...awkward), fc.string({ maxLength: 6 }));
    const arbFinding = fc.record({
      file: text,
      line: fc.integer({ min: 0, max: 100_000 }),
      column: fc.integer({ min: 0, max: 500 }),
      rule: text,
      severity: fc.constantFrom('error', 'warning', 'info' as Finding['severity']),
      message: text,
    }) as fc.Arbitrary<Finding>;
    const arbResult = fc.record({ file: text, findings: fc.array(arbFinding, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(arbResult, { maxLength: 5 }), fc.boolean(), (results, sameFile) => {
        // Most findings name their own entry's file, which the report writes once.
        const given = sameFile ? results.map((result) => ({ ...result, findings: result.findings.map((f) => ({ ...f, file: result.file })) })) : results;
        expect(formatters.json(input(given))).toBe(theOldWay(input(given)));
      }),
      { numRuns: 500 },
    );
  });
});
