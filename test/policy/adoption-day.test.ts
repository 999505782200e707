/**
 * "Adoption day is judged as years of failure" (issue 17). A school that
 * started using supv this term sees no finding about years it never recorded
 * in supv: nothing is due, overdue, late or charted before `records_from`
 * (the policy's adoption date, or a staff record's own).
 */
import { describe, expect, it } from 'vitest';
import { sessionOverdue } from '../../src/check/rules/session-overdue.js';
import { sessionDueSoon } from '../../src/check/rules/session-due-soon.js';
import { actionOverdue } from '../../src/check/rules/action-overdue.js';
import { lateRecord } from '../../src/check/rules/late-record.js';
import { compliance } from '../../src/report/compliance.js';
import type { GitHistory } from '../../src/git/types.js';
import { about, recordSet, runRule, SAM_LEE, session, staff, withPolicy, type RecordFile } from '../helpers/records.js';
import type { Policy } from '../../src/config/config.js';

const ADOPTED = '2026-09-01';
/** Jo Bloggs has worked here since 2019; the school began keeping its records in supv on 1 September 2026. */
const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', started: '2019-09-02', ...fields });
const seen = (date: string, fields: Record<string, unknown> = {}) => session(date, { supervisee: 'jo-bloggs', ...fields });

async function findings(rule: typeof sessionOverdue, files: RecordFile[], asOf: string, policy: Partial<Policy> = { records_from: ADOPTED }, git?: GitHistory): Promise<string[]> {
  return (await runRule(rule, recordSet(SAM_LEE, ...files), { asOf, policy, git })).filter((finding) => !finding.file.endsWith('sam-lee.md')).map((finding) => finding.message);
}

describe('records_from: nothing before the adoption date', () => {
  const valid: Array<[string, RecordFile[], string, Partial<Policy>?]> = [
    ['on adoption day, no one is overdue', [jo()], ADOPTED],
    ['three weeks after adoption, with no session yet, nothing is overdue: the first session is due one interval after records_from', [jo()], '2026-09-22'],
    ["a staff record's own records_from (records transferred from another school) applies without a policy date", [jo({ records_from: '2026-11-02' })], '2026-11-23', {}],
    ["a staff record's own records_from overrides the policy's", [jo({ records_from: '2026-11-02' })], '2026-11-23'],
    ['a session after adoption counts as usual', [jo(), seen('2026-11-02')], '2026-11-23'],
  ];
  it.each(valid)('%s', async (_name, files, asOf, policy) => {
    expect(await findings(sessionOverdue, files, asOf, policy)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string, string]> = [
    [
      'staff who started years before adoption are overdue from the adoption date, not "by 2,622 days"',
      [jo()],
      '2026-11-23',
      "overdue by 55 days: no supervision recorded since supv's records began on 2026-09-01 (`records_from`); interval 4 weeks (tier case-holder); the step now due is a three-way meeting with Sam Lee and the line manager or head",
    ],
    [
      'a session from before adoption, entered from the paper file, does not move the clock back',
      [jo(), seen('2025-06-30')],
      '2026-10-05',
      "overdue by 6 days: no supervision recorded since supv's records began on 2026-09-01 (`records_from`); interval 4 weeks (tier case-holder); the step now due is a one-to-one with Sam Lee",
    ],
  ];
  it.each(invalid)('%s', async (_name, files, asOf, message) => {
    expect(await findings(sessionOverdue, files, asOf)).toEqual([message]);
  });

  it('without records_from, the old reading stands (the interval runs from starting)', async () => {
    const [message] = await findings(sessionOverdue, [jo()], '2026-11-23', {});
    expect(message).toMatch(/^overdue by 2,?6\d\d days: no supervision recorded since starting on 2019-09-02/);
  });

  it('the first session after adoption falls due one interval after it (session-due-soon)', async () => {
    expect(await findings(sessionDueSoon, [jo()], '2026-09-24')).toEqual(['next supervision due by 2026-09-29 (in 5 days) with Sam Lee']);
  });

  it('an action that fell due before adoption is not overdue', async () => {
    const old = seen('2025-06-30', { actions: [{ id: 'A1', text: 'Update the chronology', owner: 'jo-bloggs', due: '2025-07-14' }] });
    expect(await findings(actionOverdue, [jo(), old], '2026-11-23')).toEqual([]);
    expect(await findings(actionOverdue, [jo(), old], '2026-11-23', {})).toEqual(['action A1 was due on 2025-07-14 and has not been reviewed as done or dropped']);
  });

  it('a record from before adoption, committed on adoption day, is not late', async () => {
    const old = seen('2025-06-30');
    const commit = { hash: 'a'.repeat(40), date: '2026-09-01T09:00:00+01:00', author: 'Sam Lee' };
    const git = { complete: true, firstAdded: new Map([[old.file, commit]]), deleted: [], commits: [] } as unknown as GitHistory;
    expect(await findings(lateRecord, [jo(), old], '2026-11-23', { records_from: ADOPTED }, git)).toEqual([]);
    expect(await findings(lateRecord, [jo(), old], '2026-11-23', {}, git)).toHaveLength(1);
  });
});

describe('records_from: the dashboard and the bundle summary start there', () => {
  it('has no month before the adoption date, and counts the period from it', async () => {
    const records = recordSet(SAM_LEE, jo(), seen('2026-09-15'), seen('2026-10-13'), seen('2026-11-10'));
    const data = await compliance(records, { config: withPolicy({ records_from: ADOPTED }), asOf: '2026-11-23' });
    expect(data.from).toBe(ADOPTED);
    expect(data.timelineFrom).toBe(ADOPTED);
    expect(data.months.map((month) => month.label)).toEqual(['2026-09', '2026-10', 'now']);
    expect(data.months.every((month) => month.inDate === month.active)).toBe(true);
    const person = data.people.find((entry) => entry.id === 'jo-bloggs')!;
    expect(person).toMatchObject({ inDate: true, sessionsHeld: 3, recordsFrom: ADOPTED });
    expect(person.longestGapDays).toBeLessThanOrEqual(28);
    expect(data.timelines.find((entry) => entry.id === 'jo-bloggs')!.gaps).toEqual([]);
  });

  it("leaves a person out of the months before their own records_from", async () => {
    const records = recordSet(SAM_LEE, jo({ records_from: '2026-10-15' }), staff({ id: 'ali-khan', started: '2019-09-02' }), seen('2026-11-10'), session('2026-11-10', { supervisee: 'ali-khan' }), session('2026-10-13', { supervisee: 'ali-khan' }), session('2026-09-15', { supervisee: 'ali-khan' }));
    const data = await compliance(records, { config: withPolicy({ records_from: ADOPTED }), asOf: '2026-11-23' });
    // Sam Lee, their supervisor, is in post too.
    expect(data.months.map((month) => [month.label, month.active])).toEqual([['2026-09', 2], ['2026-10', 3], ['now', 3]]);
  });

  it('a bundle period asked from before adoption is counted from adoption', async () => {
    const data = await compliance(recordSet(SAM_LEE, jo()), { config: withPolicy({ records_from: ADOPTED }), asOf: '2026-11-23', from: '2025-01-01' });
    expect(data.from).toBe(ADOPTED);
  });
});
