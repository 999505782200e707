import { describe, expect, it } from 'vitest';
import { unknownRef } from '../../src/check/rules/unknown-ref.js';
import { idMismatch } from '../../src/check/rules/id-mismatch.js';
import { indexRecords } from '../../src/load/load.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { SAM_LEE, contract, recordSet, recordText, runRule, session, staff } from '../helpers/records.js';

const KIM_PARK = staff({ id: 'kim-park', tier: 'general', supervisor: 'kim-park', supervision_training: '2022-01-01' });
const JO = staff({ id: 'jo-bloggs' });
const asOf = '2026-11-23';

describe('unknown-ref', () => {
  it('a session naming people on the staff list, and reviewing a real action, is fine', async () => {
    const first = session('2026-01-05', { supervisee: 'jo-bloggs', actions: [{ id: 'A1', text: 'Call the school nurse', owner: 'jo-bloggs', due: '2026-01-12' }] });
    const second = session('2026-02-02', { supervisee: 'jo-bloggs', actions_reviewed: [{ ref: '2026-01-05-jo-bloggs#A1', status: 'done' }] });
    expect(await runRule(unknownRef, recordSet(KIM_PARK, SAM_LEE, JO, contract({ supervisee: 'jo-bloggs', agreed: '2026-01-05' }), first, second), { asOf })).toEqual([]);
  });

  it.each([
    ['a supervisor who is not on the staff list', session('2026-01-05', { supervisee: 'jo-bloggs', supervisor: 'sam-le' }), '`supervisor` names sam-le, but there is no staff record with that id'],
    ['a group attendee who is not on the staff list', session('2026-01-05', { attendees: ['jo-bloggs', 'ali-kahn'] }), 'attendee 2 names ali-kahn, but there is no staff record with that id'],
    ['an action owned by nobody known', session('2026-01-05', { supervisee: 'jo-bloggs', actions: [{ id: 'A1', text: 'Refer', owner: 'nobody', due: '2026-01-12' }] }), '`owner` of action 1 names nobody, but there is no staff record with that id'],
    ['a review of a session that does not exist', session('2026-01-05', { supervisee: 'jo-bloggs', actions_reviewed: [{ ref: '2025-12-01-jo-bloggs#A1', status: 'done' }] }), '`ref` of reviewed action 1 names 2025-12-01-jo-bloggs, but there is no session record with that id'],
    ['a case decision that does not exist', session('2026-01-05', { supervisee: 'jo-bloggs', cases: [{ ref: 'FAM-0042', status: 'CP', decision: 'dec-2026-01-05-fam-0042' }] }), '`decision` of case 1 names dec-2026-01-05-fam-0042, but there is no decision record with that id'],
    ['a session named where a person belongs', session('2026-01-05', { supervisee: 'jo-bloggs', supervisor: 'contract-jo-bloggs-2026' }), '`supervisor` names contract-jo-bloggs-2026, which is a contract record, not a staff record'],
  ])('%s is reported at the reference', async (_name, record, message) => {
    const findings = await runRule(unknownRef, recordSet(KIM_PARK, SAM_LEE, JO, contract({ supervisee: 'jo-bloggs', agreed: '2026-01-05' }), record), { asOf });
    expect(findings.map((finding) => finding.message)).toEqual([message]);
    const line = record.text.split('\n').findIndex((text) => text.includes(message.split(' names ')[1]!.split(',')[0]!)) + 1;
    expect(findings[0]!.line).toBe(line);
  });

  it('reviewing an action the previous session never agreed is reported', async () => {
    const first = session('2026-01-05', { supervisee: 'jo-bloggs' });
    const second = session('2026-02-02', { supervisee: 'jo-bloggs', actions_reviewed: [{ ref: '2026-01-05-jo-bloggs#A9', status: 'done' }] });
    const findings = await runRule(unknownRef, recordSet(KIM_PARK, SAM_LEE, JO, first, second), { asOf });
    expect(findings.map((finding) => finding.message)).toEqual(['`ref` of reviewed action 1 names action A9 of 2026-01-05-jo-bloggs, but that record has no such action']);
  });
});

describe('id-mismatch', () => {
  const load = (...files: Array<{ file: string; text: string }>) =>
    indexRecords(files.map((entry) => recordFromText({ file: entry.file, absPath: `/repo/${entry.file}` }, entry.text)));

  it('an id equal to its file name is fine', async () => {
    expect(await runRule(idMismatch, recordSet(JO, SAM_LEE), { asOf })).toEqual([]);
  });

  it('an id that differs from the file name is reported at the id', async () => {
    const findings = await runRule(idMismatch, load({ file: 'records/staff/jo-blogs.md', text: JO.text }), { asOf });
    expect(findings).toMatchObject([{ line: 3, column: 5, message: '`id` is jo-bloggs but the file is named jo-blogs.md; the id must equal the file name without .md' }]);
  });

  it('two files with one id: the second is reported, naming the first', async () => {
    const findings = await runRule(idMismatch, load(JO, { file: 'records/sessions/jo-bloggs.md', text: JO.text }), { asOf });
    expect(findings.map((finding) => [finding.file, finding.message])).toEqual([
      ['records/sessions/jo-bloggs.md', 'the id jo-bloggs is already used by records/staff/jo-bloggs.md; every record needs its own id'],
    ]);
  });

  it('ids that differ only in case count as the same id', async () => {
    const upper = { file: 'records/staff/Jo-Bloggs.md', text: recordText({ kind: 'staff', id: 'Jo-Bloggs' }) };
    const findings = await runRule(idMismatch, load(upper, JO), { asOf });
    expect(findings.map((finding) => finding.message)).toContain('the id jo-bloggs is already used by records/staff/Jo-Bloggs.md; every record needs its own id');
  });

  it('ids that differ only in Unicode form count as the same id', async () => {
    const composed = { file: 'records/staff/zo\u00eb-ash.md', text: recordText({ kind: 'staff', id: 'zo\u00eb-ash' }) };
    const decomposed = { file: 'records/staff/zoe\u0308-ash.md', text: recordText({ kind: 'staff', id: 'zoe\u0308-ash' }) };
    const findings = await runRule(idMismatch, load(composed, decomposed), { asOf });
    expect(findings.map((finding) => finding.file)).toEqual(['records/staff/zoe\u0308-ash.md']);
  });
});
