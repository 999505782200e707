import { describe, expect, it } from 'vitest';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { recordText, session, staff, TEAM } from '../helpers/records.js';

/**
 * Issue "Cases and the child's file", Bad input: a case entry with an unknown
 * status, a `child_file` date before the session, an audit of a case never
 * discussed, an external attendee with no name give findings at the exact
 * line; a case reference that looks like a child's name draws a warning.
 */
interface Finding { line: number; column: number; rule: string; severity: string; message: string }

async function lint(files: Record<string, string>): Promise<{ exitCode: number; byFile: Map<string, Finding[]> }> {
  const base = Object.fromEntries(TEAM.map((entry) => [entry.file, entry.text]));
  const root = makeRepo({ ...base, ...files });
  const result = await runInProcess(['--as-of', '2026-02-10', 'lint', '--format', 'json'], root);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  const report = JSON.parse(result.stdout) as Array<{ file: string; findings: Finding[] }>;
  return { exitCode: result.exitCode, byFile: new Map(report.map((entry) => [entry.file, entry.findings])) };
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('bad case input is found at its line', () => {
  it('an unknown case status', async () => {
    const text = session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP' }, { ref: 'FAM-0043', status: 'child-protection' }] }).text;
    const { exitCode, byFile } = await lint({ 'records/sessions/2026/2026-02-03-jo-bloggs.md': text });
    expect(exitCode).toBe(1);
    expect(byFile.get('records/sessions/2026/2026-02-03-jo-bloggs.md')).toContainEqual(expect.objectContaining({
      rule: 'schema', line: lineOf(text, 'child-protection'), message: expect.stringMatching(/status` must be one of CIN, CP, LAC, CAF, EH, none, closed/),
    }));
  });

  it('a child_file date before the session', async () => {
    const text = session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP', child_file: '2026-01-31' }] }).text;
    const { exitCode, byFile } = await lint({ 'records/sessions/2026/2026-02-03-jo-bloggs.md': text });
    expect(exitCode).toBe(1);
    expect(byFile.get('records/sessions/2026/2026-02-03-jo-bloggs.md')).toContainEqual(expect.objectContaining({ rule: 'case-entry', severity: 'error', line: lineOf(text, 'child_file') }));
  });

  it('an audit of a case never discussed', async () => {
    const audit = recordText({ kind: 'case-audit', id: 'audit-2026-02-05-fam-0099', case: 'FAM-0099', date: '2026-02-05', auditor: 'sam-lee', worker: 'jo-bloggs', findings: 'File in order.' });
    const { exitCode, byFile } = await lint({
      'records/sessions/2026/2026-02-03-jo-bloggs.md': session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP' }] }).text,
      'records/audits/audit-2026-02-05-fam-0099.md': audit,
    });
    expect(exitCode).toBe(1);
    expect(byFile.get('records/audits/audit-2026-02-05-fam-0099.md')).toContainEqual(expect.objectContaining({ rule: 'case-entry', line: lineOf(audit, 'case: FAM-0099') }));
  });

  it('an external attendee with no name', async () => {
    const text = session('2026-02-03', { type: 'joint-agency', attendees: ['jo-bloggs', { agency: "Children's Social Care", role: 'Social Worker' }] }).text;
    const { exitCode, byFile } = await lint({ 'records/sessions/2026/2026-02-03-group.md': text });
    expect(exitCode).toBe(1);
    expect(byFile.get('records/sessions/2026/2026-02-03-group.md')).toContainEqual(expect.objectContaining({
      rule: 'schema', line: lineOf(text, "agency: Children's Social Care"), message: '`attendees[1]` is missing `name`',
    }));
  });

  it('a case reference that reads like a name: a warning, or the schema says so when it is written as one', async () => {
    const named = session('2026-02-03', { cases: [{ ref: 'AMY-JONES', status: 'CIN' }] }).text;
    const spelled = session('2026-02-04', { cases: [{ ref: 'Amy Jones', status: 'CIN' }] }).text;
    const { byFile } = await lint({ 'records/sessions/2026/2026-02-03-jo-bloggs.md': named, 'records/sessions/2026/2026-02-04-jo-bloggs.md': spelled });
    expect(byFile.get('records/sessions/2026/2026-02-03-jo-bloggs.md')).toContainEqual(expect.objectContaining({ rule: 'case-entry', severity: 'warning', line: lineOf(named, 'AMY-JONES') }));
    const schema = byFile.get('records/sessions/2026/2026-02-04-jo-bloggs.md')!.find((finding) => finding.rule === 'schema')!;
    expect(schema).toMatchObject({ line: lineOf(spelled, 'Amy Jones') });
    expect(schema.message).toContain("looks like a person's name");
    expect(schema.message).not.toContain('Amy Jones');
  });

  it('an external attendee with name and agency is valid, signs nothing, and counts for no one', async () => {
    const text = session('2026-02-03', {
      type: 'joint-agency',
      attendees: ['jo-bloggs', { name: 'Pat Doe', agency: "Children's Social Care", role: 'Social Worker' }],
      signatures: [
        { role: 'supervisor', by: 'sam-lee', at: '2026-02-03T16:00:00+00:00', sha256: '0'.repeat(64) },
        { role: 'attendee', by: 'jo-bloggs', at: '2026-02-03T16:00:00+00:00', sha256: '0'.repeat(64) },
      ],
    }).text;
    const { byFile } = await lint({ 'records/sessions/2026/2026-02-03-group.md': text, 'records/staff/ali-khan.md': staff({ id: 'ali-khan' }).text });
    const rules = (byFile.get('records/sessions/2026/2026-02-03-group.md') ?? []).map((finding) => finding.rule);
    expect(rules).not.toContain('schema');
    expect(rules).not.toContain('unknown-ref');
    expect(rules.filter((rule) => rule === 'unsigned')).toEqual([]);
  });
});
