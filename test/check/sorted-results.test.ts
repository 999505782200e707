import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedResults } from '../../src/check/engine.js';
import type { LintResult } from '../../src/format/types.js';
import type { Finding } from '../../src/model.js';

/** How sortedResults ordered a run before it sorted paths without a comparator (src/check/engine.ts). */
function theOldWay(byFile: ReadonlyMap<string, Finding[]>): LintResult[] {
  const byPlace = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
  return [...byFile.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([file, findings]) => ({ file, findings: findings.length < 2 ? findings : findings.sort(byPlace) }));
}

const copy = (byFile: Map<string, Finding[]>) => new Map([...byFile].map(([file, findings]) => [file, [...findings]]));

describe('sortedResults', () => {
  it('orders paths by UTF-16 code units, as `<` does, whatever they hold', () => {
    const files = ['records/b.md', 'records/B.md', 'records/a.md', 'records/é.md', 'records/e\u0301.md', 'records/😀.md', 'records/\uffff.md', 'records/a-b.md', 'records/a.md.bak', 'records/a/b.md', ''];
    const byFile = new Map(files.map((file) => [file, [] as Finding[]]));
    expect(sortedResults(byFile).map((result) => result.file)).toEqual(theOldWay(byFile).map((result) => result.file));
    expect(sortedResults(byFile).map((result) => result.file)).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('gives the same files and findings in the same order as before (property)', () => {
    const rule = fc.constantFrom('unsigned', 'unknown-ref', 'session-overdue', 'schema', 'case-entry', 'future-date', 'Zeta', 'éclair');
    const finding = fc.record({ line: fc.integer({ min: 1, max: 4 }), column: fc.integer({ min: 1, max: 3 }), rule, message: fc.string({ maxLength: 3 }) });
    const entry = fc.tuple(fc.string({ unit: 'binary', maxLength: 6 }), fc.array(finding, { maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const byFile = new Map(entries.map(([file, findings]) => [file, findings.map((f) => ({ ...f, file, severity: 'error' as const }))]));
        expect(sortedResults(copy(byFile))).toEqual(theOldWay(copy(byFile)));
      }),
      { numRuns: 300 },
    );
  });
});
