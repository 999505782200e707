/**
 * Columns count UTF-16 code units, as the SARIF log declares
 * (`run.columnKind: "utf16CodeUnits"`, SARIF 2.1.0 §3.14.27): a CJK
 * character (one unit, three UTF-8 bytes) and an emoji (two units, one code
 * point, four bytes) before the place found move the column by one and two.
 * GitHub code scanning reads the column that way.
 */
import { describe, expect, it } from 'vitest';
import { makeRepo, onlyEngineRules, runInProcess } from '../helpers/cli.js';

const engineOnly = await onlyEngineRules();

const BEFORE = '移交😀';

interface SarifResult {
  ruleId: string;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
}

async function sarifOf(files: Record<string, string | Uint8Array>): Promise<{ columnKind: string; results: SarifResult[] }> {
  const run = await runInProcess(['lint', ...engineOnly, '--format', 'sarif', '--as-of', '2024-10-01'], makeRepo(files));
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).runs[0];
}

/** 1-based, in UTF-16 code units: what a JavaScript string's index says. */
function column(line: string, text: string): number {
  expect(line).toContain(text);
  return line.indexOf(text) + 1;
}

describe('columns are UTF-16 code units', () => {
  it('the SARIF run says so', async () => {
    // A records repository with no records yet: a `records/` folder holding no record.
    expect((await sarifOf({ 'records/README.txt': 'records go here\n' })).columnKind).toBe('utf16CodeUnits');
  });

  it('a finding after a CJK character and an emoji on its line', async () => {
    const line = `child: { name: ${BEFORE}, dob: 2016-13-45 }`;
    const record = `---\nkind: decision\nid: dec-1\ncase: FAM-1\n${line}\nsession: s-1\ndate: 2024-09-02\nsupervisor: robin-ash\nsupervisee: robin-ash\n---\n`;
    const run = await sarifOf({ 'records/decisions/dec-1.md': record });
    const found = run.results.filter((result) => result.locations[0]!.physicalLocation.region.startLine === 5);
    expect(found.map((result) => result.ruleId)).toEqual(['schema']);
    expect(found[0]!.locations[0]!.physicalLocation.region.startColumn).toBe(column(line, '2016-13-45'));
    // Neither bytes nor code points: the three counts differ here.
    expect(column(line, '2016-13-45')).not.toBe([...line.slice(0, line.indexOf('2016-13-45'))].length + 1);
  });

  it('a byte that is not UTF-8, after a CJK character and an emoji on its line', async () => {
    const line = `name: Robin ${BEFORE} Ash`;
    const bytes = Buffer.concat([Buffer.from(`---\nkind: staff\nid: robin-ash\n${line}`), Buffer.from([0xff]), Buffer.from('\n---\n')]);
    const run = await sarifOf({ 'records/staff/robin-ash.md': bytes });
    const found = run.results.find((result) => result.ruleId === 'parse');
    expect(found?.locations[0]!.physicalLocation.region).toEqual({ startLine: 4, startColumn: line.length + 1 });
  });
});
