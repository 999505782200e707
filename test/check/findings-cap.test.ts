/**
 * SPEC §11.7: one file gives at most 100 findings of a rule, plus one that
 * says how many more there are; and the findings it does give are placed
 * exactly, each at the cost of a look-up (one index per file).
 */
import { describe, expect, it } from 'vitest';
import { checkRecords, FINDINGS_PER_RULE } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import { schema } from '../../src/check/rules/schema.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { indexRecords } from '../../src/load/load.js';
import { BlockIndex, fastLocate } from '../../src/parse/fast-locate.js';
import { PositionIndex } from '../../src/parse/positions.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { lineOf, recordText, session, TEAM } from '../helpers/records.js';

const FILE = 'records/sessions/2026/2026-01-05-jo-bloggs.md';
const BASE = {
  kind: 'session',
  id: '2026-01-05-jo-bloggs',
  date: '2026-01-05',
  type: 'one-to-one',
  supervisor: 'sam-lee',
  supervisee: 'jo-bloggs',
  duration_minutes: 60,
  functions: ['accountability', 'development', 'support'],
};

/** A session with `n` unknown top-level fields `unknown_field_0000`, …; `nested` more inside its one action. */
function hostile(n: number, nested = 0): string {
  const fields: Record<string, unknown> = { ...BASE };
  for (let i = 0; i < n; i++) fields[`unknown_field_${String(i).padStart(4, '0')}`] = 'value';
  if (nested > 0) {
    const action: Record<string, unknown> = { id: 'A1', text: 'Book a core group meeting', owner: 'jo-bloggs', due: '2026-01-20' };
    for (let i = 0; i < nested; i++) action[`stray_${String(i).padStart(4, '0')}`] = i;
    fields.actions = [action];
  }
  return recordText(fields);
}

async function lint(files: Array<{ file: string; text: string }>, settings = {}) {
  const records = indexRecords(files.map((entry) => recordFromText({ file: entry.file, absPath: `/repo/${entry.file}` }, entry.text)).sort((a, b) => (a.file < b.file ? -1 : 1)));
  const results = await checkRecords(records, rules.filter((rule) => !rule.meta.usesGit), { config: DEFAULT_CONFIG, asOf: '2026-03-01', settings });
  return results.flatMap((result) => result.findings);
}

describe('at most 100 findings of a rule in a file, and one that says how many more', () => {
  it('250 unknown fields: the first 100, each on its own line, then "and 150 more" on the 101st', async () => {
    const text = hostile(250);
    const findings = (await lint([...TEAM, { file: FILE, text }])).filter((finding) => finding.file === FILE && finding.rule === 'schema');
    expect(findings).toHaveLength(FINDINGS_PER_RULE + 1);
    const listed = findings.slice(0, FINDINGS_PER_RULE);
    listed.forEach((finding, i) => {
      const key = `unknown_field_${String(i).padStart(4, '0')}`;
      expect(finding.message).toContain(key);
      expect({ line: finding.line, column: finding.column }).toEqual({ line: lineOf(text, `${key}:`), column: 1 });
    });
    const more = findings.at(-1)!;
    expect(more).toMatchObject({
      rule: 'schema',
      severity: 'error',
      messageId: 'more',
      data: { count: '150' },
      line: lineOf(text, 'unknown_field_0100:'),
      column: 1,
      docs: schema.meta.docs,
    });
    expect(more.message).toBe('and 150 more fields that are unknown, missing or of the wrong type in this file (supv lists the first 100 findings of a rule in a file; fix those and lint again)');
  });

  it('exactly 100 findings: no "more" line; 101: "and 1 more"', async () => {
    const exactly = (await lint([{ file: FILE, text: hostile(100) }])).filter((finding) => finding.rule === 'schema');
    expect(exactly).toHaveLength(100);
    expect(exactly.some((finding) => finding.messageId === 'more')).toBe(false);
    const one = (await lint([{ file: FILE, text: hostile(101) }])).filter((finding) => finding.rule === 'schema');
    expect(one).toHaveLength(101);
    expect(one.at(-1)).toMatchObject({ messageId: 'more', data: { count: '1' } });
    expect(one.at(-1)!.message).toMatch(/^and 1 more fields/);
  });

  it('counts are per file and per rule, and large counts are written with commas', async () => {
    const other = { file: 'records/sessions/2026/2026-01-06-jo-bloggs.md', text: hostile(1234).replace(/2026-01-05/g, '2026-01-06') };
    const findings = await lint([{ file: FILE, text: hostile(120) }, other]);
    const more = findings.filter((finding) => finding.messageId === 'more');
    expect(more.map((finding) => [finding.file, finding.data?.count])).toEqual([
      [FILE, '20'],
      [other.file, '1,134'],
    ]);
  });

  it('--rule schema=warn makes the "more" finding a warning too; off gives none', async () => {
    const warned = await lint([{ file: FILE, text: hostile(150) }], { schema: 'warn' });
    expect(warned.filter((finding) => finding.rule === 'schema').every((finding) => finding.severity === 'warning')).toBe(true);
    expect(warned.filter((finding) => finding.messageId === 'more')).toHaveLength(1);
    const off = await lint([{ file: FILE, text: hostile(150) }], { schema: 'off' });
    expect(off.filter((finding) => finding.rule === 'schema')).toEqual([]);
  });

  it('findings inside a nested mapping are placed exactly too', async () => {
    const text = hostile(0, 130);
    const findings = (await lint([{ file: FILE, text }])).filter((finding) => finding.rule === 'schema');
    expect(findings).toHaveLength(101);
    findings.slice(0, 100).forEach((finding, i) => {
      expect(finding.pointer).toBe(`/actions/0/stray_${String(i).padStart(4, '0')}`);
      expect(finding.line).toBe(lineOf(text, `stray_${String(i).padStart(4, '0')}:`));
      expect(finding.column).toBe(5);
    });
  });

  it('a rule may not report the reserved message id itself', async () => {
    const records = indexRecords([recordFromText({ file: FILE, absPath: `/repo/${FILE}` }, session('2026-01-05').text)]);
    const rogue = { meta: { ...schema.meta, id: 'rogue' }, check: ({ records: set, report }: Parameters<typeof schema.check>[0]) => report({ record: set.files[0], messageId: 'more' }) };
    await expect(checkRecords(records, [rogue], { config: DEFAULT_CONFIG, asOf: '2026-03-01' })).rejects.toThrow(/unknown message id "more"/);
  });
});

describe('one position index per file', () => {
  it('the line reader lists a block once: later look-ups give what reading line by line gave', () => {
    const text = `\n${['a: 1', 'b:', '  - x', '  - y: 2', '    z: 3', 'c: [1, 2]', '"quoted key": 4', 'plain', 'd: 5'].join('\n')}\n`;
    const lines = text.split('\n');
    const index = new BlockIndex();
    const at = (pointer: string) => fastLocate(lines, pointer.slice(1).split('/'), index);
    expect(at('/a')).toEqual({ key: { line: 2, column: 1 }, value: { line: 2, column: 4 } });
    expect(at('/b/1/z')).toEqual({ key: { line: 6, column: 5 }, value: { line: 6, column: 8 } });
    expect(at('/b/0')).toEqual({ key: { line: 4, column: 5 }, value: { line: 4, column: 5 } });
    expect(at('/c/1')).toEqual({ key: { line: 7, column: 8 }, value: { line: 7, column: 8 } });
    expect(at('/quoted key')).toEqual({ key: { line: 8, column: 1 }, value: { line: 8, column: 15 } });
    // Past a line the reader cannot read as a key, it answers nothing, and the `yaml` package is asked.
    expect(at('/d')).toBeUndefined();
    expect(at('/b/2')).toBeUndefined();
    // Asked again, the same answers.
    expect(at('/b/1/z')).toEqual({ key: { line: 6, column: 5 }, value: { line: 6, column: 8 } });
  });

  it('a record with thousands of unknown fields is placed by the index, the same as one field at a time', () => {
    const text = hostile(2000);
    const frontmatter = text.slice(3, text.indexOf('\n---', 3));
    const shared = new PositionIndex(frontmatter);
    const parsed = new PositionIndex(frontmatter);
    for (const i of [0, 1, 1000, 1999]) {
      const pointer = `/unknown_field_${String(i).padStart(4, '0')}`;
      const expected = { line: lineOf(text, `unknown_field_${String(i).padStart(4, '0')}:`), column: 1 };
      expect(shared.locate({ pointer, target: 'key' })).toEqual(expected);
      expect(parsed.locateByParsing({ pointer, target: 'key' })).toEqual(expected);
    }
  });
});
